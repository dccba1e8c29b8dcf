/**
 * The path a new site admin takes: log in, create a webinar in the block editor (title, start time
 * in the "Webinar" panel, publish), open its page, find it in the Webinars list with its status and
 * start time; then run it from the speaker room (start, CTA on and off, stop, reset).
 */
import { test, expect, type Page } from '@playwright/test';
import { META } from '../../src/contracts/generated/webinar';

const SITE_ZONE = 'Europe/Berlin';
const TITLE = `Admin path webinar ${ Date.now() }`;
/** 10 March 2027, 18:00 in Berlin (CET, UTC+1). */
const START_LOCAL = '2027-03-10T18:00';
const START_SHOWN = '10 Mar 2027, 18:00 CET (Europe/Berlin)';
const SHOTS = 'artifacts/screenshots';
const CTA = {
	text: 'The course opens today',
	label: 'Join the course',
	url: 'https://example.org/course',
};

test.use( {
	storageState: { cookies: [], origins: [] },
	viewport: { width: 1280, height: 900 },
} );

async function logIn( page: Page ) {
	await page.goto( '/wp-login.php' );
	await page.locator( '#user_login' ).fill( 'admin' );
	await page.locator( '#user_pass' ).fill( 'password' );
	await page.locator( '#wp-submit' ).click();
	await expect( page ).toHaveURL( /\/wp-admin\/?$/ );
}

/**
 * The Webinars list's row of our webinar.
 * @param page
 */
const listRow = ( page: Page ) =>
	page.locator( '#the-list tr' ).filter( { hasText: TITLE } );

test.describe.configure( { mode: 'serial' } );

let permalink = '';
let siteZoneBefore = '';

// Other specs read times in the site's zone: give it back.
test.afterAll( async ( { browser } ) => {
	if ( ! siteZoneBefore ) {
		return;
	}
	const page = await browser.newPage();
	await logIn( page );
	await page.goto( '/wp-admin/options-general.php' );
	await page.locator( '#timezone_string' ).selectOption( siteZoneBefore );
	await page.locator( '#submit' ).click();
	await expect(
		page.locator( '#setting-error-settings_updated' )
	).toBeVisible();
	await page.close();
} );

