/**
 * The blocks in the block editor: both insert, pick up a webinar, and show their static previews
 * (the editor never polls or sends commands).
 */
import { test, expect } from '@playwright/test';

test( 'the room and attendee blocks preview a webinar in the editor', async ( {
	page,
} ) => {
	const errors: string[] = [];
	page.on( 'pageerror', ( error ) => errors.push( error.message ) );
	await page.goto( '/wp-admin/post-new.php?post_type=page' );
	await page.waitForFunction( () =>
		Boolean( ( window as any ).wp?.blocks?.getBlockType( 'webinars/room' ) )
	);

	const webinarId = await page.evaluate( async () => {
		const wp = ( window as any ).wp;
		wp.data
			.dispatch( 'core/preferences' )
			?.set( 'core/edit-post', 'welcomeGuide', false );
		// The demo webinar by name: other specs create webinars of their own.
		const webinars = await wp.apiFetch( {
			path: '/wp/v2/webinars?search=Demo%20webinar&per_page=1',
		} );
		const id = webinars[ 0 ].id;
		wp.data
			.dispatch( 'core/block-editor' )
			.insertBlocks( [
				wp.blocks.createBlock( 'webinars/room', { webinarId: id } ),
				wp.blocks.createBlock( 'webinars/public', { webinarId: id } ),
			] );
		return id;
	} );
	expect( webinarId ).toBeGreaterThan( 0 );

	const canvas = page.frameLocator( 'iframe[name="editor-canvas"]' );
	await expect( canvas.locator( '.wp-block-webinars-room' ) ).toContainText(
		'Demo webinar'
	);
	await expect( canvas.locator( '.wp-block-webinars-room' ) ).toContainText(
		'Join the course'
	);
	// The attendee view previews the room's real state (scheduled, CTA hidden), labelled.
	const preview = canvas
		.locator( '.wp-block-webinars-public [data-wp-interactive]' )
		.first();
	await expect( preview ).toContainText( 'Preview' );
	await expect( preview ).toContainText( /Starts in|Starting soon/ );
	await expect( preview ).not.toContainText( 'Live now' );
	await expect( preview.locator( '.webinars-public__cta' ) ).toBeHidden();
	await expect(
		canvas.getByText( 'This block has encountered an error' )
	).toHaveCount( 0 );
	expect( errors ).toEqual( [] );
} );
