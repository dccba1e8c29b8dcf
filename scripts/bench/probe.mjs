#!/usr/bin/env node
/**
 * Prepares and checks the routes before `npm run bench:room` measures them (scripts/bench-room.sh):
 * starts the bench webinar (real routes), warms each route up, and reads what a warm poll costs in SQL
 * (the X-Bench-Queries header of scripts/bench/webinars-bench.php) for a 200, a 304 and the minimal route.
 *
 *   node scripts/bench/probe.mjs BASE_URL SETUP_JSON_FILE real|stub
 *
 * Prints one JSON object: { room_path, ping_path, cta_path, etag, version, queries, checks, query_lists }.
 */
import { readFileSync } from 'node:fs';

const [ base, setupFile, mode ] = process.argv.slice( 2 );
const setup = JSON.parse( readFileSync( setupFile, 'utf8' ) );
const w = setup.webinars[ 0 ];
const auth =
	'Basic ' +
	Buffer.from( `${ setup.user }:${ setup.app_password }` ).toString(
		'base64'
	);
const real = mode === 'real';

const roomPath = real
	? `/wp-json/webinars/v1/rooms/${ w.webinar_id }?key=${ encodeURIComponent( w.room_key ) }`
	: `/wp-json/bench/v1/stub-rooms/${ w.webinar_id }`;
const ctaPath = real
	? '/wp-json/webinars/v1/actions/core_webinar_set_cta_visibility'
	: '/wp-json/bench/v1/stub-cta';
const pingPath = '/wp-json/bench/v1/ping';

async function get( path, headers = {} ) {
	const r = await fetch( base + path, {
		headers: {
			Accept: 'application/json',
			'X-Bench-Explain': '1',
			...headers,
		},
	} );
	const body = await r.text();
	return { status: r.status, headers: Object.fromEntries( r.headers ), body };
}

async function post( path, data ) {
	const r = await fetch( base + path, {
		method: 'POST',
		headers: {
			Authorization: auth,
			'Content-Type': 'application/json',
			Accept: 'application/json',
		},
		body: JSON.stringify( data ),
	} );
	return { status: r.status, body: await r.text() };
}

const out = {
	mode,
	room_path: roomPath,
	ping_path: pingPath,
	cta_path: ctaPath,
	webinar_id: w.webinar_id,
	checks: {},
	queries: {},
	query_lists: {},
};
const fail = ( msg ) => {
	process.stderr.write( `[probe] ${ msg }\n` );
	process.exit( 1 );
};

if ( real ) {
	const s = await post(
		'/wp-json/webinars/v1/actions/core_webinar_set_status',
		{ webinar_id: w.webinar_id, status: 'start' }
	);
	out.checks.start = s.status;
	if ( s.status !== 200 ) {
		fail(
			`starting the webinar failed: ${ s.status } ${ s.body.slice( 0, 300 ) }`
		);
	}
	const c = await post( ctaPath, {
		webinar_id: w.webinar_id,
		visible: false,
	} );
	if ( c.status !== 200 ) {
		fail(
			`the CTA action failed: ${ c.status } ${ c.body.slice( 0, 300 ) }`
		);
	}
	const nokey = await get(
		`/wp-json/webinars/v1/rooms/${ w.webinar_id }?key=${ '0'.repeat( 64 ) }`
	);
	out.checks.wrong_key_status = nokey.status;
}

let r;
for ( let i = 0; i < 3; i++ ) {
	r = await get( roomPath );
}
if ( r.status !== 200 ) {
	fail( `GET ${ roomPath } → ${ r.status } ${ r.body.slice( 0, 300 ) }` );
}
out.etag = r.headers.etag ?? null;
out.version = /"r\d+-v(\d+)"/.exec( out.etag ?? '' )?.[ 1 ] ?? null;
out.checks.cache_control = r.headers[ 'cache-control' ] ?? null;
out.checks.set_cookie = r.headers[ 'set-cookie' ] ?? null;
out.checks.vary = r.headers.vary ?? null;
out.checks.body = r.body.slice( 0, 400 );
out.queries.room_200 = Number( r.headers[ 'x-bench-queries' ] ?? NaN );
out.query_lists.room_200 = r.headers[ 'x-bench-query-list' ] ?? '';
if ( ! out.etag ) {
	fail( `GET ${ roomPath } sent no ETag` );
}

for ( let i = 0; i < 3; i++ ) {
	r = await get( roomPath, { 'If-None-Match': out.etag } );
}
out.checks.inm_status = r.status;
out.queries.room_304 = Number( r.headers[ 'x-bench-queries' ] ?? NaN );
out.query_lists.room_304 = r.headers[ 'x-bench-query-list' ] ?? '';

for ( let i = 0; i < 3; i++ ) {
	r = await get( pingPath );
}
if ( r.status !== 200 ) {
	fail( `GET ${ pingPath } → ${ r.status } ${ r.body.slice( 0, 300 ) }` );
}
out.queries.ping = Number( r.headers[ 'x-bench-queries' ] ?? NaN );
out.query_lists.ping = r.headers[ 'x-bench-query-list' ] ?? '';

process.stdout.write( JSON.stringify( out ) + '\n' );