test( 'create a webinar in the block editor; its page and the Webinars list show it', async ( {
	page,
} ) => {
	const warnings: string[] = [];
	page.on( 'console', ( message ) => {
		if ( [ 'warning', 'error' ].includes( message.type() ) ) {
			warnings.push( message.text() );
		}
	} );
	await logIn( page );
	// Settings → General: the site's time zone, which a new webinar starts in.
	await page.goto( '/wp-admin/options-general.php' );
	siteZoneBefore = await page.locator( '#timezone_string' ).inputValue();
	await page.locator( '#timezone_string' ).selectOption( SITE_ZONE );
	await page.locator( '#submit' ).click();
	await expect(
		page.locator( '#setting-error-settings_updated' )
	).toBeVisible();

	await page.goto( '/wp-admin/post-new.php?post_type=webinar' );
	await page.waitForFunction( () =>
		Boolean( ( window as any ).wp?.data?.select( 'core/editor' ) )
	);
	await page.evaluate( () =>
		( window as any ).wp.data
			.dispatch( 'core/preferences' )
			.set( 'core/edit-post', 'welcomeGuide', false )
	);

	// The "Webinar" panel: the first panel of the sidebar, open without a click.
	const panel = page.locator( '.webinars-settings' );
	await expect(
		panel.getByRole( 'button', { name: 'Webinar', exact: true } )
	).toHaveAttribute( 'aria-expanded', 'true' );
	const firstPanel = page
		.locator( '.editor-sidebar .components-panel__body' )
		.first();
	await expect( firstPanel ).toHaveClass( /webinars-settings/ );
	await page.screenshot( { path: `${ SHOTS }/editor-panel.png` } );
	// The start time is in the site's zone, not the browser's.
	await expect( panel ).toContainText( `In the time zone ${ SITE_ZONE }.` );
	// Pickers list who can hold the role, after a loading state; never "No items found".
	await expect( panel.getByText( 'Loading users…' ) ).toHaveCount( 0 );
	// Nobody holds the speaker capability on a fresh site (administrators control every room
	// without being speakers): the picker says what to do.
	await expect( panel ).toContainText(
		'No user can be a speaker yet: give someone the Webinar speaker role.'
	);
	await panel.getByRole( 'combobox', { name: 'Speakers' } ).click();
	await expect( page.getByText( 'No items found' ) ).toHaveCount( 0 );
	await panel.getByRole( 'combobox', { name: 'Organizers' } ).click();
	await expect( page.getByText( 'No items found' ) ).toHaveCount( 0 );
	await expect(
		page.getByRole( 'option', { name: /\(admin\)/ } )
	).toBeVisible();
	await page.screenshot( { path: `${ SHOTS }/editor-organizers.png` } );
	await page.keyboard.press( 'Escape' );

	const canvas = page.frameLocator( 'iframe[name="editor-canvas"]' );
	await canvas.getByRole( 'textbox', { name: 'Add title' } ).fill( TITLE );
	await panel.getByLabel( 'Start time' ).fill( START_LOCAL );
	await panel.getByLabel( 'Call to action: text' ).fill( CTA.text );
	await panel.getByLabel( 'Call to action: button label' ).fill( CTA.label );
	await panel.getByLabel( 'Call to action: link' ).fill( CTA.url );

	await page
		.getByRole( 'region', { name: 'Editor top bar' } )
		.getByRole( 'button', { name: 'Publish', exact: true } )
		.click();
	await page
		.getByRole( 'region', { name: 'Editor publish' } )
		.getByRole( 'button', { name: 'Publish', exact: true } )
		.click();
	// The post type's own words, not "Post published".
	await expect(
		page
			.getByTestId( 'snackbar' )
			.filter( { hasText: 'Webinar published.' } )
	).toBeVisible();
	permalink = await page.evaluate( () =>
		( window as any ).wp.data.select( 'core/editor' ).getPermalink()
	);
	const meta = await page.evaluate(
		() =>
			( window as any ).wp.data
				.select( 'core/editor' )
				.getEditedPostAttribute( 'meta' ) as Record< string, unknown >
	);
	expect( meta ).toMatchObject( {
		[ META.STARTS_AT ]: '2027-03-10T18:00:00+01:00',
		[ META.TIMEZONE ]: SITE_ZONE,
	} );
	// wp.data warns about unstable useSelect results only in its SCRIPT_DEBUG build (data.js):
	// there the check bites (the old panel logged it 4 times); with .min.js it cannot fail, so say so.
	const debugScripts = await page
		.locator( 'script[src*="/js/dist/data.js"]' )
		.count();
	if ( debugScripts === 0 ) {
		test.info().annotations.push( {
			type: 'note',
			description:
				'SCRIPT_DEBUG is off: the useSelect warning check cannot fail here',
		} );
	}
	expect(
		warnings.filter( ( text ) => text.includes( 'useSelect' ) )
	).toEqual( [] );

	// Its page opens (no 404: rewrite rules were flushed).
	const response = await page.goto( permalink );
	expect( response?.status() ).toBe( 200 );
	await expect( page.getByText( TITLE ).first() ).toBeVisible();

	// The Webinars list: status, start with its zone, type; filter by room status.
	await page.goto( '/wp-admin/edit.php?post_type=webinar' );
	await expect( page.locator( 'h1.wp-heading-inline' ) ).toHaveText(
		'Webinars'
	);
	const row = listRow( page );
	await expect( row.locator( 'td.column-webinars-status' ) ).toHaveText(
		'Scheduled'
	);
	await expect( row.locator( 'td.column-webinars-start' ) ).toHaveText(
		START_SHOWN
	);
	await expect( row.locator( 'td.column-webinars-type' ) ).toHaveText(
		'Live'
	);
	await expect(
		page.locator( 'thead th.column-webinars-start.sortable a' )
	).toBeVisible();
	await page.screenshot( { path: `${ SHOTS }/webinars-list.png` } );

	await page
		.locator( '#webinars_room_status' )
		.selectOption( { label: 'Live' } );
	await page.locator( '#post-query-submit' ).click();
	await expect(
		page.locator( '#webinars_room_status option:checked' )
	).toHaveText( 'Live' );
	await expect( listRow( page ) ).toHaveCount( 0 );
	await page
		.locator( '#webinars_room_status' )
		.selectOption( { label: 'Scheduled' } );
	await page.locator( '#post-query-submit' ).click();
	await expect( listRow( page ) ).toHaveCount( 1 );
	// Sorted by start time.
	await page.locator( 'thead th.column-webinars-start a' ).click();
	await expect( page ).toHaveURL( /orderby=webinars-start/ );
	await expect( listRow( page ) ).toHaveCount( 1 );
} );

