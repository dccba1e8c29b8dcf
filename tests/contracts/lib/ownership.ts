/**
 * String coupling between modules: which module owns which option, table and meta key (found in its
 * code, and from the contract: the webinar's meta keys and the post type are Core's), and where another
 * module spells one of them. Only our own names count (prefix `webinars_`): WordPress's are everyone's.
 */
import { stringLiterals } from './literals';
import type { Violation } from './boundaries';

export type Kind = 'option' | 'table' | 'meta key' | 'post type';

export interface Owned {
	name: string;
	kind: Kind;
	module: string;
	/** Where it was found (a file, or the contract). */
	source: string;
}

const lineOf = ( source: string, index: number ) =>
	source.slice( 0, index ).split( '\n' ).length;

/** A name argument: a literal, or a class constant of the same file. */
const NAME = String.raw`(?:'([^']+)'|"([^"]+)"|(?:self|static|[A-Z]\w*)::([A-Z_][A-Z0-9_]*))`;

const PATTERNS: Array< [ Kind, RegExp ] > = [
	[
		'option',
		new RegExp(
			String.raw`\b(?:(?:get|update|add|delete)_(?:site_)?option|(?:get|set|delete)_(?:site_)?transient)\(\s*` +
				NAME,
			'g'
		),
	],
	[
		'option',
		new RegExp( String.raw`\bregister_setting\(\s*[^,]+,\s*` + NAME, 'g' ),
	],
	[
		'table',
		new RegExp( String.raw`\$wpdb->(?:base_)?prefix\s*\.\s*` + NAME, 'g' ),
	],
	[ 'table', /\{\$wpdb->(?:base_)?prefix\}(\w+)/g ],
	// Schema filter entries: 'webinars_x' => "CREATE TABLE {table} (…) {charset};"
	[
		'table',
		new RegExp(
			NAME + String.raw`\s*(?:\]\s*=|=>)[^;]{0,300}?CREATE TABLE`,
			'g'
		),
	],
	[
		'meta key',
		new RegExp(
			String.raw`\b(?:(?:get|update|add|delete)_(?:post|user|term|comment)_meta|register_(?:post|term)_meta)\(\s*[^,;]+,\s*` +
				NAME,
			'g'
		),
	],
	[
		'meta key',
		new RegExp( String.raw`\bregister_meta\(\s*[^,;]+,\s*` + NAME, 'g' ),
	],
];

const OURS = /^_?webinars_\w+$/;

/**
 * The options, tables and meta keys a PHP module's file declares or uses by name.
 *
 * @param source File contents.
 * @param module The module's folder name.
 * @param file   Path for messages.
 */
export function ownedNames(
	source: string,
	module: string,
	file: string
): Owned[] {
	const constants = new Map< string, string >();
	for ( const match of source.matchAll(
		/\bconst\s+([A-Z_][A-Z0-9_]*)\s*=\s*(?:'([^']*)'|"([^"]*)")/g
	) ) {
		constants.set( match[ 1 ]!, match[ 2 ] ?? match[ 3 ]! );
	}
	const owned: Owned[] = [];
	for ( const [ kind, pattern ] of PATTERNS ) {
		for ( const match of source.matchAll( pattern ) ) {
			const name =
				match[ 1 ] ??
				match[ 2 ] ??
				( match[ 3 ] ? constants.get( match[ 3 ] ) : undefined );
			if ( name && OURS.test( name ) ) {
				owned.push( {
					name,
					kind,
					module,
					source: `${ file }:${ lineOf( source, match.index ?? 0 ) }`,
				} );
			}
		}
	}
	return owned;
}

/**
 * Who owns each name: the contract first (its names are Core's), else the one module that uses it;
 * a name several modules use and no contract assigns has no owner (null): every use is coupling.
 *
 * @param found    What ownedNames() found in every module.
 * @param contract The contract's names (Core's).
 */
export function owners(
	found: Owned[],
	contract: Owned[]
): Map< string, { owner: string | null; kind: Kind; users: string[] } > {
	const map = new Map<
		string,
		{ owner: string | null; kind: Kind; users: string[] }
	>();
	for ( const item of contract ) {
		map.set( item.name, {
			owner: item.module,
			kind: item.kind,
			users: [ item.module ],
		} );
	}
	for ( const item of found ) {
		const entry = map.get( item.name );
		if ( ! entry ) {
			map.set( item.name, {
				owner: item.module,
				kind: item.kind,
				users: [ item.module ],
			} );
		} else if ( ! entry.users.includes( item.module ) ) {
			entry.users.push( item.module );
			if ( ! contract.some( ( named ) => named.name === item.name ) ) {
				entry.owner = null;
			}
		}
	}
	return map;
}

/**
 * Literals in a module's file that spell a name another module owns (or that has no single owner),
 * and, in PHP outside Core, any use of Core's meta key constants (Webinar::META_*).
 *
 * @param source   File contents.
 * @param module   The module (PHP folder name, or the TS folder).
 * @param file     Path for messages.
 * @param names    owners() of every module.
 * @param coreName The module that owns the webinar's meta (Core).
 */
export function couplingViolations(
	source: string,
	module: string,
	file: string,
	names: ReturnType< typeof owners >,
	coreName = 'Core'
): Violation[] {
	const php = file.endsWith( '.php' );
	const violations: Violation[] = [];
	for ( const literal of stringLiterals( source, php ) ) {
		for ( const [ name, entry ] of names ) {
			if ( entry.owner === module ) {
				continue;
			}
			const spelled = OURS.test( name )
				? new RegExp( String.raw`(?<!\w)${ name }(?!\w)` ).test(
						literal.value
					)
				: literal.value === name;
			if ( spelled ) {
				violations.push( {
					file,
					line: literal.line,
					reference: `'${ name }' (${
						entry.owner
							? `${ entry.owner }'s ${ entry.kind }`
							: `${ entry.kind } used by ${ entry.users.join(
									' and '
								) }: no single owner`
					})`,
				} );
			}
		}
	}
	if ( php && module !== coreName ) {
		for ( const match of source.matchAll( /\bWebinar::META\w*/g ) ) {
			violations.push( {
				file,
				line: lineOf( source, match.index ?? 0 ),
				reference: `${ match[ 0 ] } (${ coreName }'s meta keys)`,
			} );
		}
	}
	return violations;
}
