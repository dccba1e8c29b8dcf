/**
 * One room model: outside the generated contract files, no PHP under plugin/src and no TypeScript
 * under src/ or blocks/ spells a room status, a status request, a webinar meta key or the post type
 * as a string literal. They come from Webinars\Contracts\Room / Webinar and
 * src/contracts/generated/{room,webinar}.ts (`live` is also a webinar type: Webinar::TYPE_LIVE).
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder, read } from './lib/boundaries';
import { isGenerated, isTest, stringLiterals } from './lib/literals';
import { readRepoFile, repoRoot } from './lib/seed';

interface Model {
	models: {
		room: {
			statuses: Record< string, unknown >;
			transitions: Record< string, unknown >;
		};
		webinar: {
			post_type: string;
			meta: Record< string, { key: string } >;
		};
	};
}

const { room, webinar } = (
	JSON.parse( readRepoFile( 'contracts/canon.json' ) ) as Model
 ).models;

/** Contract value → what it is, for the messages. */
const CONTRACT = new Map< string, string >( [
	...Object.keys( room.statuses ).map(
		( status ) => [ status, 'a room status' ] as const
	),
	...Object.keys( room.transitions ).map(
		( request ) => [ request, 'a status request' ] as const
	),
	...Object.values( webinar.meta ).map(
		( field ) => [ field.key, 'a webinar meta key' ] as const
	),
	[ webinar.post_type, 'the post type' ],
] );

/**
 * The contract values a file spells as literals: `path:line 'value' (what)`.
 *
 * @param source File contents.
 * @param path   Path for messages.
 */
function offendersIn( source: string, path: string ): string[] {
	if ( isGenerated( source ) ) {
		return [];
	}
	return stringLiterals( source, path.endsWith( '.php' ) )
		.filter( ( literal ) => CONTRACT.has( literal.value ) )
		.map(
			( literal ) =>
				`${ path }:${ literal.line } '${ literal.value }' (${ CONTRACT.get(
					literal.value
				) })`
		);
}

describe( 'the literal checker', () => {
	it( 'knows every status, request, meta key and the post type', () => {
		for ( const value of [
			'scheduled',
			'live',
			'ended',
			'start',
			'stop',
			'reset',
			'webinars_cta_url',
			'webinar',
		] ) {
			expect( CONTRACT.has( value ) ).toBe( true );
		}
	} );

	it( 'catches PHP literals, not comments, names or longer strings', () => {
		const source = `<?php
// The 'live' status comes from Room::STATUS_LIVE.
# 'ended' too.
/* 'scheduled' */
$a = 'live';
$b = array( "status" => "ended", 'key' => 'webinars_cta_url' );
$c = get_post_type() === 'webinar';
$d = 'Live now'; $e = 'webinar_id'; $f = Room::STATUS_LIVE; $g = 'it\\'s live';
`;
		expect( offendersIn( source, 'x.php' ) ).toEqual( [
			"x.php:5 'live' (a room status)",
			"x.php:6 'ended' (a room status)",
			"x.php:6 'webinars_cta_url' (a webinar meta key)",
			"x.php:7 'webinar' (the post type)",
		] );
	} );

	it( 'catches TypeScript literals in code, types and JSX, not comments', () => {
		const source = `// 'live'
/** @param status e.g. 'ended' */
type Status = 'scheduled' | 'live';
const request = \`stop\`;
const el = <Button data-status="paused" />;
const ok = STATUSES.live;
`;
		expect( offendersIn( source, 'x.tsx' ) ).toEqual( [
			"x.tsx:3 'scheduled' (a room status)",
			"x.tsx:3 'live' (a room status)",
			"x.tsx:4 'stop' (a status request)",
			"x.tsx:5 'paused' (a room status)",
		] );
	} );

	it( 'leaves generated files alone', () => {
		const source =
			"/**\n * GENERATED from contracts/canon.json by scripts/generate-contracts.mjs\n */\nexport const LIVE = 'live';\n";
		expect( offendersIn( source, 'room.ts' ) ).toEqual( [] );
	} );
} );

it( 'no status, request, webinar meta key or post type literal in plugin/src, src/ or blocks/', () => {
	const files = [
		[ 'plugin/src', /\.php$/ ],
		[ 'src', /\.tsx?$/ ],
		[ 'blocks', /\.tsx?$/ ],
	]
		.filter( ( [ dir ] ) => existsSync( join( repoRoot, dir as string ) ) )
		.flatMap( ( [ dir, pattern ] ) =>
			filesUnder( join( repoRoot, dir as string ), pattern as RegExp )
		)
		.map( ( file ) => relative( repoRoot, file ) )
		.filter( ( file ) => ! isTest( file ) && ! file.endsWith( '.d.ts' ) );
	expect( files.length ).toBeGreaterThan( 20 );
	const offenders = files.flatMap( ( file ) =>
		offendersIn( read( join( repoRoot, file ) ), file )
	);
	expect( offenders ).toEqual( [] );
} );
