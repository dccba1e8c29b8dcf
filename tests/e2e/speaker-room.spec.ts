/**
 * The speaker room in a real browser, as a webinar's organizer: it names its webinar, asks before
 * an early Start, Stop and Reset, toggles the CTA (Show CTA / Hide CTA, aria-pressed) after the
 * end too, resets an ended webinar to scheduled, and keeps equal button widths on a 390 px
 * screen. Screenshots of each state at 1280 and 390 px go to artifacts/screens/.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { RequestUtils } from '@wordpress/e2e-test-utils-playwright';
import { META, POST_TYPE } from '../../src/contracts/generated/webinar';

test.use( { storageState: { cookies: [], origins: [] } } );

const PASSWORD = 'password-e2e-room';
let admin: RequestUtils;
const cleanup: Array< () => Promise< unknown > > = [];
let roomUrl = '';
let login = '';
let title = '';

test.beforeAll( async ( { baseURL } ) => {
	admin = await RequestUtils.setup( {
		baseURL,
		user: {
			username: process.env.WP_USERNAME ?? 'admin',
			password: process.env.WP_PASSWORD ?? 'password',
		},
	} );
	const run = Date.now().toString( 36 );
	login = `organizer_${ run }`;
	title = `Speaker room e2e ${ run }`;
	const user = await admin.createUser( {
		username: login,
		email: `${ login }@example.com`,
		password: PASSWORD,
		roles: [ 'webinars_organizer' ],
	} );
	cleanup.push( () =>
		admin.rest( {
			method: 'DELETE',
			path: `/wp/v2/users/${ user.id }`,
			params: { force: true, reassign: 1 },
		} )
	);
	const create = async ( type: string, data: Record< string, unknown > ) => {
		const post = await admin.rest< { id: number; link: string } >( {
			method: 'POST',
			path: `/wp/v2/${ type }`,
			data: { status: 'publish', ...data },
		} );
		cleanup.push( () =>
			admin.rest( {
				method: 'DELETE',
				path: `/wp/v2/${ type }/${ post.id }`,
				params: { force: true },
			} )
		);
		return post;
	};
	const webinar = await create( `${ POST_TYPE }s`, {
		title,
		meta: {
			[ META.STARTS_AT ]: new Date(
				Date.now() + 26 * 3600 * 1000
			).toISOString(),
			[ META.TIMEZONE ]: 'UTC',
			[ META.ORGANIZERS ]: [ user.id ],
			[ META.CTA_TEXT ]: 'The recording and the slides',
			[ META.CTA_LABEL ]: 'Get them',
			[ META.CTA_URL ]: 'https://example.com/after',
		},
	} );
	roomUrl = (
		await create( 'pages', {
			title: `Room ${ run }`,
			content: `<!-- wp:webinars/room {"webinarId":${ webinar.id }} /-->`,
		} )
	).link;
} );

test.afterAll( async () => {
	for ( const undo of cleanup.reverse() ) {
		await undo().catch( () => undefined );
	}
} );

async function shoot( page: Page, room: Locator, name: string ) {
	for ( const width of [ 1280, 390 ] ) {
		await page.setViewportSize( { width, height: 900 } );
		await room.screenshot( {
			path: `artifacts/screens/room-${ name }-${ width }.png`,
		} );
	}
	await page.setViewportSize( { width: 1280, height: 900 } );
}

async function logIn( page: Page ) {
	await page.goto( '/wp-login.php' );
	await page.locator( '#user_login' ).fill( login );
	await page.locator( '#user_pass' ).fill( PASSWORD );
	await Promise.all( [
		page.waitForURL( ( url ) => ! url.pathname.endsWith( 'wp-login.php' ) ),
		page.locator( '#wp-submit' ).click(),
	] );
}

function parts( page: Page ) {
	const room = page.locator( '.wp-block-webinars-room' );
	return {
		room,
		status: room.getByRole( 'status' ),
		// Exact: "Show CTA" must not match "Hide CTA"'s neighbours, nor a dialog's buttons.
		button: ( name: string ) =>
			room.getByRole( 'button', { name, exact: true } ),
		dialog: page.getByRole( 'dialog' ),
	};
}

test( 'an organizer runs the room: early start asks, stop asks, the CTA changes after the end', async ( {
	page,
} ) => {
	const errors: string[] = [];
	page.on( 'pageerror', ( error ) => errors.push( error.message ) );
	await logIn( page );
	await page.goto( roomUrl );
	const { room, status, button, dialog } = parts( page );
	await expect( room.getByRole( 'heading', { name: title } ) ).toBeVisible();
	await expect( status ).toContainText( 'Scheduled' );
	await expect( button( 'Start' ) ).toBeVisible();

	// Equal widths on a phone.
	await page.setViewportSize( { width: 390, height: 900 } );
	const widths = await room
		.locator( '.webinars-room__controls button' )
		.evaluateAll( ( buttons ) =>
			buttons.map( ( item ) => item.getBoundingClientRect().width )
		);
	expect( widths.length ).toBeGreaterThanOrEqual( 3 );
	expect( Math.max( ...widths ) - Math.min( ...widths ) ).toBeLessThan( 1 );
	await shoot( page, room, 'scheduled' );

	// Start a day early: asked first.
	await button( 'Start' ).click();
	await expect( dialog ).toContainText( 'Start before the scheduled time?' );
	await dialog.getByRole( 'button', { name: 'Go live now' } ).click();
	await expect( dialog ).toBeHidden();
	await expect( status ).toContainText( 'Live' );

	await button( 'Show CTA' ).click();
	await expect( button( 'Hide CTA' ) ).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect( room ).toContainText( 'Visible to attendees' );
	await shoot( page, room, 'live-cta' );

	// Stop asks; Cancel sends nothing.
	await page.setViewportSize( { width: 390, height: 700 } );
	await button( 'Stop' ).click();
	await expect( dialog ).toContainText( 'Stop the webinar?' );
	await page.screenshot( {
		path: 'artifacts/screens/room-stop-dialog-390.png',
	} );
	await page.setViewportSize( { width: 1280, height: 900 } );
	await dialog.getByRole( 'button', { name: 'Cancel' } ).click();
	await expect( dialog ).toBeHidden();
	await expect( status ).toContainText( 'Live' );
	await button( 'Stop' ).click();
	await dialog.getByRole( 'button', { name: 'End now' } ).click();
	await expect( status ).toContainText( 'Ended' );

	// After the end the CTA may still change (a post-webinar offer).
	await button( 'Hide CTA' ).click();
	await expect( button( 'Show CTA' ) ).toHaveAttribute(
		'aria-pressed',
		'false'
	);
	await shoot( page, room, 'ended' );
	expect( errors ).toEqual( [] );
} );

test( 'an organizer resets an ended webinar to scheduled, after confirming', async ( {
	page,
} ) => {
	await logIn( page );
	const me = page.waitForResponse( ( response ) =>
		/\/rooms\/\d+\/me/.test( response.url() )
	);
	await page.goto( roomUrl );
	const body = ( await ( await me ).json() ) as Record< string, unknown >;
	expect( body.can_organize ).toBe( true );
	const { room, status, button, dialog } = parts( page );
	await expect( status ).toContainText( 'Ended' ); // Where the first test left it.
	await expect( button( 'Reset' ) ).not.toHaveAttribute(
		'aria-disabled',
		'true'
	);
	await shoot( page, room, 'ended-reset' );

	await button( 'Reset' ).click();
	await expect( dialog ).toContainText( 'Reset the webinar?' );
	await dialog.getByRole( 'button', { name: 'Back to scheduled' } ).click();
	await expect( status ).toContainText( 'Scheduled' );
	await expect( room.getByRole( 'alert' ) ).toHaveCount( 0 );
} );
