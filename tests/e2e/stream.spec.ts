/**
 * The live stream end to end (issue 7 item 9), in three browsers: the speaker starts the room;
 * a logged-in attendee and a join-token holder see the stream's iframe appear within 3 s without
 * a reload (offline, the player does not load: the element and its src are what is checked); on
 * stop it goes and the recording's <video> shows. The speaker room previews the stream.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { test, expect, type Browser, type Page } from '@playwright/test';
import { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

test.use( { storageState: { cookies: [], origins: [] } } );

const PASSWORD = 'password-e2e-1';
const SHOTS = 'artifacts/screenshots';
const EMBED = 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ';
let admin: RequestUtils;
const users: number[] = [];
const posts: Array< { type: string; id: number } > = [];
let webinarId = 0;
let roomUrl = '';
let publicUrl = '';
let recording = '';
let speakerLogin = '';
let attendeeLogin = '';

async function post( type: string, data: Record< string, unknown > ) {
	const created = await admin.rest< { id: number; link: string } >( {
		method: 'POST',
		path: `/wp/v2/${ type }`,
		data: { status: 'publish', ...data },
	} );
	posts.push( { type, id: created.id } );
	return created;
}

async function loggedIn( browser: Browser, login: string ): Promise< Page > {
	const page = await ( await browser.newContext() ).newPage();
	await page.goto( '/wp-login.php' );
	await page.locator( '#user_login' ).fill( login );
	await page.locator( '#user_pass' ).fill( PASSWORD );
	await Promise.all( [
		page.waitForURL( ( url ) => ! url.pathname.endsWith( 'wp-login.php' ) ),
		page.locator( '#wp-submit' ).click(),
	] );
	return page;
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
	speakerLogin = `stream_speaker_${ run }`;
	attendeeLogin = `stream_attendee_${ run }`;
	const ids: number[] = [];
	for ( const [ login, role ] of [
		[ speakerLogin, 'webinars_speaker' ],
		[ attendeeLogin, 'webinars_attendee' ],
	] as const ) {
		const user = await admin.createUser( {
			username: login,
			email: `${ login }@example.com`,
			password: PASSWORD,
			roles: [ role ],
		} );
		users.push( user.id );
		ids.push( user.id );
	}
	recording = `${ baseURL }/wp-content/uploads/e2e-recording.webm`;
	const webinar = await post( 'webinars', {
		title: `E2E stream ${ run }`,
		meta: {
			webinars_starts_at: new Date(
				Date.now() + 3600 * 1000
			).toISOString(),
			webinars_speakers: [ ids[ 0 ] ],
			webinars_stream_url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
			webinars_recording_url: recording,
		},
	} );
	webinarId = webinar.id;
	roomUrl = (
		await post( 'pages', {
			title: `Stream room ${ run }`,
			content: `<!-- wp:webinars/room {"webinarId":${ webinarId }} /-->`,
		} )
	).link;
	publicUrl = (
		await post( 'pages', {
			title: `Stream watch ${ run }`,
			content: `<!-- wp:webinars/public {"webinarId":${ webinarId }} /-->`,
		} )
	).link;
} );

test.afterAll( async () => {
	for ( const { type, id } of posts.reverse() ) {
		await admin
			.rest( {
				method: 'DELETE',
				path: `/wp/v2/${ type }/${ id }`,
				params: { force: true },
			} )
			.catch( () => undefined );
	}
	for ( const id of users ) {
		await admin
			.rest( {
				method: 'DELETE',
				path: `/wp/v2/users/${ id }`,
				params: { force: true, reassign: 1 },
			} )
			.catch( () => undefined );
	}
} );

test( 'the stream appears for participants while live, goes on stop, and the recording shows', async ( {
	browser,
} ) => {
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
	const speaker = await loggedIn( browser, speakerLogin );
	const attendee = await loggedIn( browser, attendeeLogin );
	const holder = await ( await browser.newContext() ).newPage();
	const withToken = new URL( publicUrl );
	withToken.searchParams.set( 'wt', token );

	await speaker.goto( roomUrl );
	const room = speaker.locator( '.wp-block-webinars-room' );
	await expect(
		room.locator( '.webinars-room__stream-frame iframe' )
	).toHaveAttribute( 'src', EMBED );

	await attendee.goto( publicUrl );
	await holder.goto( withToken.toString() );
	const views = [ attendee, holder ].map( ( page ) =>
		page.locator( '.wp-block-webinars-public' )
	);
	for ( const view of views ) {
		await expect( view.locator( '.webinars-public__player' ) ).toBeHidden();
		await expect( view.locator( 'iframe' ) ).toHaveCount( 0 ); // Lazy.
	}
	await attendee.evaluate( () => {
		( window as unknown as { e2eMarker: number } ).e2eMarker = 7;
	} );

	await room.getByRole( 'button', { name: 'Start', exact: true } ).click();
	await speaker
		.getByRole( 'dialog' )
		.getByRole( 'button', { name: 'Go live now' } )
		.click();
	await expect( room.getByRole( 'status' ) ).toContainText( 'Live' );
	for ( const view of views ) {
		const iframe = view.locator( '.webinars-public__frame iframe' );
		await expect( iframe ).toHaveAttribute( 'src', EMBED, {
			timeout: 3000,
		} );
		await expect( iframe ).toHaveAttribute(
			'title',
			/^Live stream: E2E stream/
		);
		const box = await view
			.locator( '.webinars-public__frame' )
			.boundingBox();
		expect(
			Math.abs( ( box?.width ?? 0 ) / ( box?.height ?? 1 ) - 16 / 9 )
		).toBeLessThan( 0.02 );
	}
	expect(
		await attendee.evaluate(
			() => ( window as unknown as { e2eMarker?: number } ).e2eMarker
		)
	).toBe( 7 ); // No reload.

	await attendee.setViewportSize( { width: 1280, height: 900 } );
	await attendee.screenshot( {
		path: `${ SHOTS }/stream-live-1280.png`,
		fullPage: true,
	} );
	await attendee.setViewportSize( { width: 390, height: 844 } );
	await attendee.screenshot( {
		path: `${ SHOTS }/stream-live-390.png`,
		fullPage: true,
	} );

	await room.getByRole( 'button', { name: 'Stop', exact: true } ).click();
	await speaker
		.getByRole( 'dialog' )
		.getByRole( 'button', { name: 'End now' } )
		.click();
	await expect( room.getByRole( 'status' ) ).toContainText( 'Ended' );
	for ( const view of views ) {
		await expect( view.locator( 'iframe' ) ).toHaveCount( 0, {
			timeout: 3000,
		} );
		const video = view.locator( '.webinars-public__frame video' );
		await expect( video ).toHaveAttribute( 'src', recording );
		await expect( video ).toHaveAttribute( 'controls', '' );
		await expect(
			view.locator( '.webinars-public__player-label' )
		).toHaveText( 'Recording' );
	}
	await attendee.screenshot( {
		path: `${ SHOTS }/stream-recording-390.png`,
		fullPage: true,
	} );
} );