/**
 * Confirms in the room's modal dialog.
 *
 * @param page   The room's page.
 * @param action The confirming button ("Go live now", "End now", "Back to scheduled").
 */
async function confirmIn( page: Page, action: string ) {
	const dialog = page.getByRole( 'dialog' );
	await dialog.getByRole( 'button', { name: action } ).click();
	await expect( dialog ).toBeHidden();
}

test( 'the speaker starts it from the room, rehearses the CTA and stops it; the list follows', async ( {
	page,
} ) => {
	test.skip( ! permalink, 'needs the webinar of the first test' );
	const errors: string[] = [];
	page.on( 'pageerror', ( error ) => errors.push( error.message ) );
	await logIn( page );
	await page.goto( permalink );
	// The single-webinar template: the attendee view, and for organizers a link to the room.
	await expect( page.locator( '.wp-block-webinars-public' ) ).toBeVisible();
	await page.getByRole( 'link', { name: /room/i } ).first().click();

	const room = page.locator( '.wp-block-webinars-room' );
	const status = room.getByRole( 'status' );
	const button = ( name: string ) =>
		room.getByRole( 'button', { name, exact: true } );
	await expect( room.getByRole( 'heading', { name: TITLE } ) ).toBeVisible();
	await expect( status ).toContainText( 'Scheduled' );

	// Start months before the scheduled time: asked first.
	await button( 'Start' ).click();
	await confirmIn( page, 'Go live now' );
	await expect( status ).toContainText( 'Live' );

	// Rehearse the offer: one button, pressed while the CTA shows.
	await button( 'Show CTA' ).click();
	await expect( button( 'Hide CTA' ) ).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await button( 'Hide CTA' ).click();
	await expect( button( 'Show CTA' ) ).toHaveAttribute(
		'aria-pressed',
		'false'
	);

	await button( 'Stop' ).click();
	await confirmIn( page, 'End now' );
	await expect( status ).toContainText( 'Ended' );

	await page.goto( '/wp-admin/edit.php?post_type=webinar' );
	await expect(
		listRow( page ).locator( 'td.column-webinars-status' )
	).toHaveText( 'Ended' );
	expect( errors ).toEqual( [] );
} );

test( 'the organizer resets the rehearsal; the list shows Scheduled again', async ( {
	page,
} ) => {
	test.skip( ! permalink, 'needs the webinar of the first test' );
	await logIn( page );
	await page.goto( permalink );
	const room = page.locator( '.wp-block-webinars-room' );
	const status = room.getByRole( 'status' );
	await expect( status ).toContainText( 'Ended' );
	// A rehearsal must not burn the webinar: reset it to scheduled.
	await room.getByRole( 'button', { name: 'Reset', exact: true } ).click();
	await confirmIn( page, 'Back to scheduled' );
	await expect( status ).toContainText( 'Scheduled' );

	await page.goto( '/wp-admin/edit.php?post_type=webinar' );
	await expect(
		listRow( page ).locator( 'td.column-webinars-status' )
	).toHaveText( 'Scheduled' );
} );
