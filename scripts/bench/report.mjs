#!/usr/bin/env node
/**
 * Turns the raw files of one `npm run bench:room` run (.cache/bench/runs/<id>/) into Markdown tables,
 * prints them, and with --write=BENCHMARKS.md inserts them as a dated section under the results marker
 * (newest first; a section with the same heading is replaced).
 *
 *   node scripts/bench/report.mjs .cache/bench/runs/<id> [--write=BENCHMARKS.md]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [ dir, ...rest ] = process.argv.slice( 2 );
const writeTo = rest.find( ( a ) => a.startsWith( '--write=' ) )?.slice( 8 );
const MARKER =
	'<!-- bench:room results, newest first (scripts/bench/report.mjs inserts here) -->';

const read = ( f ) =>
	existsSync( join( dir, f ) )
		? readFileSync( join( dir, f ), 'utf8' )
		: null;
const readJson = ( f ) => {
	const t = read( f );
	return t ? JSON.parse( t ) : null;
};
const files = readdirSync( dir );
const meta = readJson( 'meta.json' );
const probe = readJson( 'probe.json' );
const fmt = ( x, d = 0 ) =>
	x === null || x === undefined || Number.isNaN( x )
		? '–'
		: Number( x ).toFixed( d );
const pctStr = ( x ) =>
	x === null || x === undefined ? '–' : `${ Math.round( x * 100 ) } %`;
const nOf = ( f ) => Number( /-(\d+)\.json$/.exec( f )[ 1 ] );
const byN = ( prefix ) =>
	files
		.filter( ( f ) => f.startsWith( prefix ) && f.endsWith( '.json' ) )
		.sort( ( a, b ) => nOf( a ) - nOf( b ) )
		.map( ( f ) => readJson( f ) );
const codesStr = ( c ) =>
	Object.entries( c || {} )
		.map( ( [ k, v ] ) => `${ k === '0' ? 'net' : k }×${ v }` )
		.join( ' ' );

const out = [];
const routeName = meta.mode === 'stub' ? 'room (STUB)' : 'room';
out.push(
	`### ${ meta.date } — room-state polling, ${ meta.mode === 'stub' ? 'bench STUB of the room route' : 'webinars/v1/rooms/{id}' } (run ${ meta.run_id })`,
	'',
	`Machine: ${ meta.cores } cores (${ meta.cpu }), ${ meta.mem_gib } GiB; the stack of scripts/lib/stack.sh: nginx ${ meta.nginx }, ` +
		`php-fpm ${ meta.php } (pm.max_children ${ meta.fpm_children }, opcache on, WP_DEBUG on), MariaDB ${ meta.mariadb }, ` +
		`WordPress ${ meta.wordpress }; load generators (node ${ meta.node }, wrk) on the same 2 cores, all on 127.0.0.1.`,
	''
);
const busy = {};
for ( const l of ( read( 'cpu-busy.log' ) || '' )
	.split( '\n' )
	.filter( Boolean ) ) {
	const [ what, before, other ] = l.split( ' ' );
	busy[ what ] = { before: Number( before ), other: Number( other ?? NaN ) };
}
const other = ( label ) =>
	busy[ label ] && ! Number.isNaN( busy[ label ].other )
		? `${ busy[ label ].other } %`
		: '–';
if ( Object.values( busy ).some( ( x ) => ! Number.isNaN( x.other ) ) ) {
	const worst = Object.entries( busy )
		.filter( ( x ) => ! Number.isNaN( x[ 1 ].other ) )
		.reduce( ( a, x ) => ( x[ 1 ].other > a[ 1 ].other ? x : a ) );
	out.push(
		'"other" = share of the 2 CPUs used by processes outside the measurement (other people\'s builds and tests on this ' +
			'machine) while it ran; the bench waits for ≤ 15 % before each measurement and runs a disturbed wrk run again. ' +
			`Worst: ${ worst[ 1 ].other } % (${ worst[ 0 ] })${ worst[ 1 ].other > 15 ? ' — **figures with a high "other" are skewed**' : '' }.`,
		''
	);
}

// ---- 1 + 2: pollers, room vs ping
const rooms = byN( 'poll-room-' );
const pings = byN( 'poll-ping-' );
if ( rooms.length || pings.length ) {
	out.push(
		`**Pollers at the origin** (every 2 s ± 20 %, If-None-Match with the last ETag, keep-alive; ${ meta.duration } s per scenario, the first ${ meta.ramp } s left out):`,
		'',
		'| N | route | req/s (offered) | p50 ms | p95 ms | 304 | errors | 429 | other |',
		'| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
	);
	const ns = [
		...new Set( [ ...rooms, ...pings ].map( ( r ) => r.n ) ),
	].sort( ( a, b ) => a - b );
	for ( const n of ns ) {
		for ( const [ name, r, key ] of [
			[ routeName, rooms.find( ( x ) => x.n === n ), `poll-room-${ n }` ],
			[ 'ping', pings.find( ( x ) => x.n === n ), `poll-ping-${ n }` ],
		] ) {
			if ( r ) {
				out.push(
					`| ${ n } | ${ name } | ${ fmt( r.rps, 1 ) } (${ fmt( r.expected_rps ) }) | ${ fmt( r.p50_ms, 1 ) } | ${ fmt( r.p95_ms, 1 ) } | ${ pctStr( r.share_304 ) } | ${ r.errors }${
						Object.keys( r.net_errors || {} ).length
							? ' (' +
								Object.entries( r.net_errors )
									.map( ( [ k, v ] ) => `${ k }×${ v }` )
									.join( ' ' ) +
								')'
							: ''
					} | ${ r.n_429 } | ${ other( key ) } |`
				);
			}
		}
	}
	out.push( '' );
}

// ---- wrk
function parseWrk( text ) {
	const num = ( re ) => {
		const m = re.exec( text );
		return m ? m : null;
	};
	const toMs = ( v, u ) =>
		Number( v ) * ( { us: 0.001, ms: 1, s: 1000, m: 60000 }[ u ] ?? NaN );
	const rps = num( /Requests\/sec:\s+([\d.]+)/ );
	const lat = num( /Latency\s+([\d.]+)(us|ms|s|m)\s/ );
	const p50 = num( /\s50%\s+([\d.]+)(us|ms|s|m)/ );
	const p99 = num( /\s99%\s+([\d.]+)(us|ms|s|m)/ );
	const codes = num( /codes: (.*)/ );
	const sock = num( /Socket errors: (.*)/ );
	return {
		rps: rps ? Number( rps[ 1 ] ) : null,
		mean_ms: lat ? toMs( lat[ 1 ], lat[ 2 ] ) : null,
		p50_ms: p50 ? toMs( p50[ 1 ], p50[ 2 ] ) : null,
		p99_ms: p99 ? toMs( p99[ 1 ], p99[ 2 ] ) : null,
		codes: codes ? codes[ 1 ].trim() : '',
		socket_errors: sock ? sock[ 1 ].trim() : '',
	};
}
const wrk = {};
for ( const f of files.filter( ( x ) => /^wrk-.*\.txt$/.test( x ) ) ) {
	const [ , what, round ] = /^wrk-(.*)-(\d+)\.txt$/.exec( f );
	const b = busy[ `wrk-${ what }-${ round }` ];
	( wrk[ what ] ||= [] ).push( {
		...parseWrk( read( f ) ),
		round: Number( round ),
		other: b ? b.other : NaN,
	} );
}
// Other work only ever slows a run down: take each route's fastest round among the undisturbed ones
// (other ≤ 15 %), or the fastest of all when every round was disturbed.
const best = ( list ) => {
	const calm = list.filter( ( x ) => ! ( x.other > 15 ) && x.rps !== null );
	const pool = calm.length ? calm : list.filter( ( x ) => x.rps !== null );
	return pool.reduce( ( a, x ) => ( ! a || x.rps > a.rps ? x : a ), null );
};
let verdict = null;
if ( wrk.ping && best( wrk.ping ) ) {
	const ping = best( wrk.ping );
	out.push(
		`**Saturation with wrk** (\`wrk -t2 -c${ meta.wrk_c } -d${ meta.wrk_d }s\` after 3 s of warm-up, same concurrency for every route, ` +
			`${ wrk.ping.length } round(s) in alternating order; each route's fastest undisturbed round). ` +
			'Cost vs. ping = ping req/s ÷ route req/s, and mean latency ÷ ping mean latency; target ≤ 1.10:',
		'',
		'| route | req/s | mean ms | p50 ms | p99 ms | status codes | cost vs. ping: req/s | latency | all rounds: req/s (other) |',
		'| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- |'
	);
	const rows = [
		[ 'ping (`bench/v1/ping`)', 'ping' ],
		[ `${ routeName }, no If-None-Match (200)`, 'room' ],
		[ `${ routeName }, If-None-Match current (304)`, 'room-inm' ],
	];
	verdict = [];
	for ( const [ label, k ] of rows ) {
		const r = wrk[ k ] && best( wrk[ k ] );
		if ( ! r ) {
			continue;
		}
		const c1 = ping.rps / r.rps;
		const c2 = r.mean_ms / ping.mean_ms;
		if ( k !== 'ping' ) {
			verdict.push(
				`${ k === 'room' ? '200' : '304' }: ${ fmt( c1, 2 ) }× by req/s, ${ fmt( c2, 2 ) }× by latency ${ Math.max( c1, c2 ) <= 1.1 ? '✅' : '❌' }${
					r.other > 15 || ping.other > 15
						? ' (**disturbed** by other work: not conclusive)'
						: ''
				}`
			);
		}
		const rounds = wrk[ k ]
			.sort( ( x, y ) => x.round - y.round )
			.map(
				( x ) =>
					`${ fmt( x.rps, 1 ) } (${ Number.isNaN( x.other ) ? '–' : x.other + ' %' })`
			)
			.join( ', ' );
		out.push(
			`| ${ label } | ${ fmt( r.rps, 1 ) } | ${ fmt( r.mean_ms, 1 ) } | ${ fmt( r.p50_ms, 1 ) } | ${ fmt( r.p99_ms, 1 ) } | ${ r.codes }${ r.socket_errors ? ' socket errors: ' + r.socket_errors : '' } | ` +
				`${ k === 'ping' ? '1.00' : fmt( c1, 2 ) } | ${ k === 'ping' ? '1.00' : fmt( c2, 2 ) } | ${ rounds } |`
		);
	}
	out.push(
		'',
		`Target "a poll costs at most 1.1× the minimal route" at the origin: ${ verdict.join( '; ' ) }.`,
		''
	);
}

// ---- 3: queries
if ( probe ) {
	out.push(
		`**SQL queries per warm request** (\`$wpdb->num_queries\` at the end of the REST dispatch, X-Bench-Queries): ` +
			`${ routeName } 200: **${ probe.queries.room_200 }**, ${ routeName } 304: **${ probe.queries.room_304 }**, ping: **${ probe.queries.ping }**.`,
		''
	);
	const extra = ( l ) =>
		l
			? l
					.split( ' ;; ' )
					.filter( Boolean )
					.map( ( q ) => q.slice( 0, 160 ) )
			: [];
	const r200 = extra( probe.query_lists.room_200 );
	const rping = extra( probe.query_lists.ping );
	const only = r200.filter( ( q ) => ! rping.includes( q ) );
	if ( only.length ) {
		out.push(
			`Queries of a room poll that ping does not make (after mu-plugins load):`,
			'',
			...only.map( ( q ) => `- \`${ q.replace( /`/g, "'" ) }\`` ),
			''
		);
	}
	if ( meta.mode === 'real' ) {
		out.push(
			`Headers of the room route: \`Cache-Control: ${ probe.checks.cache_control }\`, Set-Cookie: ${ probe.checks.set_cookie ? '`' + probe.checks.set_cookie + '`' : 'none' }, ` +
				`Vary: ${ probe.checks.vary ? '`' + probe.checks.vary + '`' : 'none' }; If-None-Match → ${ probe.checks.inm_status }; wrong key → ${ probe.checks.wrong_key_status }.`,
			''
		);
	}
}

// ---- 4: propagation
const props = [
	...byN( 'prop-origin-' ).map( ( r ) => [
		'origin',
		r,
		`prop-origin-${ r.n }`,
	] ),
	...byN( 'mc-prop-' ).map( ( r ) => [
		'microcache',
		r,
		`mc-prop-${ r.n }`,
	] ),
];
if ( props.length ) {
	out.push(
		'**CTA propagation** (pollers running as above; the CTA toggled over REST with an application password; delay from sending the POST to the first response showing the new version):',
		'',
		'| behind | N | toggles ok | last poller: mean ms | max ms | median poller: mean ms | POST ms (each) | other |',
		'| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |'
	);
	for ( const [ where, r, key ] of props ) {
		const p = r.propagation;
		out.push(
			`| ${ where } | ${ r.n } | ${ p.complete }/${ p.complete + p.failed } | ${ fmt( p.mean_last_ms ) } | ${ fmt( p.max_last_ms ) } | ${ fmt( p.mean_p50_ms ) } | ${ p.toggles.map( ( t ) => ( t.post_ms !== undefined ? fmt( t.post_ms ) : `HTTP ${ t.status }` ) ).join( ', ' ) } | ${ other( key ) } |`
		);
	}
	out.push( '' );
}

// ---- 5: microcache
const mcs = byN( 'mc-room-' );
if ( mcs.length ) {
	const hits = ( read( 'origin-hits.log' ) || '' )
		.split( '\n' )
		.filter( Boolean )
		.map( ( l ) => l.split( ' ' ) )
		.map( ( [ t, m, route ] ) => ( { t: Number( t ), m, route } ) );
	const access = ( read( 'mc-access.log' ) || '' )
		.split( '\n' )
		.filter( Boolean )
		.map( ( l ) => /^([\d.]+) (\d+) (\S+) /.exec( l ) )
		.filter( Boolean )
		.map( ( m ) => ( {
			t: Number( m[ 1 ] ),
			status: m[ 2 ],
			cache: m[ 3 ],
		} ) );
	const isRoom = ( route ) =>
		/^\/(webinars\/v1\/rooms|bench\/v1\/stub-rooms)\/\d+$/.test( route );
	out.push(
		`**Behind the nginx microcache** (docs/nginx-microcache.conf, own nginx on :${ meta.mc_port } in front of the same php-fpm; origin hits counted by the bench mu-plugin in php-fpm; 1 webinar):`,
		'',
		'| N | client req/s | p50 ms | p95 ms | 304 | errors / 429 | origin req/s (room route) | nginx cache status (client requests) | other |',
		'| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |'
	);
	for ( const r of mcs ) {
		const from = r.started_at_unix + r.window_start_ms / 1000;
		const to = r.started_at_unix + r.window_end_ms / 1000;
		const originRoom = hits.filter(
			( h ) => h.t >= from && h.t <= to && isRoom( h.route )
		).length;
		const cache = {};
		for ( const a of access ) {
			if ( a.t >= from && a.t <= to ) {
				cache[ a.cache ] = ( cache[ a.cache ] || 0 ) + 1;
			}
		}
		out.push(
			`| ${ r.n } | ${ fmt( r.rps, 1 ) } | ${ fmt( r.p50_ms, 1 ) } | ${ fmt( r.p95_ms, 1 ) } | ${ pctStr( r.share_304 ) } | ${ r.errors } / ${ r.n_429 } | **${ fmt( originRoom / r.window_s, 2 ) }** (${ originRoom } in ${ fmt( r.window_s, 1 ) } s) | ${ codesStr( cache ).replace( /×/g, ' ' ) } | ${ other( `mc-room-${ r.n }` ) } |`
		);
	}
	out.push( '' );
}

const section = out.join( '\n' );
process.stdout.write( '\n' + section + '\n' );

if ( writeTo ) {
	let md = existsSync( writeTo )
		? readFileSync( writeTo, 'utf8' )
		: `# Benchmarks\n\n## Results\n\n${ MARKER }\n`;
	if ( ! md.includes( MARKER ) ) {
		md = md.trimEnd() + `\n\n## Results\n\n${ MARKER }\n`;
	}
	const heading = section.split( '\n' )[ 0 ];
	// Drop an earlier section with the same heading (same day, same route) — the newest run wins.
	const esc = heading
		.replace( / \(run [^)]*\)$/, '' )
		.replace( /[.*+?^${}()|[\]\\]/g, '\\$&' );
	md = md
		.replace(
			new RegExp(
				`${ esc } \\(run [^)]*\\)\\n[\\s\\S]*?(?=\\n### |$)`,
				'g'
			),
			''
		)
		.replace( /\n{3,}/g, '\n\n' );
	md = md.replace( MARKER, `${ MARKER }\n\n${ section.trimEnd() }\n` );
	writeFileSync( writeTo, md.replace( /\n{3,}/g, '\n\n' ) );
	process.stderr.write( `[bench] results written to ${ writeTo }\n` );
}
