#!/usr/bin/env node
/**
 * Simulated attendees polling a URL like the room client does (docs/rest.md "Polling"): every
 * `interval` ms ± `jitter`, the next poll scheduled when the previous one ended, `If-None-Match` with the
 * last ETag seen, `Retry-After` honoured on 429, exponential backoff on errors. Keep-alive connections
 * (node:http agents), all traffic to 127.0.0.1. Part of `npm run bench:room` (scripts/bench-room.sh).
 *
 *   node scripts/bench/poll.mjs --url=http://127.0.0.1:8889/wp-json/bench/v1/ping --n=200 --duration=25
 *
 * Options (all --name=value):
 *   --url        URL to poll; repeat the option for several webinars (pollers are spread round-robin)
 *   --n          number of pollers (default 50)
 *   --duration   seconds of the whole run, ramp included (default 25)
 *   --ramp       seconds at the start left out of the figures (default 3; pollers start spread over it)
 *   --interval   poll interval in ms (default 2000); --jitter fraction (default 0.2)
 *   --inm        1 = send If-None-Match with the last ETag (default 1)
 *   --conns      keep-alive agents (default min(n, 200)); each holds at most --per-conn sockets (default 2)
 *   --addrs      distinct client addresses 127.0.x.y used by the agents (default = conns; 1 = 127.0.0.1 only),
 *                so that a per-address throttle sees many clients as it would in production
 *   --toggle-url URL of the CTA action (POST); with it the run measures CTA propagation: after the ramp,
 *                every --toggle-gap seconds (default 7) the CTA is flipped --toggles times (default 5) with
 *                --toggle-body='{"webinar_id":12}' (+ "visible") and --toggle-auth=user:app-password
 *   --label      free text copied into the result
 * Prints one JSON object (the figures) on stdout.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const opts = { url: [] };
for ( const arg of process.argv.slice( 2 ) ) {
	const m = /^--([\w-]+)(?:=(.*))?$/s.exec( arg );
	if ( ! m ) {
		throw new Error( `bad argument ${ arg }` );
	}
	if ( m[ 1 ] === 'url' ) {
		opts.url.push( m[ 2 ] );
	} else {
		opts[ m[ 1 ] ] = m[ 2 ] ?? '1';
	}
}
if ( ! opts.url.length ) {
	throw new Error( '--url is required' );
}
const N = Number( opts.n ?? 50 );
const DURATION = Number( opts.duration ?? 25 ) * 1000;
const RAMP = Number( opts.ramp ?? 3 ) * 1000;
const INTERVAL = Number( opts.interval ?? 2000 );
const JITTER = Number( opts.jitter ?? 0.2 );
const INM = ( opts.inm ?? '1' ) === '1';
const CONNS = Number( opts.conns ?? Math.min( N, 200 ) );
const PER_CONN = Number( opts[ 'per-conn' ] ?? 2 );
const ADDRS = Math.max(
	1,
	Math.min( Number( opts.addrs ?? CONNS ), CONNS, 250 * 250 )
);
const TIMEOUT = 15000;

const clientAddr = ( k ) =>
	ADDRS === 1
		? '127.0.0.1'
		: `127.0.${ 1 + Math.floor( k / 250 ) }.${ 2 + ( k % 250 ) }`;
const agents = Array.from(
	{ length: CONNS },
	() =>
		new http.Agent( {
			keepAlive: true,
			maxSockets: PER_CONN,
			keepAliveMsecs: 10000,
		} )
);

const t0 = performance.now();
const now = () => performance.now() - t0;

/** @type {{t:number, lat:number, status:number, cache?:string}[]} */
const samples = [];
const netErrors = {};
let running = true;
let inFlight = 0;
let queriesSeen = null;
const pollers = [];

function request(
	url,
	{ method = 'GET', headers = {}, body = null, agent, localAddress } = {}
) {
	return new Promise( ( resolve ) => {
		const start = now();
		const req = http.request(
			url,
			{ method, headers, agent, localAddress, timeout: TIMEOUT },
			( res ) => {
				const chunks = [];
				res.on( 'data', ( c ) => chunks.push( c ) );
				res.on( 'end', () =>
					resolve( {
						start,
						end: now(),
						status: res.statusCode,
						headers: res.headers,
						body: Buffer.concat( chunks ).toString(),
					} )
				);
				res.on( 'error', ( e ) =>
					resolve( {
						start,
						end: now(),
						status: 0,
						error: e.code || e.message,
					} )
				);
			}
		);
		req.on( 'timeout', () => req.destroy( new Error( 'timeout' ) ) );
		req.on( 'error', ( e ) =>
			resolve( {
				start,
				end: now(),
				status: 0,
				error: e.code || e.message,
			} )
		);
		if ( body ) {
			req.write( body );
		}
		req.end();
	} );
}

