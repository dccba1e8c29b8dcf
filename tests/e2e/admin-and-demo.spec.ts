/**
 * Smoke test of the whole stack: wp-admin login through the form, the plugin active, the demo page.
 */
import { test, expect } from '@playwright/test';

test.describe( 'logged out', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	test( 'admin logs in through the form and sees Webinars active', async ( {
		page,
	} ) => {
		await page.goto( '/wp-login.php' );
		await page.locator( '#user_login' ).fill( 'admin' );
		await page.locator( '#user_pass' ).fill( 'password' );
		await page.locator( '#wp-submit' ).click();
		await expect( page ).toHaveURL( /\/wp-admin\/?$/ );
		await expect( page.locator( '#wpadminbar' ) ).toBeVisible();

		await page.goto( '/wp-admin/plugins.php' );
		const row = page.locator( 'tr[data-plugin="webinars/webinars.php"]' );
		await expect( row ).toHaveClass( /\bactive\b/ );
		await expect( row.locator( '.plugin-title strong' ) ).toHaveText(
			'Webinars'
		);
		await expect(
			row.getByRole( 'link', { name: /Deactivate/ } )
		).toBeVisible();
	} );

	test( 'the demo page is published', async ( { page } ) => {
		const response = await page.goto( '/demo-webinar/' );
		expect( response?.status() ).toBe( 200 );
		await expect( page ).toHaveTitle( /Demo webinar/ );
		await expect(
			page.getByRole( 'heading', { name: 'Demo webinar' } ).first()
		).toBeVisible();
	} );
} );

test( 'the saved admin session opens wp-admin directly', async ( { page } ) => {
	await page.goto( '/wp-admin/' );
	await expect( page ).toHaveURL( /\/wp-admin\/?$/ );
	await expect( page.locator( '#wpadminbar' ) ).toBeVisible();
} );
