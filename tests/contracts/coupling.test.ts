/**
 * Modules do not couple through strings either: no module spells another module's option, table or
 * meta key. Each module's names come from its code (get_option( '…' ), $wpdb->prefix . '…', schema
 * filter entries, post meta calls); the webinar's meta keys and the post type are Core's by the contract,
 * and only Core uses Webinar::META_*.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describeViolation, filesUnder, read } from './lib/boundaries';
import {
	couplingViolations,
	ownedNames,
	owners,
	type Owned,
} from './lib/ownership';
import { readRepoFile, repoRoot } from './lib/seed';

const phpModules = join( repoRoot, 'plugin/src/Modules' );
const tsModuleRoots = [
	join( repoRoot, 'src/modules' ),
	join( repoRoot, 'blocks' ),
].filter( existsSync );

/** The contract's names: the webinar's meta keys and its post type belong to Core. */
const webinarModel = (
	JSON.parse( readRepoFile( 'contracts/canon.json' ) ) as {
		models: {
			webinar: {
				post_type: string;
				meta: Record< string, { key: string } >;
			};
		};
	}
 ).models.webinar;
const contractNames: Owned[] = [
	...Object.values( webinarModel.meta ).map( ( field ) => ( {
		name: field.key,
		kind: 'meta key' as const,
		module: 'Core',
		source: 'contracts/canon.json',
	} ) ),
	{
		name: webinarModel.post_type,
		kind: 'post type',
		module: 'Core',
		source: 'contracts/canon.json',
	},
];

/** Every PHP module file as [module, path]. */
const phpFiles = () =>
	readdirSync( phpModules ).flatMap( ( module ) =>
		filesUnder( join( phpModules, module ), /\.php$/ ).map(
			( file ) => [ module, file ] as const
		)
	);

describe( 'the string-coupling checker', () => {
	const core = `<?php
namespace Webinars\\Modules\\Core;
final class Schema {
	private const VERSION_OPTION = 'webinars_schema_version';
	public static function table(): string { global $wpdb; return $wpdb->prefix . 'webinars_rooms'; }
	public function up(): void {
		update_option( self::VERSION_OPTION, '1' );
		$sql = "CREATE TABLE {$wpdb->prefix}webinars_room_events (id int)";
		$schema['webinars_presence'] = "CREATE TABLE {table} (id int) {charset};";
		get_option( 'date_format' ); // WordPress's own: nobody's.
		register_post_meta( Webinar::POST_TYPE, Webinar::META_CTA_URL, array() );
	}
}
`;
	const throttle = `<?php
add_filter( 'webinars_schema', static function ( array $tables ): array {
	return $tables + array( 'webinars_throttle' => "CREATE TABLE {table} (k char(40)) {charset};" );
} );
get_transient( 'webinars_limits' );
update_post_meta( (int) $id, '_webinars_seen', 1 );
`;
	const found = [
		...ownedNames( core, 'Core', 'Core/Schema.php' ),
		...ownedNames( throttle, 'Control', 'Control/Throttle.php' ),
	];
	const names = owners( found, contractNames );

	it( "derives each module's options, tables and meta keys from its code", () => {
		expect(
			found.map(
				( item ) => `${ item.module } ${ item.kind } ${ item.name }`
			)
		).toEqual( [
			'Core option webinars_schema_version',
			'Core table webinars_rooms',
			'Core table webinars_room_events',
			'Core table webinars_presence',
			'Control option webinars_limits',
			'Control table webinars_throttle',
			'Control meta key _webinars_seen',
		] );
	} );

	it( "catches another module spelling them, Core's meta keys or the post type", () => {
		const other = `<?php
$a = get_option( 'webinars_schema_version' );
$b = "SELECT * FROM {$wpdb->prefix}webinars_rooms WHERE id = 1";
$c = get_post_meta( $id, 'webinars_cta_url', true );
$d = Webinar::META_CTA_TEXT;
$e = 'webinar';
$f = __( 'The webinar starts soon', 'webinars' ); // Prose, not the post type.
$g = 'webinars_rooms_extra'; // Another name.
`;
		expect(
			couplingViolations( other, 'PublicUi', 'x.php', names ).map(
				( violation ) => `${ violation.line } ${ violation.reference }`
			)
		).toEqual( [
			"2 'webinars_schema_version' (Core's option)",
			"3 'webinars_rooms' (Core's table)",
			"4 'webinars_cta_url' (Core's meta key)",
			"6 'webinar' (Core's post type)",
			"5 Webinar::META_CTA_TEXT (Core's meta keys)",
		] );
		expect( couplingViolations( core, 'Core', 'y.php', names ) ).toEqual(
			[]
		);
		expect(
			couplingViolations( throttle, 'Control', 'z.php', names )
		).toEqual( [] );
	} );

	it( 'catches a name two modules use with no contract saying whose it is', () => {
		const both = owners(
			[
				...found,
				...ownedNames(
					"<?php delete_option( 'webinars_limits' );",
					'Notifications',
					'n.php'
				),
			],
			contractNames
		);
		expect(
			couplingViolations(
				"<?php delete_option( 'webinars_limits' );",
				'Notifications',
				'n.php',
				both
			).map( ( violation ) => violation.reference )
		).toEqual( [
			"'webinars_limits' (option used by Control and Notifications: no single owner)",
		] );
	} );

	it( "catches a TypeScript block spelling a PHP module's name", () => {
		const source = "const url = meta[ 'webinars_cta_url' ];\n";
		expect(
			couplingViolations( source, 'blocks/room', 'edit.tsx', names ).map(
				( violation ) => violation.reference
			)
		).toEqual( [ "'webinars_cta_url' (Core's meta key)" ] );
	} );
} );

describe( 'the modules', () => {
	it( "no module spells another module's option, table or meta key (string coupling)", () => {
		const names = owners(
			phpFiles().flatMap( ( [ module, file ] ) =>
				ownedNames( read( file ), module, file )
			),
			contractNames
		);
		const phpCoupling = phpFiles().flatMap( ( [ module, file ] ) =>
			couplingViolations( read( file ), module, file, names )
		);
		const tsCoupling = tsModuleRoots.flatMap( ( parent ) =>
			readdirSync( parent )
				.map( ( name ) => join( parent, name ) )
				.filter( ( dir ) => ! dir.endsWith( '.md' ) )
				.flatMap( ( dir ) =>
					filesUnder( dir, /\.(ts|tsx|js|jsx)$/ )
						.filter(
							( file ) => ! /__tests__|\.test\./.test( file )
						)
						.flatMap( ( file ) =>
							couplingViolations(
								read( file ),
								relative( repoRoot, dir ),
								file,
								names
							)
						)
				)
		);
		expect(
			[ ...phpCoupling, ...tsCoupling ].map( ( violation ) =>
				describeViolation( repoRoot, violation )
			)
		).toEqual( [] );
	} );
} );