const versionOf = ( etag ) => {
	const m = /"r\d+-v(\d+)"/.exec( etag || '' );
	return m ? Number( m[ 1 ] ) : null;
};

const nextDelay = () => INTERVAL * ( 1 - JITTER + 2 * JITTER * Math.random() );

async function poller( i ) {
	const p = {
		i,
		url: opts.url[ i % opts.url.length ],
		etag: null,
		version: null,
		seen: new Map(),
	};
	pollers.push( p );
	const k = i % CONNS;
	const agent = agents[ k ];
	const localAddress = clientAddr( k % ADDRS );
	let backoff = 0;
	await sleep( Math.random() * Math.min( INTERVAL, RAMP || INTERVAL ) );
	while ( running ) {
		const headers = { Accept: 'application/json' };
		if ( INM && p.etag ) {
			headers[ 'If-None-Match' ] = p.etag;
		}
		inFlight++;
		const r = await request( p.url, { headers, agent, localAddress } );
		inFlight--;
		if ( ! running ) {
			break;
		}
		samples.push( {
			t: r.end,
			lat: r.end - r.start,
			status: r.status,
			cache: r.headers?.[ 'x-cache' ],
		} );
		let delay = nextDelay();
		if ( r.status === 200 || r.status === 304 ) {
			backoff = 0;
			if ( r.headers.etag ) {
				p.etag = r.headers.etag;
				const v = versionOf( r.headers.etag );
				if ( v !== null && v !== p.version ) {
					p.version = v;
					p.seen.set( v, r.end );
				}
			}
			if ( queriesSeen === null && r.headers[ 'x-bench-queries' ] ) {
				queriesSeen = Number( r.headers[ 'x-bench-queries' ] );
			}
		} else if ( r.status === 429 ) {
			const ra = Number( r.headers[ 'retry-after' ] );
			delay = Math.max(
				delay,
				( Number.isFinite( ra ) ? ra : 1 ) * 1000
			);
		} else {
			if ( r.status === 0 ) {
				netErrors[ r.error ] = ( netErrors[ r.error ] || 0 ) + 1;
			}
			backoff = Math.min( backoff ? backoff * 2 : 1000, 30000 );
			delay = Math.max( delay, backoff );
		}
		await sleep( delay );
	}
}

function sleep( ms ) {
	return new Promise( ( r ) => setTimeout( r, ms ) );
}

function pct( sorted, q ) {
	if ( ! sorted.length ) {
		return null;
	}
	const idx = Math.min(
		sorted.length - 1,
		Math.max( 0, Math.ceil( q * sorted.length ) - 1 )
	);
	return sorted[ idx ];
}
const round = ( x, d = 1 ) =>
	x === null || x === undefined ? null : Math.round( x * 10 ** d ) / 10 ** d;

async function toggler() {
	const url = opts[ 'toggle-url' ];
	const toggles = Number( opts.toggles ?? 5 );
	const gap = Number( opts[ 'toggle-gap' ] ?? 7 ) * 1000;
	const base = JSON.parse( opts[ 'toggle-body' ] ?? '{}' );
	const auth =
		'Basic ' +
		Buffer.from( opts[ 'toggle-auth' ] ?? '' ).toString( 'base64' );
	const agent = new http.Agent( { keepAlive: true } );
	const events = [];
	await sleep( RAMP );
	// Start from a known state: CTA hidden.
	let visible = false;
	await request( url, {
		method: 'POST',
		agent,
		headers: { Authorization: auth, 'Content-Type': 'application/json' },
		body: JSON.stringify( { ...base, visible } ),
	} );
	await sleep( gap );
	for ( let k = 0; k < toggles && running; k++ ) {
		visible = ! visible;
		const r = await request( url, {
			method: 'POST',
			agent,
			headers: {
				Authorization: auth,
				'Content-Type': 'application/json',
			},
			body: JSON.stringify( { ...base, visible } ),
		} );
		let version = null;
		try {
			const j = JSON.parse( r.body );
			version = j?.state?.version ?? null;
		} catch {}
		events.push( {
			sent: r.start,
			done: r.end,
			status: r.status,
			version,
			body: r.status === 200 ? undefined : r.body?.slice( 0, 300 ),
		} );
		await sleep( gap );
	}
	return events;
}

