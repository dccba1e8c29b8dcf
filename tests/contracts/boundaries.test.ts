/**
 * Modules talk only through actions and filters: no module's code may reference another
 * module's code, on the PHP side (plugin/src/Modules/*) or the TypeScript side (src/modules/*,
 * blocks/*). String coupling (spelling another module's names) is coupling.test.ts.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
	describeViolation,
	filesUnder,
	phpViolations,
	read,
	tsViolations,
} from './lib/boundaries';
import { repoRoot } from './lib/seed';

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
