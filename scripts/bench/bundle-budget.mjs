/**
 * The JavaScript budget of the attendee page and the speaker room (npm run bench:bundles), measured in a
 * real browser: Debian's Chromium through playwright-core, on a site of scripts/lib/stack.sh of its own
 * (.cache/bench/bundles, nginx on 127.0.0.1:$WEBINARS_BUNDLES_PORT (8894), MariaDB on
 * :$WEBINARS_BUNDLES_DB_PORT (3404)), installed afresh with the demo mu-plugin (dev/mu-plugins).
 *
 * scripts/bench/bundle-pages.php makes three pages of one theme template: (a) the attendee view block,
 * (b) neither of our blocks, (c) the speaker room block. Each is loaded in a fresh browser context (empty
 * cache): (a) and (b) as a logged-in attendee and as a guest, (c) and (b) as the organizer (admin). Every
 * JavaScript response is recorded — classic scripts, script modules, their static and dynamic imports,
 * modulepreloads — and gzipped (zlib level 9); inline executable <script>s of the HTML too.
 *
 * Figures: (1) the JS the attendee page loads because of our block = what (a) loads that (b) does not,
 * core's packages included (the larger of attendee and guest); (2) the speaker room page's own plugin JS =
 * responses under /wp-content/plugins/webinars/. Budget: (1) ≤ 30 KB, (2) ≤ 15 KB (KB = 1024 bytes,
 * gzip); exit 1 over budget.
 *
 * Usage: node scripts/bench/bundle-budget.mjs [--no-build] [--keep-stack] [--json=FILE]
 */
/* eslint-disable no-console -- a command-line tool reports on the console. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
// playwright-core's launcher, through the devDependency that bundles it.
import { chromium } from '@playwright/test';

const BUDGET_ATTENDEE = 30 * 1024;
const BUDGET_ROOM = 15 * 1024;
const PLUGIN_PATH = '/wp-content/plugins/webinars/';

const root = join( dirname( fileURLToPath( import.meta.url ) ), '..', '..' );
const args = process.argv.slice( 2 );
const flag = ( name ) => args.includes( `--${ name }` );
const option = ( name ) =>
	args.find( ( arg ) => arg.startsWith( `--${ name }=` ) )?.split( '=' )[ 1 ];

const env = {
	...process.env,
	WEBINARS_STACK_DIR:
		process.env.WEBINARS_BUNDLES_STACK_DIR ??
		join( root, '.cache/bench/bundles' ),
	WEBINARS_E2E_PORT: process.env.WEBINARS_BUNDLES_PORT ?? '8894',
	WEBINARS_DB_PORT: process.env.WEBINARS_BUNDLES_DB_PORT ?? '3404',
};
delete env.WEBINARS_PLUGIN_ZIP; // The source tree's plugin/ (just built), linked into the site.
const base = `http://127.0.0.1:${ env.WEBINARS_E2E_PORT }`;

/**
 * Runs a shell command with scripts/lib/stack.sh sourced; throws when it fails.
 *
 * @param {string}  command Bash.
 * @param {boolean} quiet   Capture stdout (returned) instead of showing it.
 * @return {string} Its stdout when quiet.
 */
function stack( command, quiet = false ) {
	const result = spawnSync(
		'bash',
		[ '-c', `source scripts/lib/stack.sh && ${ command }` ],
		{
			cwd: root,
			env,
			encoding: 'utf8',
			stdio: [ 'ignore', quiet ? 'pipe' : 'inherit', 'inherit' ],
		}
	);
	if ( result.status !== 0 ) {
		throw new Error( `failed (exit ${ result.status }): ${ command }` );
	}
	return result.stdout ?? '';
}

/**
 * Inline <script>s of an HTML document: executable ones (classic, module) and data (JSON, importmap).
 * Keyed by id where WordPress gives one (handle-js-after, …: their nonces differ from page to page).
 *
 * @param {string} html Document.
 * @return {Map<string, {kind: string, bytes: number, gzip: number}>} By key.
 */
