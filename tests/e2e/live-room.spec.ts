/**
 * The live room end to end, in two browsers: a speaker of the webinar runs the room block, a
 * logged-in attendee watches the public block (Interactivity API), and every change reaches the
 * attendee by polling, without a reload, within 3 seconds; a third-party wp.hooks listener on the
 * attendee page hears each. A join-token holder sees a CTA that was visible before the page
 * loaded (defect 10); a guest gets a login link and polls nothing.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import {
	test,
	expect,
	type Browser,
	type BrowserContext,
	type Page,
} from '@playwright/test';
import { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

// Each browser below logs in as its own user; nothing starts as the admin.
test.use( { storageState: { cookies: [], origins: [] } } );

const PASSWORD = 'password-e2e-1';
const CTA = {
	text: 'Get the full course today',
	label: 'Buy now',
	url: 'https://example.com/course',
};

interface Created {
	users: number[];
	posts: Array< { type: 'webinars' | 'pages'; id: number } >;
}

let admin: RequestUtils;
const created: Created = { users: [], posts: [] };
let webinarId = 0;
let roomUrl = '';
let publicUrl = '';
let speakerLogin = '';
let attendeeLogin = '';

async function createUser( login: string, role: string ): Promise< number > {
	const user = await admin.createUser( {
		username: login,
		email: `${ login }@example.com`,
		password: PASSWORD,
		roles: [ role ],
	} );
	created.users.push( user.id );
	return user.id;
}

async function createPost(
	type: 'webinars' | 'pages',
	data: Record< string, unknown >
): Promise< { id: number; link: string } > {
	const post = await admin.rest< { id: number; link: string } >( {
		method: 'POST',
		path: `/wp/v2/${ type }`,
		data: { status: 'publish', ...data },
	} );
	created.posts.push( { type, id: post.id } );
	return post;
}

async function loggedIn(
	browser: Browser,
	login: string,
	timezoneId?: string
): Promise< { context: BrowserContext; page: Page } > {
	const context = await browser.newContext(
		timezoneId ? { timezoneId } : {}
	);
	const page = await context.newPage();
	await page.goto( '/wp-login.php' );
	await page.locator( '#user_login' ).fill( login );
	await page.locator( '#user_pass' ).fill( PASSWORD );
	await Promise.all( [
		page.waitForURL( ( url ) => ! url.pathname.endsWith( 'wp-login.php' ) ),
		page.locator( '#wp-submit' ).click(),
	] );
	return { context, page };
}

test.beforeAll( async ( { baseURL } ) => {
	admin = await RequestUtils.setup( {
		baseURL,
		user: {
			username: process.env.WP_USERNAME ?? 'admin',
			password: process.env.WP_PASSWORD ?? 'password',
		},
	} );
	const run = Date.now().toString( 36 );
	speakerLogin = `speaker_${ run }`;
	attendeeLogin = `attendee_${ run }`;
	const speakerId = await createUser( speakerLogin, 'webinars_speaker' );
	await createUser( attendeeLogin, 'webinars_attendee' );

	const webinar = await createPost( 'webinars', {
		title: `E2E live room ${ run }`,
		meta: {
			webinars_starts_at: new Date(
				Date.now() + 26 * 3600 * 1000
			).toISOString(),
			webinars_timezone: 'Europe/Berlin',
			webinars_type: 'live',
			webinars_speakers: [ speakerId ],
			webinars_cta_text: CTA.text,
			webinars_cta_label: CTA.label,
			webinars_cta_url: CTA.url,
		},
	} );
	webinarId = webinar.id;
	roomUrl = (
		await createPost( 'pages', {
			title: `Room ${ run }`,
			content: `<!-- wp:webinars/room {"webinarId":${ webinarId }} /-->`,
		} )
	).link;
	publicUrl = (
		await createPost( 'pages', {
			title: `Watch ${ run }`,
			content: `<!-- wp:webinars/public {"webinarId":${ webinarId }} /-->`,
		} )
	).link;
} );

test.afterAll( async () => {
	for ( const post of created.posts.reverse() ) {
		await admin
			.rest( {
				method: 'DELETE',
				path: `/wp/v2/${ post.type }/${ post.id }`,
				params: { force: true },
			} )
			.catch( () => undefined );
	}
	for ( const id of created.users ) {
		await admin
			.rest( {
				method: 'DELETE',
				path: `/wp/v2/users/${ id }`,
				params: { force: true, reassign: 1 },
			} )
			.catch( () => undefined );
	}
} );

test( 'the speaker starts, shows and hides the CTA, stops; the attendee sees each change live', async ( {
	browser,
} ) => {
	const speaker = await loggedIn( browser, speakerLogin );
	const attendee = await loggedIn( browser, attendeeLogin, 'Asia/Tokyo' );
	const errors: string[] = [];
	// Start early and Stop ask in the room's own modal <dialog>; its confirming button.
	const confirm = ( name: string ) =>
		speaker.page
			.getByRole( 'dialog' )
			.getByRole( 'button', { name } )
			.click();
	for ( const page of [ speaker.page, attendee.page ] ) {
		page.on( 'pageerror', ( error ) => errors.push( error.message ) );
	}

	try {
		await speaker.page.goto( roomUrl );
		const room = speaker.page.locator( '.wp-block-webinars-room' );
		const start = room.getByRole( 'button', {
			name: 'Start',
			exact: true,
		} );
		const stop = room.getByRole( 'button', { name: 'Stop', exact: true } );
		// Reads Show CTA / Hide CTA; aria-pressed says which.
		const toggle = room.locator( '.webinars-room__cta-toggle' );
		await expect( start ).toBeVisible();
		await expect( room.getByRole( 'status' ) ).toContainText( 'Scheduled' );
		await expect( stop ).toHaveAttribute( 'aria-disabled', 'true' );
		await expect( toggle ).toHaveAttribute( 'aria-pressed', 'false' );
		await expect( room ).toContainText( CTA.text ); // The CTA preview.

		await attendee.page.goto( publicUrl );
		const view = attendee.page.locator( '.wp-block-webinars-public' );
		const status = view.locator( '.webinars-public__status' );
		const cta = view.locator( '.webinars-public__cta' );
		const announcer = view.locator( '[aria-live="polite"]' );
		await expect( view ).toHaveAttribute(
			'data-wp-interactive',
			'webinars/public'
		);
		await expect( status ).toContainText(
			/Starts in 1 day, \d\d:\d\d:\d\d/
		);
		// Once, in the webinar's zone, named; the viewer's (Tokyo) time beside it.
		const when = view.locator( '.webinars-public__when' );
		await expect( when.locator( 'time' ) ).toContainText(
			/\d:\d\d( [ap]m)? CET \(Europe\/Berlin\)/
		);
		await expect( when.locator( '.webinars-public__local' ) ).toHaveText(
			/your time$/
		);
		await expect( cta ).toBeHidden();
		// A third-party listener on the page's wp.hooks, and a marker a reload would lose.
		await attendee.page.evaluate( () => {
			const w = window as unknown as {
				e2eMarker: number;
				heard: unknown[];
				wp: {
					hooks: {
						addAction: (
							hook: string,
							ns: string,
							fn: ( payload: unknown ) => void
						) => void;
					};
				};
			};
			w.e2eMarker = 42;
			w.heard = [];
			for ( const hook of [
				'core_webinar_set_status',
				'core_webinar_set_cta_visibility',
			] ) {
				w.wp.hooks.addAction( hook, 'e2e/third-party', ( payload ) =>
					w.heard.push( { hook, payload } )
				);
			}
		} );

		await start.click();
		await confirm( 'Go live now' );
		await expect( room.getByRole( 'status' ) ).toContainText( 'Live' );
		await expect( status ).toHaveText( 'Live now', { timeout: 3000 } );
		await expect( when ).toBeHidden();

		await expect( toggle ).not.toHaveAttribute( 'aria-disabled', 'true' );
		await toggle.click();
		await expect( toggle ).toHaveAttribute( 'aria-pressed', 'true' );
		await expect( toggle ).toHaveText( 'Hide CTA' );
		await expect( cta ).toBeVisible( { timeout: 3000 } );
		await expect( cta ).toContainText( CTA.text );
		const link = cta.getByRole( 'link', { name: new RegExp( CTA.label ) } );
		await expect( link ).toHaveAttribute( 'href', CTA.url );
		await expect( announcer ).toHaveText( `New offer: ${ CTA.text }` );

		await expect( toggle ).not.toHaveAttribute( 'aria-disabled', 'true' );
		await toggle.click();
		await expect( toggle ).toHaveAttribute( 'aria-pressed', 'false' );
		await expect( cta ).toBeHidden( { timeout: 3000 } );
		await expect( announcer ).toHaveText( 'The offer is no longer shown.' );

		await expect( stop ).not.toHaveAttribute( 'aria-disabled', 'true' );
		await stop.click();
		await confirm( 'End now' );
		await expect( room.getByRole( 'status' ) ).toContainText( 'Ended' );
		await expect( status ).toHaveText( 'This webinar has ended', {
			timeout: 3000,
		} );

		const sync = { actor_id: 0, role: 'system', source: 'sync' };
		expect(
			await attendee.page.evaluate(
				() => ( window as unknown as { heard: unknown[] } ).heard
			)
		).toEqual( [
			{
				hook: 'core_webinar_set_status',
				payload: {
					webinar_id: webinarId,
					status: 'start',
					context: sync,
				},
			},
			{
				hook: 'core_webinar_set_cta_visibility',
				payload: {
					webinar_id: webinarId,
					visible: true,
					context: sync,
				},
			},
			{
				hook: 'core_webinar_set_cta_visibility',
				payload: {
					webinar_id: webinarId,
					visible: false,
					context: sync,
				},
			},
			{
				hook: 'core_webinar_set_status',
				payload: {
					webinar_id: webinarId,
					status: 'stop',
					context: sync,
				},
			},
		] );
		expect(
			await attendee.page.evaluate(
				() => ( window as unknown as { e2eMarker?: number } ).e2eMarker
			)
		).toBe( 42 );
		expect( errors ).toEqual( [] );
	} finally {
		await speaker.context.close();
		await attendee.context.close();
	}
} );

test( 'an attendee gets no speaker room; a guest gets a way in and no polling', async ( {
	browser,
	page,
} ) => {
	const attendee = await loggedIn( browser, attendeeLogin );
	try {
		await attendee.page.goto( roomUrl );
		await expect(
			attendee.page.locator( 'main, body' ).first()
		).toBeVisible();
		await expect(
			attendee.page.locator( '.wp-block-webinars-room' )
		).toHaveCount( 0 );
	} finally {
		await attendee.context.close();
	}

	const roomRequests: string[] = [];
	page.on( 'request', ( request ) => {
		if ( request.url().includes( 'webinars/v1/rooms' ) ) {
			roomRequests.push( request.url() );
		}
	} );
	await page.goto( publicUrl );
	const view = page.locator( '.wp-block-webinars-public' );
	await expect( view ).toContainText(
		'The live status is shown to registered attendees.'
	);
	const login = view.getByRole( 'link', { name: 'Log in' } );
	await expect( login ).toHaveAttribute(
		'href',
		/wp-login\.php\?redirect_to=/
	);
	// No status that would silently stop updating; the start time is a fact and stays.
	await expect( view.locator( '.webinars-public__status' ) ).toHaveCount( 0 );
	await expect( view.locator( '.webinars-public__when time' ) ).toBeVisible();
	await expect( view ).not.toHaveAttribute(
		'data-wp-context',
		/"key":"[0-9a-f]/
	);
	await page.waitForTimeout( 3000 );
	expect( roomRequests ).toEqual( [] );
} );

test( 'a join-token holder sees the CTA that was visible before the page loaded, and the token leaves the address bar', async ( {
	browser,
} ) => {
	const action = ( visible: boolean ) =>
		admin.rest( {
			method: 'POST',
			path: '/webinars/v1/actions/core_webinar_set_cta_visibility',
			data: { webinar_id: webinarId, visible },
		} );
	await action( true );
	const site = path.resolve(
		process.env.WEBINARS_STACK_DIR ??
			path.join( __dirname, '../../.cache/stack' ),
		'site'
	);
	const token = execFileSync( 'php', [
		path.join( __dirname, 'fixtures/join-token.php' ),
		site,
		String( webinarId ),
		new URL( publicUrl ).host,
	] ).toString();
	expect( token ).toMatch( /^[A-Za-z0-9._-]{20,}$/ );

	const context = await browser.newContext();
	const page = await context.newPage();
	try {
		const url = new URL( publicUrl );
		url.searchParams.set( 'wt', token );
		await page.goto( url.toString() );
		const view = page.locator( '.wp-block-webinars-public' );
		// The first paint withheld it (version 0); /me brings it.
		await expect( view.locator( '.webinars-public__cta' ) ).toBeVisible( {
			timeout: 3000,
		} );
		await expect( view ).toContainText( CTA.text );
		await expect
			.poll( () => new URL( page.url() ).searchParams.has( 'wt' ) )
			.toBe( false );
	} finally {
		await context.close();
		await action( false );
	}
} );
