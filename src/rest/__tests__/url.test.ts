import { restUrl } from '../url';

describe( 'restUrl', () => {
	it( 'joins the pretty root, the route and the query', () => {
		expect(
			restUrl( 'http://site/wp-json/', 'webinars/v1/rooms/12', {
				key: 'ab',
			} )
		).toBe( 'http://site/wp-json/webinars/v1/rooms/12?key=ab' );
		// Leading slash on the route, missing trailing slash on the root.
		expect(
			restUrl( 'http://site/wp-json', '/webinars/v1/rooms/12' )
		).toBe( 'http://site/wp-json/webinars/v1/rooms/12' );
	} );

	it( 'puts the route inside rest_route with plain permalinks', () => {
		expect(
			restUrl( 'http://site/?rest_route=/', 'webinars/v1/rooms/12', {
				key: 'ab',
			} )
		).toBe( 'http://site/?rest_route=/webinars/v1/rooms/12&key=ab' );
		expect(
			restUrl(
				'http://site/index.php?rest_route=%2F&lang=en',
				'/webinars/v1/rooms/12/me'
			)
		).toBe(
			'http://site/index.php?rest_route=/webinars/v1/rooms/12/me&lang=en'
		);
	} );

	it( 'encodes query values and leaves out undefined ones', () => {
		expect(
			restUrl( '/wp-json/', 'x', { a: 'b c&d', n: 3, skip: undefined } )
		).toBe( '/wp-json/x?a=b%20c%26d&n=3' );
	} );
} );
