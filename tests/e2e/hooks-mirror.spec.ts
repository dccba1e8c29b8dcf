/**
 * The browser mirror of the canonical actions, in a real page: the `webinars-hooks` runtime puts
 * the typed mirror on window.webinars and fires on the page's shared wp.hooks.
 */
import { test, expect } from '@playwright/test';

test.use( { storageState: { cookies: [], origins: [] } } );

test( 'a visitor page fires canonical actions on wp.hooks, and refuses a broken payload', async ( {
	page,
} ) => {
	const errors: string[] = [];
	page.on( 'console', ( message ) => {
		if ( message.type() === 'error' ) {
			errors.push( message.text() );
		}
	} );
	await page.goto( '/demo-webinar/' );
	await page.waitForFunction( () =>
		Boolean( ( window as any ).webinars?.hooks )
	);

	const result = await page.evaluate( () => {
		const w = window as any;
		const received: unknown[] = [];
		w.wp.hooks.addAction(
			'client_webinar_entered',
			'e2e',
			( payload: unknown ) => received.push( payload )
		);
		const payload = {
			lead_id: 7,
			webinar_id: 3,
			timestamp: '2026-11-22T10:00:00Z',
			session_id: '6a9f7f26-4c0c-4a91-9f3d-b159c2dcb001',
		};
		const ok = w.webinars.hooks.doAction(
			'client_webinar_entered',
			payload
		);
		const refused = w.webinars.hooks.doAction( 'client_webinar_entered', {
			...payload,
			session_id: 'nope',
		} );
		return {
			ok,
			refused,
			received,
			did: w.wp.hooks.didAction( 'client_webinar_entered' ),
			names: Object.values( w.webinars.HOOKS ).length,
		};
	} );

	expect( result.ok ).toEqual( [] );
	expect( result.received ).toHaveLength( 1 );
	expect( result.did ).toBe( 1 );
	expect(
		result.refused.map( ( error: { path: string } ) => error.path )
	).toEqual( [ 'payload[session_id]' ] );
	expect( result.names ).toBe( 23 );
	expect( errors.join( '\n' ) ).toContain(
		'client_webinar_entered was not fired'
	);
} );

test( 'the attendee page puts the shared wp.hooks on window.webinars and loads no React', async ( {
	page,
} ) => {
	const scripts: string[] = [];
	page.on( 'request', ( request ) => {
		if ( request.resourceType() === 'script' ) {
			scripts.push( request.url() );
		}
	} );
	// The demo's attendee (the admin would also get the speaker room's scripts).
	await page.goto( '/wp-login.php' );
	await page.locator( '#user_login' ).fill( 'attendee' );
	await page.locator( '#user_pass' ).fill( 'attendee' );
	await Promise.all( [
		page.waitForURL( ( url ) => ! url.pathname.endsWith( 'wp-login.php' ) ),
		page.locator( '#wp-submit' ).click(),
	] );
	scripts.length = 0;
	await page.goto( '/webinar/demo-webinar/' );
	await expect( page.locator( '.wp-block-webinars-public' ) ).toHaveAttribute(
		'data-wp-interactive',
		'webinars/public'
	);
	await page.waitForFunction( () =>
		Boolean( ( window as any ).webinars?.hooks )
	);
	expect(
		await page.evaluate(
			() =>
				( window as any ).webinars.hooks === ( window as any ).wp.hooks
		)
	).toBe( true );
	expect(
		scripts.filter( ( url ) => /react|\/data\.min|api-fetch/.test( url ) )
	).toEqual( [] );
} );
