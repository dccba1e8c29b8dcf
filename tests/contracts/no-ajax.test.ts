/**
 * The room syncs through the webinars/v1 REST namespace only: nothing we write (PHP, our TypeScript)
 * may use the admin AJAX endpoint or the Heartbeat API. What the build ships is checked after the
 * build by scripts/check-bundles.mjs (scripts/test.sh's `bundles` step), with the same pattern; this
 * file proves that script can fail.
 */
import { spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { filesUnder, read } from './lib/boundaries';
import { repoRoot } from './lib/seed';

const FORBIDDEN = new RegExp(
	(
		JSON.parse(
			readFileSync( join( __dirname, 'lib/no-ajax.json' ), 'utf8' )
		) as { pattern: string }
	 ).pattern
);
const build = join( repoRoot, 'plugin', 'build' );

it( 'no admin AJAX and no Heartbeat in the sources of plugin/, src/ or blocks/', () => {
	const roots = [ 'plugin', 'src', 'blocks' ]
		.map( ( dir ) => join( repoRoot, dir ) )
		.filter( existsSync );
	const files = roots
		.flatMap( ( root ) =>
			filesUnder( root, /\.(php|ts|tsx|js|mjs|json)$/ )
		)
		.filter( ( file ) => ! file.startsWith( build ) );
	expect( files.length ).toBeGreaterThan( 20 );
	const offenders = files
		.filter( ( file ) => FORBIDDEN.test( read( file ) ) )
		.map( ( file ) => relative( repoRoot, file ) );
	expect( offenders ).toEqual( [] );
} );

describe( 'scripts/check-bundles.mjs (the check of the built files)', () => {
	let dir: string;
	const run = () =>
		spawnSync(
			process.execPath,
			[ join( repoRoot, 'scripts/check-bundles.mjs' ), dir ],
			{ encoding: 'utf8' }
		);
	beforeEach( () => {
		dir = mkdtempSync( join( tmpdir(), 'webinars-bundles-' ) );
		mkdirSync( join( dir, 'blocks', 'public' ), { recursive: true } );
	} );
	afterEach( () => rmSync( dir, { recursive: true, force: true } ) );

	it( 'passes a clean build', () => {
		writeFileSync( join( dir, 'index.js' ), 'fetch("/wp-json/x");' );
		expect( run().status ).toBe( 0 );
	} );

	it( 'fails when no script was built', () => {
		writeFileSync( join( dir, 'index.asset.php' ), '<?php return [];' );
		const result = run();
		expect( result.status ).toBe( 1 );
		expect( result.stderr ).toContain( 'no JavaScript' );
	} );

	it( 'fails on a bundle that posts to admin-ajax.php, naming it', () => {
		writeFileSync( join( dir, 'index.js' ), 'ok();' );
		writeFileSync(
			join( dir, 'blocks', 'public', 'view.js' ),
			'fetch(ajaxurl||"/wp-admin/admin-ajax.php");'
		);
		const result = run();
		expect( result.status ).toBe( 1 );
		expect( result.stderr ).toContain( 'view.js: "admin-ajax"' );
	} );

	it( 'fails on a bundle that uses the Heartbeat API', () => {
		writeFileSync( join( dir, 'index.js' ), 'wp.heartbeat.interval(5);' );
		expect( run().status ).toBe( 1 );
	} );
} );
