/**
 * The string literals of a PHP or TypeScript source, comments left out: what the literal and
 * string-coupling checks read. A small scanner, not a parser: it knows quotes, escapes and comments
 * (PHP also `#`), which is what tells a literal from prose.
 */

export interface Literal {
	value: string;
	line: number;
}

/**
 * Every quoted string ('…', "…", and `…` in TypeScript) with its line; `${…}` / `{$…}` parts stay
 * in the value as written.
 *
 * @param source File contents.
 * @param php    PHP rules: `#` starts a comment, no template literals.
 */
export function stringLiterals( source: string, php: boolean ): Literal[] {
	const literals: Literal[] = [];
	let line = 1;
	let i = 0;
	const length = source.length;
	while ( i < length ) {
		const char = source[ i ]!;
		const next = source[ i + 1 ];
		if ( char === '\n' ) {
			line++;
			i++;
		} else if (
			( char === '/' && next === '/' ) ||
			( php && char === '#' && next !== '[' )
		) {
			while ( i < length && source[ i ] !== '\n' ) {
				i++;
			}
		} else if ( char === '/' && next === '*' ) {
			const end = source.indexOf( '*/', i + 2 );
			const stop = end === -1 ? length : end + 2;
			line += source.slice( i, stop ).split( '\n' ).length - 1;
			i = stop;
		} else if (
			char === "'" ||
			char === '"' ||
			( ! php && char === '`' )
		) {
			const start = line;
			let value = '';
			i++;
			while ( i < length && source[ i ] !== char ) {
				if ( source[ i ] === '\\' && i + 1 < length ) {
					value += source[ i + 1 ];
					i += 2;
					continue;
				}
				if ( source[ i ] === '\n' ) {
					line++;
				}
				value += source[ i ];
				i++;
			}
			i++;
			literals.push( { value, line: start } );
		} else {
			i++;
		}
	}
	return literals;
}

/**
 * Generated files carry this line (scripts/generate-contracts.mjs).
 * @param source
 */
export const isGenerated = ( source: string ) =>
	/GENERATED from contracts\/canon\.json/.test( source.slice( 0, 600 ) );

/**
 * Tests and their helpers: not shipped code.
 *
 * @param path File path.
 */
export const isTest = ( path: string ) =>
	/(?:^|[\\/])(?:__tests__|testing|tests?)[\\/]|\.test\.[jt]sx?$/.test(
		path
	);
