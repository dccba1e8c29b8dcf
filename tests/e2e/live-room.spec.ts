/**
 * The live room end to end, in two browsers: a speaker of the webinar runs the room block, a
 * logged-in attendee watches the public block, and every change reaches the attendee by polling,
 * without a reload, within 3 seconds.
 */
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
	login: string
): Promise< { context: BrowserContext; page: Page } > {
	const context = await browser.newContext();
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
			webinars_timezone: 'UTC',
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
	const attendee = await loggedIn( browser, attendeeLogin );
	const errors: string[] = [];
	for ( const page of [ speaker.page, attendee.page ] ) {
		page.on( 'pageerror', ( error ) => errors.push( error.message ) );
	}

	try {
		await speaker.page.goto( roomUrl );
		const room = speaker.page.locator( '.wp-block-webinars-room' );
		const start = room.getByRole( 'button', { name: 'Start webinar' } );
		const stop = room.getByRole( 'button', { name: 'Stop webinar' } );
		const toggle = room.getByRole( 'button', { name: 'Show CTA' } );
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
		await expect( status ).toContainText(
			/Starts in 1 day, \d\d:\d\d:\d\d/
		);
		await expect( cta ).toHaveCount( 0 );
		// Reloading would lose this marker: every change below must arrive without one.
		await attendee.page.evaluate( () => {
			( window as unknown as { e2eMarker: number } ).e2eMarker = 42;
		} );

		await start.click();
		await expect( room.getByRole( 'status' ) ).toContainText( 'Live' );
		await expect( start ).toHaveAttribute( 'aria-disabled', 'true' );
		await expect( stop ).not.toHaveAttribute( 'aria-disabled', 'true' );
		await expect( status ).toHaveText( 'Live now', { timeout: 3000 } );
		await expect( start ).toBeFocused(); // Still focusable though Start no longer applies.

		// The buttons are free again once the start is confirmed.
		await expect( toggle ).not.toHaveAttribute( 'aria-disabled', 'true' );
		await toggle.click();
		await expect( toggle ).toHaveAttribute( 'aria-pressed', 'true' );
		await expect( cta ).toBeVisible( { timeout: 3000 } );
		await expect( cta ).toContainText( CTA.text );
		const link = cta.getByRole( 'link', { name: new RegExp( CTA.label ) } );
		await expect( link ).toHaveAttribute( 'href', CTA.url );
		await expect( announcer ).toHaveText( `New offer: ${ CTA.text }` );

		await expect( toggle ).not.toHaveAttribute( 'aria-disabled', 'true' );
		await toggle.click();
		await expect( toggle ).toHaveAttribute( 'aria-pressed', 'false' );
		await expect( cta ).toHaveCount( 0, { timeout: 3000 } );
		await expect( announcer ).toHaveText( 'The offer is no longer shown.' );

		await expect( stop ).not.toHaveAttribute( 'aria-disabled', 'true' );
		await stop.click();
		await expect( room.getByRole( 'status' ) ).toContainText( 'Ended' );
		await expect( status ).toHaveText( 'This webinar has ended', {
			timeout: 3000,
		} );

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

test( 'an attendee gets no speaker room; a guest gets the status and no polling', async ( {
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
		'Registered attendees see the live room here.'
	);
	await expect( view.locator( '.webinars-public__status' ) ).toBeVisible();
	await expect( view ).not.toHaveAttribute( 'data-room-key', /.+/ );
	await expect( view ).not.toHaveAttribute( 'data-nonce', /.+/ );
	await page.waitForTimeout( 3000 );
	expect( roomRequests ).toEqual( [] );
} );
