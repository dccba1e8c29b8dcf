/**
 * The plugin as a site owner gets it: deactivate (roles stay), delete (uninstall.php removes the
 * roles), upload the zip through Plugins → Add New → Upload Plugin, activate (roles are back).
 * Runs only when the site runs the plugin from its zip (npm test: test-e2e.sh --from-zip), never
 * on a symlink to the source tree, which deleting the plugin would wipe.
 */
import { test, expect } from '@playwright/test';
import type { Page } from '@playwright/test';

const zip = process.env.WEBINARS_PLUGIN_ZIP;
const plugin = 'webinars/webinars.php';

async function roleOptions( page: Page ): Promise< string[] > {
	await page.goto( '/wp-admin/user-new.php' );
	return page.locator( '#role option' ).allTextContents();
}

test.skip(
	! zip,
	'needs the plugin installed from its zip (bash scripts/test-e2e.sh --from-zip)'
);

test( 'deactivate keeps roles, delete removes them, the zip installs and activates again', async ( {
	page,
} ) => {
	const row = page.locator( `tr[data-plugin="${ plugin }"]` );

	// Deactivate: the plugin's roles stay.
	await page.goto( '/wp-admin/plugins.php' );
	await row.getByRole( 'link', { name: /^Deactivate/ } ).click();
	await expect( page.locator( '#message' ) ).toContainText(
		'Plugin deactivated.'
	);
	await expect( row ).toHaveClass( /\binactive\b/ );
	expect( await roleOptions( page ) ).toContain( 'Webinar speaker' );

	// Delete: WordPress runs uninstall.php, which removes the roles.
	await page.goto( '/wp-admin/plugins.php' );
	page.once( 'dialog', ( dialog ) => dialog.accept() );
	await row.getByRole( 'link', { name: /^Delete/ } ).click();
	await expect(
		page.locator( '.plugin-deleted-tr, .notice-success' ).first()
	).toContainText( /deleted/i );
	await page.reload();
	await expect( row ).toHaveCount( 0 );
	const afterDelete = await roleOptions( page );
	expect( afterDelete ).not.toContain( 'Webinar speaker' );
	expect( afterDelete ).not.toContain( 'Webinar organizer' );

	// Upload the zip and activate.
	await page.goto( '/wp-admin/plugin-install.php?tab=upload' );
	await page.locator( '#pluginzip' ).setInputFiles( zip! );
	await page.locator( '#install-plugin-submit' ).click();
	await expect( page.locator( '#wpbody-content' ) ).toContainText(
		'Plugin installed successfully.'
	);
	await page.getByRole( 'link', { name: 'Activate Plugin' } ).click();
	await expect( page.locator( '#message' ) ).toContainText(
		'Plugin activated.'
	);
	await expect( row ).toHaveClass( /\bactive\b/ );
	const roles = await roleOptions( page );
	for ( const role of [
		'Webinar organizer',
		'Webinar speaker',
		'Webinar moderator',
		'Webinar attendee',
		'Webinar guest',
	] ) {
		expect( roles ).toContain( role );
	}

	// And the freshly installed plugin serves its runtime on the demo page.
	await page.goto( '/demo-webinar/' );
	await page.waitForFunction( () =>
		Boolean( ( window as any ).webinars?.hooks )
	);
} );
