/**
 * Builds REST URLs from the site's REST root, which is either the pretty form
 * (`http://site/wp-json/`) or, with plain permalinks, the query form (`http://site/?rest_route=/`).
 */

export type QueryArgs = Record< string, string | number | boolean | undefined >;

const encodeQuery = ( query: QueryArgs ): string =>
	Object.entries( query )
		.filter(
			( entry ): entry is [ string, string | number | boolean ] =>
				entry[ 1 ] !== undefined
		)
		.map(
			( [ key, value ] ) =>
				`${ encodeURIComponent( key ) }=${ encodeURIComponent(
					String( value )
				) }`
		)
		.join( '&' );

/**
 * @param restRoot The REST root, e.g. `http://site/wp-json/` or `http://site/?rest_route=/`.
 * @param path     Route without the root, e.g. `webinars/v1/rooms/12` (a leading slash is fine).
 * @param query    Query arguments; undefined values are left out.
 * @return The absolute (or root-relative, like restRoot) URL.
 */
export function restUrl(
	restRoot: string,
	path: string,
	query: QueryArgs = {}
): string {
	const route = path.replace( /^\/+/, '' );
	const search = encodeQuery( query );
	const routeArg = /([?&]rest_route=)([^&#]*)/.exec( restRoot );

	if ( routeArg ) {
		// The route travels inside the rest_route argument; slashes may stay literal there.
		const base = decodeURIComponent( routeArg[ 2 ] ?? '' ).replace(
			/\/*$/,
			'/'
		);
		const start = routeArg.index + ( routeArg[ 1 ] ?? '' ).length;
		const end = routeArg.index + routeArg[ 0 ].length;
		const url =
			restRoot.slice( 0, start ) +
			encodeURI( base + route ) +
			restRoot.slice( end );
		return search ? `${ url }&${ search }` : url;
	}

	const url = restRoot.replace( /\/*$/, '/' ) + route;
	if ( ! search ) {
		return url;
	}
	return `${ url }${ url.includes( '?' ) ? '&' : '?' }${ search }`;
}
