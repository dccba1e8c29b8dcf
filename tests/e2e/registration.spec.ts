/**
 * Registration end to end: a visitor (a fresh browser context, no account) finds the form in the
 * guest part of the attendee view, is told which field is wrong (focus moves to it), registers
 * with the page's ?ref=, and sees the personal join link and calendar links; the join link, opened
 * in another fresh context, is the attendee view as a participant: the live status, no login.
 * Screenshots of the form (1280 and 390 px wide) and of the thank-you go to artifacts/screenshots.
 */
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

test.use( { storageState: { cookies: [], origins: [] } } );

const shots = path.resolve( __dirname, '../../artifacts/screenshots' );

let admin: RequestUtils;
const posts: Array< { type: 'webinars' | 'pages'; id: number } > = [];
let webinarId = 0;
let publicUrl = '';

async function createPost(
	type: 'webinars' | 'pages',
	data: Record< string, unknown >
): Promise< { id: number; link: string } > {
	const post = await admin.rest< { id: number; link: string } >( {
		method: 'POST',
		path: `/wp/v2/${ type }`,
		data: { status: 'publish', ...data },
	} );
	posts.push( { type, id: post.id } );
	return post;
}

const setStatus = ( status: 'start' | 'stop' ) =>
	admin.rest( {
		method: 'POST',
		path: '/webinars/v1/actions/core_webinar_set_status',
		data: { webinar_id: webinarId, status },
	} );

test.beforeAll( async ( { baseURL } ) => {
	admin = await RequestUtils.setup( {
		baseURL,
		user: {
			username: process.env.WP_USERNAME ?? 'admin',
			password: process.env.WP_PASSWORD ?? 'password',
		},
	} );
	const run = Date.now().toString( 36 );
	webinarId = (
		await createPost( 'webinars', {
			title: `E2E registration ${ run }`,
			meta: {
				webinars_starts_at: new Date(
					Date.now() + 26 * 3600 * 1000
				).toISOString(),
				webinars_type: 'live',
			},
		} )
	).id;
	publicUrl = (
		await createPost( 'pages', {
			title: `Register ${ run }`,
			content: `<!-- wp:webinars/public {"webinarId":${ webinarId }} /-->`,
		} )
	).link;
} );

test.afterAll( async () => {
	await setStatus( 'stop' ).catch( () => undefined );
	for ( const post of posts.reverse() ) {
		await admin
			.rest( {
				method: 'DELETE',
				path: `/wp/v2/${ post.type }/${ post.id }`,
				params: { force: true },
			} )
			.catch( () => undefined );
	}
} );

test( 'a visitor registers on the attendee page and joins with the personal link', async ( {
	browser,
} ) => {
	const visitor = await browser.newContext( {
		viewport: { width: 1280, height: 900 },
	} );
	const page = await visitor.newPage();
	const url = new URL( publicUrl );
	url.searchParams.set( 'ref', 'e2e-partner' );
	await page.goto( url.toString() );
	const form = page.locator(
		'.wp-block-webinars-public form.webinars-registration'
	);
	await expect( form ).toBeVisible();
	await expect( form.getByLabel( 'Name' ) ).toBeVisible();
	await expect( form.getByLabel( 'E-mail' ) ).toBeVisible();
	await expect( form.getByLabel( 'Phone (optional)' ) ).toBeVisible();
	await page.screenshot( {
		path: `${ shots }/registration-1280.png`,
		fullPage: true,
	} );
	await page.setViewportSize( { width: 390, height: 844 } );
	await page.screenshot( {
		path: `${ shots }/registration-390.png`,
		fullPage: true,
	} );
	await page.setViewportSize( { width: 1280, height: 900 } );

	// Nothing filled: the first field is named and focused.
	await form.getByRole( 'button', { name: 'Register' } ).click();
	await expect( form.getByRole( 'alert' ) ).toContainText( 'Name' );
	await expect( form.getByLabel( 'Name' ) ).toBeFocused();
	await expect( form.getByLabel( 'Name' ) ).toHaveAttribute(
		'aria-invalid',
		'true'
	);

	await form.getByLabel( 'Name' ).fill( 'Grace Hopper' );
	await form
		.getByLabel( 'E-mail' )
		.fill( `grace.${ Date.now() }@example.org` );
	await form.getByRole( 'button', { name: 'Register' } ).click();
	await expect( form.getByRole( 'alert' ) ).toContainText( 'Consent' );
	await expect( form.getByRole( 'checkbox' ) ).toBeFocused();

	await form.getByRole( 'checkbox' ).check();
	const answer = page.waitForResponse( ( r ) =>
		r.url().includes( '/webinars/v1/registrations' )
	);
	await form.getByRole( 'button', { name: 'Register' } ).click();
	const response = await answer;
	expect( response.status() ).toBe( 201 );
	expect( JSON.parse( response.request().postData() ?? '{}' ) ).toMatchObject(
		{
			ref_id: 'e2e-partner',
			webinar_id: webinarId,
		}
	);

	const done = page.locator( '.webinars-registration__done' );
	await expect( done ).toBeVisible();
	await expect( form ).toBeHidden();
	await expect( done ).toBeFocused();
	const join = done.getByRole( 'link', { name: 'Join the webinar' } );
	const joinUrl = ( await join.getAttribute( 'href' ) ) ?? '';
	expect( joinUrl ).toMatch( /[?&]wt=[A-Za-z0-9._-]{20,}/ );
	await expect(
		done.getByRole( 'link', { name: 'Add to calendar (.ics)' } )
	).toHaveAttribute( 'href', /calendar\.ics$/ );
	await expect(
		done.getByRole( 'link', { name: /Google Calendar/ } )
	).toHaveAttribute( 'href', /calendar\.google\.com/ );
	await page.screenshot( {
		path: `${ shots }/registration-thanks.png`,
		fullPage: true,
	} );
	await visitor.close();

	// The .ics is public.
	const ics = await (
		await fetch(
			new URL(
				`/?rest_route=/webinars/v1/webinars/${ webinarId }/calendar.ics`,
				publicUrl
			)
		)
	).text();
	expect( ics ).toMatch( /^BEGIN:VCALENDAR\r\n/ );

	// Another fresh context, the link only: a participant, no login, the live status.
	await setStatus( 'start' );
	const attendee = await browser.newContext();
	const joined = await attendee.newPage();
	await joined.goto( joinUrl );
	const view = joined.locator( '.wp-block-webinars-public' );
	await expect( view.locator( '.webinars-public__status' ) ).toHaveText(
		'Live now',
		{ timeout: 5000 }
	);
	await expect( view.locator( 'form.webinars-registration' ) ).toHaveCount(
		0
	);
	await expect( view.locator( '.webinars-public__login' ) ).toHaveCount( 0 );
	await attendee.close();
} );
