/**
 * Modules talk only through actions and filters: no module's code may reference another
 * module's code, on the PHP side (plugin/src/Modules/*) or the TypeScript side (src/modules/*,
 * blocks/*), nor spell another module's option, table or meta key (string coupling; the webinar's
 * meta keys and the post type are Core's by the contract, and only Core uses Webinar::META_*).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
	describeViolation,
	filesUnder,
	phpViolations,
	read,
	tsViolations,
} from './lib/boundaries';
import {
	couplingViolations,
	ownedNames,
	owners,
	type Owned,
} from './lib/ownership';
import { readRepoFile, repoRoot } from './lib/seed';

const phpModules = join( repoRoot, 'plugin/src/Modules' );
const tsShared = [
	join( repoRoot, 'src/contracts' ),
	join( repoRoot, 'src/hooks' ),
	join( repoRoot, 'src/data' ),
	join( repoRoot, 'src/rest' ),
	join( repoRoot, 'src/room' ),
	join( repoRoot, 'src/blocks' ),
];
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

describe( 'the boundary checker', () => {
	it( 'catches PHP use statements, FQCNs, class-name strings and includes of another module', () => {
		const source = `<?php
namespace Webinars\\Modules\\Core;
use Webinars\\Modules\\ScenarioEngine\\Module as Other;
use Webinars\\Contracts\\Hooks;
$a = new \\Webinars\\Modules\\Notifications\\Queue();
$b = 'Webinars\\\\Modules\\\\Notifications\\\\Queue';
\\Webinars\\Plugin::boot();
require_once __DIR__ . '/../Notifications/Queue.php';
$ok = new \\Webinars\\Modules\\Core\\Roles();
`;
		const found = phpViolations( source, 'Core', 'Core/Module.php' ).map(
			( violation ) => violation.line
		);
		expect( found ).toEqual( [ 3, 5, 6, 7, 8 ] );
	} );

	it( "catches a PHP file declaring another module's namespace", () => {
		const found = phpViolations(
			'<?php\nnamespace Webinars\\Modules\\Notifications;\n',
			'Core',
			'x.php'
		);
		expect( found.map( ( violation ) => violation.reference ) ).toContain(
			'namespace Webinars\\Modules\\Notifications;'
		);
	} );

	it( 'catches TypeScript imports of another module and allows shared contracts and packages', () => {
		const root = join( repoRoot, 'src/modules/tracker' );
		const source = `import { x } from '../control/index';
import type { HookName } from '../../contracts/generated';
import { addAction } from '@wordpress/hooks';
import { y } from './local';
const z = await import( '../../../blocks/room/edit' );
export { w } from '../control';
`;
		const found = tsViolations(
			source,
			join( root, 'index.ts' ),
			root,
			tsShared
		).map( ( violation ) => violation.reference );
		expect( found ).toEqual( [
			'../control/index',
			'../../../blocks/room/edit',
			'../control',
		] );
	} );
} );

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
	it( 'PHP modules reference only their own code and the contracts', () => {
		const violations = readdirSync( phpModules ).flatMap( ( module ) =>
			filesUnder( join( phpModules, module ), /\.php$/ ).flatMap(
				( file ) => phpViolations( read( file ), module, file )
			)
		);
		expect(
			violations.map( ( violation ) =>
				describeViolation( repoRoot, violation )
			)
		).toEqual( [] );
	} );

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

	it( 'every PHP module implements the Module contract', () => {
		for ( const module of readdirSync( phpModules ) ) {
			const source = read( join( phpModules, module, 'Module.php' ) );
			expect( source ).toMatch(
				/final class Module implements \\Webinars\\Contracts\\Module/
			);
		}
	} );

	it( 'TypeScript modules and blocks import only their own code, the shared layer and packages', () => {
		const violations = tsModuleRoots.flatMap( ( parent ) =>
			readdirSync( parent )
				.map( ( name ) => join( parent, name ) )
				.filter( ( dir ) => ! dir.endsWith( '.md' ) )
				.flatMap( ( dir ) =>
					filesUnder( dir, /\.(ts|tsx|js|jsx)$/ ).flatMap( ( file ) =>
						tsViolations( read( file ), file, dir, tsShared )
					)
				)
		);
		expect(
			violations.map( ( violation ) =>
				describeViolation( repoRoot, violation )
			)
		).toEqual( [] );
	} );
} );