function inlineScripts( html ) {
	const found = new Map();
	for ( const [ , attributes, body ] of html.matchAll(
		/<script\b([^>]*)>([\s\S]*?)<\/script>/gi
	) ) {
		if ( /\ssrc=/i.test( attributes ) || ! body.trim() ) {
			continue;
		}
		const type =
			attributes.match( /\stype=["']?([^"'\s>]+)/i )?.[ 1 ] ?? '';
		const executable = /^(|text\/javascript|module)$/i.test( type );
		const id = attributes.match( /\sid=["']?([^"'\s>]+)/i )?.[ 1 ];
		const key =
			'inline:' +
			( id ?? createHash( 'sha1' ).update( body ).digest( 'hex' ) );
		const buffer = Buffer.from( body );
		found.set( key, {
			kind: executable ? 'inline' : 'data',
			bytes: buffer.length,
			gzip: gzipSync( buffer, { level: 9 } ).length,
		} );
	}
	return found;
}

/**
 * Loads a page in a fresh context and records its JavaScript.
 *
 * @param {import('@playwright/test').Browser} browser      Browser.
 * @param {string}                             url          Page.
 * @param {object|undefined}                   storageState Logged-in cookies, or none (a guest).
 * @return {Promise<Map<string, {kind: string, bytes: number, gzip: number}>>} By URL (or inline key).
 */
async function load( browser, url, storageState ) {
	const context = await browser.newContext( { storageState } );
	const page = await context.newPage();
	const scripts = new Map();
	const pending = [];
	page.on( 'response', ( response ) => {
		const { protocol, pathname } = new URL( response.url() );
		if ( ! protocol.startsWith( 'http' ) ) {
			return; // blob: and data: scripts are made by a script already counted.
		}
		const type = response.headers()[ 'content-type' ] ?? '';
		const isScript =
			response.request().resourceType() === 'script' ||
			/javascript|ecmascript/.test( type ) ||
			/\.m?js$/.test( pathname );
		if ( ! isScript || response.status() !== 200 ) {
			return;
		}
		pending.push(
			response.body().then(
				( body ) =>
					scripts.set( response.url(), {
						kind: pathname.startsWith( PLUGIN_PATH )
							? 'plugin'
							: 'core',
						bytes: body.length,
						gzip: gzipSync( body, { level: 9 } ).length,
					} ),
				() => undefined // A response the page dropped (navigation): nothing to count.
			)
		);
	} );
	const response = await page.goto( url, { waitUntil: 'load' } );
	if ( ! response || response.status() !== 200 ) {
		throw new Error( `${ url } answered ${ response?.status() }` );
	}
	// Lazy imports (the Interactivity API's router, a store's dynamic import) come after load.
	await page
		.waitForLoadState( 'networkidle', { timeout: 10_000 } )
		.catch( () => undefined );
	await page.waitForTimeout( 1500 );
	await Promise.all( pending );
	for ( const [ key, value ] of inlineScripts( await response.text() ) ) {
		scripts.set( key, value );
	}
	await context.close();
	return scripts;
}

/**
 * Logs a user in through wp-login.php; returns the context's storage state (its cookies).
 *
 * @param {import('@playwright/test').Browser} browser Browser.
 * @param {string}                             user    Login.
 * @param {string}                             pass    Password.
 * @return {Promise<object>} Storage state.
 */
async function login( browser, user, pass ) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto( `${ base }/wp-login.php` );
	await page.fill( '#user_login', user );
	await page.fill( '#user_pass', pass );
	await Promise.all( [
		page.waitForURL(
			( target ) => ! target.pathname.endsWith( 'wp-login.php' )
		),
		page.click( '#wp-submit' ),
	] );
	const state = await context.storageState();
	await context.close();
	return state;
}

const sum = ( entries, field = 'gzip' ) =>
	entries.reduce( ( total, [ , entry ] ) => total + entry[ field ], 0 );
const kb = ( bytes ) => `${ ( bytes / 1024 ).toFixed( 1 ) } KB`;
const short = ( key ) => key.replace( base, '' ).replace( /\?.*$/, '' );

/**
 * What page `a` loads that page `b` does not (by URL, inline scripts by id or content).
 *
 * @param {Map} a Scripts of the page with the block.
 * @param {Map} b Scripts of the page without it.
 * @return {Array} [key, entry] pairs, executable only, largest first.
 */
function difference( a, b ) {
	return [ ...a ]
		.filter( ( [ key ] ) => ! b.has( key ) )
		.sort( ( x, y ) => y[ 1 ].gzip - x[ 1 ].gzip );
}

/**
 * Executable scripts only: inline JSON (the Interactivity API's state, the importmap) is data.
 *
 * @param {Array} entries [key, entry] pairs.
 * @return {Array} Those that run.
 */
const code = ( entries ) =>
	entries.filter( ( [ , entry ] ) => entry.kind !== 'data' );
const data = ( entries ) =>
	entries.filter( ( [ , entry ] ) => entry.kind === 'data' );

function printList( title, entries ) {
	console.log(
		`\n${ title }: ${ kb( sum( entries ) ) } gzip (${ kb( sum( entries, 'bytes' ) ) } raw, ${ entries.length } scripts)`
	);
	for ( const [ key, entry ] of entries ) {
		console.log(
			`  ${ kb( entry.gzip ).padStart( 9 ) }  ${ entry.kind.padEnd( 6 ) } ${ short( key ) }`
		);
	}
}

async function measure( pages ) {
	const browser = await chromium.launch( {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		headless: true,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	} );
	try {
		const attendee = await login(
			browser,
			pages.attendee_user,
			pages.password
		);
		const organizer = await login(
			browser,
			pages.organizer_user,
			pages.password
		);
		const views = {};
		for ( const [ name, state ] of [
			[ 'attendee', attendee ],
			[ 'guest', undefined ],
		] ) {
			const plain = await load( browser, pages.plain, state );
			const page = await load( browser, pages.attendee, state );
			views[ name ] = {
				added: difference( page, plain ),
				// Core's script modules the theme page loads anyway (the navigation block's
				// Interactivity API): not counted, but a theme without them would add them.
				shared: [ ...page ]
					.filter(
						( [ key ] ) =>
							plain.has( key ) &&
							key.includes(
								'/wp-includes/js/dist/script-modules/'
							)
					)
					.sort( ( x, y ) => y[ 1 ].gzip - x[ 1 ].gzip ),
				plain: [ ...plain ].sort(
					( x, y ) => y[ 1 ].gzip - x[ 1 ].gzip
				),
			};
		}
		const room = await load( browser, pages.room, organizer );
		const roomPlain = await load( browser, pages.plain, organizer );
		return {
			attendee: views.attendee.added,
			guest: views.guest.added,
			roomPlugin: [ ...room ]
				.filter( ( [ , entry ] ) => entry.kind === 'plugin' )
				.sort( ( x, y ) => y[ 1 ].gzip - x[ 1 ].gzip ),
			roomBlock: difference( room, roomPlain ),
			shared: views.attendee.shared,
			plain: views.guest.plain,
		};
	} finally {
		await browser.close();
	}
}

async function main() {
	if ( ! flag( 'no-build' ) ) {
		const built = spawnSync( 'npm', [ 'run', '--silent', 'build' ], {
			cwd: root,
			stdio: [ 'ignore', 'ignore', 'inherit' ],
		} );
		if ( built.status !== 0 ) {
			throw new Error( 'npm run build failed' );
		}
	}
	const started =
		spawnSync(
			'bash',
			[ '-c', 'source scripts/lib/stack.sh && stack_running' ],
			{ cwd: root, env }
		).status !== 0;
	try {
		stack( started ? 'stack_start' : 'stack_site_prepare' );
		stack( 'php scripts/wp-install.php --fresh --quiet' );
		// The first request builds the rewrite rules and lets the demo mu-plugin create its webinar.
		for ( let i = 0; i < 2; i++ ) {
			await fetch( `${ base }/` ).then( ( response ) => response.text() );
		}
		const pages = JSON.parse(
			stack( 'php scripts/bench/bundle-pages.php "$STACK_SITE"', true )
		);
		const figures = await measure( pages );
		const worst =
			sum( code( figures.attendee ) ) >= sum( code( figures.guest ) )
				? 'attendee'
				: 'guest';
		printList(
			'(a − b) attendee page, logged-in attendee',
			code( figures.attendee )
		);
		printList( '(a − b) attendee page, guest', code( figures.guest ) );
		printList(
			'(c) speaker room page, plugin JS (organizer)',
			figures.roomPlugin
		);
		printList(
			'(c − b) speaker room page, all JS the block adds, core included',
			code( figures.roomBlock )
		);
		printList(
			'(info, not counted) (b) the page without our block, as a guest',
			code( figures.plain )
		);
		printList(
			"(info, not counted) core's script modules the theme page loads too",
			figures.shared
		);
		printList(
			'(info, not counted) inline data the attendee block adds (JSON state, importmap)',
			data( figures[ worst ] )
		);
		const attendeeBytes = sum( code( figures[ worst ] ) );
		const roomBytes = sum( figures.roomPlugin );
		const verdict = ( bytes, budget ) =>
			bytes <= budget ? 'within budget' : 'OVER BUDGET';
		console.log( '\n| page | JS (gzip) | budget | |' );
		console.log( '| --- | ---: | ---: | --- |' );
		console.log(
			`| attendee page, JS because of the block (${ worst }; core's included) | ${ kb( attendeeBytes ) } | ${ kb( BUDGET_ATTENDEE ) } | ${ verdict( attendeeBytes, BUDGET_ATTENDEE ) } |`
		);
		console.log(
			`| speaker room page, plugin JS beyond core's | ${ kb( roomBytes ) } | ${ kb( BUDGET_ROOM ) } | ${ verdict( roomBytes, BUDGET_ROOM ) } |`
		);
		console.log(
			`| (info) attendee page on a theme that loads no script modules itself (+ ${
				figures.shared.length
			} shared) | ${ kb( attendeeBytes + sum( figures.shared ) ) } | | |`
		);
		console.log(
			`| (info) speaker room page, all JS the block adds | ${ kb( sum( code( figures.roomBlock ) ) ) } | | |`
		);
		const json = option( 'json' );
		if ( json ) {
			mkdirSync( dirname( json ), { recursive: true } );
			writeFileSync( json, JSON.stringify( figures, null, '\t' ) + '\n' );
		}
		return attendeeBytes <= BUDGET_ATTENDEE && roomBytes <= BUDGET_ROOM
			? 0
			: 1;
	} finally {
		if ( started && ! flag( 'keep-stack' ) ) {
			stack( 'stack_stop' );
		}
	}
}

main().then(
	( status ) => process.exit( status ),
	( error ) => {
		console.error( `bundle-budget: ${ error.message }` );
		process.exit( 2 );
	}
);
