/**
 * Logs in once as admin (admin / password) and saves the storage state (cookies + REST nonce) that every
 * test starts from (playwright.config.ts: use.storageState). Tests that need a logged-out browser use
 * `test.use( { storageState: { cookies: [], origins: [] } } )`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { request, type FullConfig } from '@playwright/test';
import { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

async function globalSetup( config: FullConfig ): Promise< void > {
	const baseURL =
		config.projects[ 0 ]?.use.baseURL ?? process.env.WP_BASE_URL;
	const storageStatePath = process.env.STORAGE_STATE_PATH;
	if ( ! baseURL || ! storageStatePath ) {
		throw new Error(
			'baseURL / STORAGE_STATE_PATH not set (see playwright.config.ts)'
		);
	}
	fs.mkdirSync( path.dirname( storageStatePath ), { recursive: true } );

	const requestContext = await request.newContext( { baseURL } );
	try {
		const requestUtils = new RequestUtils( requestContext, {
			storageStatePath,
			baseURL,
			user: {
				username: process.env.WP_USERNAME ?? 'admin',
				password: process.env.WP_PASSWORD ?? 'password',
			},
		} );
		await requestUtils.setupRest();
	} catch ( error ) {
		throw new Error(
			`Could not log in to ${ baseURL } as admin: is the site up and installed? ` +
				`(npm run test:e2e does both)\n${ String( error ) }`
		);
	} finally {
		await requestContext.dispose();
	}
}

export default globalSetup;
