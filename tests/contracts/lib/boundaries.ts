/**
 * Finds references from one module's code to another module's code. Modules may use their own
 * code, the contract layer (Webinars\Contracts, src/contracts, src/hooks) and WordPress; anything
 * else must go through actions and filters.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export interface Violation {
	file: string;
	line: number;
	reference: string;
}

const lineOf = ( source: string, index: number ) =>
	source.slice( 0, index ).split( '\n' ).length;

/**
 * PHP: every `Webinars\…` name (use statements, fully qualified names, class-name strings) must be
 * the module's own namespace or the contract layer; no include/require of another module's file.
 *
 * @param source   File contents.
 * @param ownSpace The module's folder name, e.g. `Core`.
 * @param file     Path for messages.
 */
export function phpViolations(
	source: string,
	ownSpace: string,
	file: string
): Violation[] {
	const violations: Violation[] = [];
	// Class names in PHP strings are written with doubled backslashes: accept one or two.
	const name =
		/\\{0,2}Webinars\\{1,2}([A-Za-z0-9_]+)(?:\\{1,2}([A-Za-z0-9_]+))?/g;
	for ( const match of source.matchAll( name ) ) {
		const [ reference, top, second ] = match;
		if ( top === 'Contracts' ) {
			continue;
		}
		if ( top === 'Modules' && second === ownSpace ) {
			continue;
		}
		violations.push( {
			file,
			line: lineOf( source, match.index ?? 0 ),
			reference,
		} );
	}
	const include = /\b(?:require|include)(?:_once)?\b[^;]*;/g;
	for ( const match of source.matchAll( include ) ) {
		if ( /Modules|\.\.\//.test( match[ 0 ] ) ) {
			violations.push( {
				file,
				line: lineOf( source, match.index ?? 0 ),
				reference: match[ 0 ],
			} );
		}
	}
	const declared = source.match( /^namespace\s+([^;]+);/m );
	if (
		declared &&
		declared[ 1 ] !== `Webinars\\Modules\\${ ownSpace }` &&
		! declared[ 1 ]!.startsWith( `Webinars\\Modules\\${ ownSpace }\\` )
	) {
		violations.push( {
			file,
			line: lineOf( source, declared.index ?? 0 ),
			reference: declared[ 0 ],
		} );
	}
	return violations;
}

/**
 * TypeScript: relative imports (static, dynamic, require) must stay inside the module folder or
 * reach the shared contract layer; imports of another module's folder are violations.
 *
 * @param source     File contents.
 * @param file       Absolute path of the file.
 * @param moduleRoot Absolute path of the module's folder.
 * @param allowed    Absolute paths of shared folders any module may import.
 */
export function tsViolations(
	source: string,
	file: string,
	moduleRoot: string,
	allowed: string[]
): Violation[] {
	const violations: Violation[] = [];
	const specifiers =
		/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^import\s*['"]([^'"]+)['"]/gm;
	for ( const match of source.matchAll( specifiers ) ) {
		const specifier = match[ 1 ] ?? match[ 2 ] ?? match[ 3 ] ?? match[ 4 ];
		if ( ! specifier || ! specifier.startsWith( '.' ) ) {
			continue; // Packages (@wordpress/*) are fine.
		}
		const target = resolve( dirname( file ), specifier );
		const inside = ( root: string ) =>
			target === root || target.startsWith( root + sep );
		if ( inside( moduleRoot ) || allowed.some( inside ) ) {
			continue;
		}
		violations.push( {
			file,
			line: lineOf( source, match.index ?? 0 ),
			reference: specifier,
		} );
	}
	return violations;
}

/**
 * Every file under `dir` whose name matches `pattern`.
 * @param dir
 * @param pattern
 */
export function filesUnder( dir: string, pattern: RegExp ): string[] {
	let out: string[] = [];
	for ( const entry of readdirSync( dir ) ) {
		const path = join( dir, entry );
		if ( statSync( path ).isDirectory() ) {
			out = out.concat( filesUnder( path, pattern ) );
		} else if ( pattern.test( entry ) ) {
			out.push( path );
		}
	}
	return out;
}

export const describeViolation = ( root: string, violation: Violation ) =>
	`${ relative( root, violation.file ) }:${ violation.line } references ${ violation.reference }`;

export const read = ( path: string ) => readFileSync( path, 'utf8' );