const toggling = opts[ 'toggle-url' ] ? toggler() : Promise.resolve( null );
const cpu0 = process.cpuUsage();
const all = Array.from( { length: N }, ( _, i ) => poller( i ) );
let events = null;
if ( opts[ 'toggle-url' ] ) {
	events = await toggling;
	running = false;
} else {
	await sleep( DURATION );
	running = false;
}
const endAt = now();
await Promise.race( [ Promise.all( all ), sleep( TIMEOUT + 1000 ) ] );
const cpu = process.cpuUsage( cpu0 );
for ( const a of agents ) {
	a.destroy();
}

const windowEnd = Math.min( endAt, opts[ 'toggle-url' ] ? endAt : DURATION );
const win = samples.filter( ( s ) => s.t >= RAMP && s.t <= windowEnd );
const secs = ( windowEnd - RAMP ) / 1000;
const lats = win.map( ( s ) => s.lat ).sort( ( a, b ) => a - b );
const codes = {};
const cache = {};
for ( const s of win ) {
	codes[ s.status ] = ( codes[ s.status ] || 0 ) + 1;
	if ( s.cache ) {
		cache[ s.cache ] = ( cache[ s.cache ] || 0 ) + 1;
	}
}
const ok = ( codes[ 200 ] || 0 ) + ( codes[ 304 ] || 0 );
const result = {
	label: opts.label ?? null,
	n: N,
	urls: opts.url.length,
	conns: CONNS,
	addrs: ADDRS,
	interval_ms: INTERVAL,
	window_s: round( secs, 2 ),
	window_start_ms: Math.round( RAMP ),
	window_end_ms: Math.round( windowEnd ),
	started_at_unix: Date.now() / 1000 - endAt / 1000,
	requests: win.length,
	rps: round( win.length / secs, 1 ),
	expected_rps: round( N / ( INTERVAL / 1000 ), 1 ),
	p50_ms: round( pct( lats, 0.5 ) ),
	p95_ms: round( pct( lats, 0.95 ) ),
	p99_ms: round( pct( lats, 0.99 ) ),
	mean_ms: round(
		lats.reduce( ( a, b ) => a + b, 0 ) / ( lats.length || 1 )
	),
	max_ms: round( lats[ lats.length - 1 ] ?? null ),
	codes,
	share_304: round( win.length ? ( codes[ 304 ] || 0 ) / win.length : 0, 3 ),
	n_429: codes[ 429 ] || 0,
	errors: win.length - ok - ( codes[ 429 ] || 0 ),
	net_errors: netErrors,
	x_cache: Object.keys( cache ).length ? cache : undefined,
	queries_header: queriesSeen,
	poller_cpu_s: round( ( cpu.user + cpu.system ) / 1e6, 2 ),
	in_flight_at_end: inFlight,
};

if ( events ) {
	const props = [];
	for ( const e of events ) {
		if ( e.status !== 200 || e.version === null ) {
			props.push( {
				status: e.status,
				version: e.version,
				error: e.body,
			} );
			continue;
		}
		const delays = [];
		let missing = 0;
		for ( const p of pollers ) {
			let first = null;
			for ( const [ v, t ] of p.seen ) {
				if (
					v >= e.version &&
					t >= e.sent &&
					( first === null || t < first )
				) {
					first = t;
				}
			}
			if ( first === null ) {
				missing++;
			} else {
				delays.push( first - e.sent );
			}
		}
		delays.sort( ( a, b ) => a - b );
		props.push( {
			version: e.version,
			post_ms: round( e.done - e.sent ),
			p50_ms: round( pct( delays, 0.5 ) ),
			max_ms: round( delays[ delays.length - 1 ] ?? null ),
			missing,
		} );
	}
	const good = props.filter(
		( p ) => p.max_ms !== null && p.max_ms !== undefined && ! p.missing
	);
	result.propagation = {
		toggles: props,
		mean_last_ms: round(
			good.reduce( ( a, p ) => a + p.max_ms, 0 ) / ( good.length || 1 )
		),
		max_last_ms: round( Math.max( ...good.map( ( p ) => p.max_ms ), 0 ) ),
		mean_p50_ms: round(
			good.reduce( ( a, p ) => a + p.p50_ms, 0 ) / ( good.length || 1 )
		),
		complete: good.length,
		failed: props.length - good.length,
	};
}

process.stdout.write( JSON.stringify( result ) + '\n' );
process.exit( 0 );
