/**
 * Compiles plugin/languages/webinars-{locale}.po into what WordPress loads, with no gettext tools:
 *
 * - webinars-{locale}.l10n.php: the PHP translation file of WordPress 6.5+ (load_textdomain()
 *   prefers it to a .mo): `<?php return [ headers…, 'messages' => [ original => translation ] ];`
 *   with "context\x04original" keys and plural forms joined by "\0" (WP_Translation_File_PHP).
 * - webinars-{locale}-{md5}.json: one Jed file per built script that uses any of the strings,
 *   md5 of its path relative to the plugin root (build/blocks/room/view.js), as
 *   load_script_textdomain() looks them up. Stale files of the locale are removed.
 *
 * Run it after `wp-scripts build` (the JSON files follow the built scripts).
 * Usage: node scripts/build-i18n.mjs [--check]
 *   --check  exit 1 when a built script uses a `webinars` string the .po lacks (or leaves empty).
 */
import { createHash } from 'node:crypto';
import {
	existsSync,
	readFileSync,
	readdirSync,
	statSync,
	unlinkSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const DOMAIN = 'webinars';
const root = join( dirname( fileURLToPath( import.meta.url ) ), '..' );
const pluginDir = join( root, 'plugin' );
const languagesDir = join( pluginDir, 'languages' );
const buildDir = join( pluginDir, 'build' );
const check = process.argv.includes( '--check' );

/**
 * Unescapes the body of a PO string literal.
 *
 * @param {string} text Text between the quotes.
 * @return {string} The string.
 */
function unescapePo( text ) {
	return text.replace( /\\(["\\nrt]|[0-7]{1,3})/g, ( _, escape ) => {
		const simple = { '"': '"', '\\': '\\', n: '\n', r: '\r', t: '\t' };
		return simple[ escape ] ?? String.fromCharCode( parseInt( escape, 8 ) );
	} );
}

/**
 * Parses a PO file. Fuzzy and obsolete entries are left out, like msgfmt does.
 *
 * @param {string} source PO text.
 * @return {{ headers: Record<string, string>, entries: Array<{ context?: string, id: string, plural?: string, strings: string[] }> }} Parsed file.
 */
export function parsePo( source ) {
	const entries = [];
	let entry = null;
	let field = null;
	const finish = () => {
		if ( entry && entry.id !== undefined && ! entry.fuzzy ) {
			entries.push( entry );
		}
		entry = null;
		field = null;
	};
	for ( const raw of source.split( /\r?\n/ ) ) {
		const line = raw.trim();
		if ( line === '' ) {
			finish();
			continue;
		}
		if ( line.startsWith( '#~' ) ) {
			continue; // Obsolete.
		}
		if ( line.startsWith( '#' ) ) {
			if ( entry?.id !== undefined ) {
				finish(); // Comments start the next entry.
			}
			entry ??= { strings: [] };
			if ( line.startsWith( '#,' ) && /\bfuzzy\b/.test( line ) ) {
				entry.fuzzy = true;
			}
			continue;
		}
		const keyword =
			/^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+"(.*)"$/.exec(
				line
			);
		if ( keyword ) {
			const [ , name, index, text ] = keyword;
			if (
				name === 'msgctxt' ||
				( name === 'msgid' && entry?.id !== undefined )
			) {
				if ( entry?.id !== undefined ) {
					finish();
				}
			}
			entry ??= { strings: [] };
			const value = unescapePo( text );
			if ( name === 'msgctxt' ) {
				entry.context = value;
				field = [ 'context' ];
			} else if ( name === 'msgid' ) {
				entry.id = value;
				field = [ 'id' ];
			} else if ( name === 'msgid_plural' ) {
				entry.plural = value;
				field = [ 'plural' ];
			} else {
				const slot = index === undefined ? 0 : Number( index );
				entry.strings[ slot ] = value;
				field = [ 'strings', slot ];
			}
			continue;
		}
		const continuation = /^"(.*)"$/.exec( line );
		if ( continuation && entry && field ) {
			const value = unescapePo( continuation[ 1 ] );
			if ( field[ 0 ] === 'strings' ) {
				entry.strings[ field[ 1 ] ] += value;
			} else {
				entry[ field[ 0 ] ] += value;
			}
			continue;
		}
		throw new Error( `cannot parse PO line: ${ raw }` );
	}
	finish();

	const headers = {};
	const headerEntry = entries.find(
		( candidate ) => candidate.id === '' && candidate.context === undefined
	);
	for ( const headerLine of ( headerEntry?.strings[ 0 ] ?? '' ).split(
		'\n'
	) ) {
		const colon = headerLine.indexOf( ':' );
		if ( colon > 0 ) {
			headers[ headerLine.slice( 0, colon ).trim().toLowerCase() ] =
				headerLine.slice( colon + 1 ).trim();
		}
	}
	return {
		headers,
		entries: entries.filter(
			( candidate ) =>
				candidate.id !== '' &&
				candidate.strings.length > 0 &&
				candidate.strings.every(
					( text ) => text !== '' && text !== undefined
				)
		),
	};
}

const keyOf = ( entry ) =>
	entry.context === undefined
		? entry.id
		: `${ entry.context }\u0004${ entry.id }`;

/**
 * A PHP double-quoted string literal: no interpolation, control characters escaped.
 *
 * @param {string} value The string.
 * @return {string} PHP source.
 */
function phpString( value ) {
	return `"${ value.replace( /[\\"$\u0000-\u001f]/g, ( char ) => {
		const named = {
			'\\': '\\\\',
			'"': '\\"',
			$: '\\$',
			'\n': '\\n',
			'\t': '\\t',
		};
		return (
			named[ char ] ??
			`\\x${ char.charCodeAt( 0 ).toString( 16 ).padStart( 2, '0' ) }`
		);
	} ) }"`;
}

/**
 * The .l10n.php file (WordPress 6.5+), headers first as WP_Translation_File_PHP::export() does.
 *
 * @param {ReturnType<typeof parsePo>} po Parsed PO.
 * @return {string} PHP source.
 */
export function toL10nPhp( po ) {
	const pairs = Object.entries( po.headers )
		.filter( ( [ name ] ) => name !== 'pot-creation-date' )
		.map(
			( [ name, value ] ) =>
				`${ phpString( name ) }=>${ phpString( value ) }`
		);
	const messages = po.entries.map(
		( entry ) =>
			`${ phpString( keyOf( entry ) ) }=>${ phpString( entry.strings.join( '\0' ) ) }`
	);
	return (
		'<?php\n' +
		'// phpcs:ignoreFile -- Generated by scripts/build-i18n.mjs from the .po beside it: do not edit.\n' +
		`return [${ [
			...pairs,
			`'messages'=>[${ messages.join( ',' ) }]`,
		].join( ',' ) }];\n`
	);
}

/**
 * Every built script, relative to the plugin root with forward slashes.
 *
 * @param {string} dir Folder to walk.
 * @return {string[]} Paths such as build/blocks/room/view.js.
 */
function builtScripts( dir ) {
	if ( ! existsSync( dir ) ) {
		return [];
	}
	return readdirSync( dir ).flatMap( ( name ) => {
		const path = join( dir, name );
		if ( statSync( path ).isDirectory() ) {
			return builtScripts( path );
		}
		return name.endsWith( '.js' ) && ! name.endsWith( '.min.js' )
			? [ relative( pluginDir, path ).split( sep ).join( '/' ) ]
			: [];
	} );
}

/**
 * Reads a JS string literal starting at `index` (a quote).
 *
 * @param {string} code  Source.
 * @param {number} index Position of the opening quote.
 * @return {{ value: string, end: number } | null} The string and the position after it.
 */
function readString( code, index ) {
	const quote = code[ index ];
	if ( quote !== '"' && quote !== "'" ) {
		return null;
	}
	let value = '';
	for ( let i = index + 1; i < code.length; i++ ) {
		const char = code[ i ];
		if ( char === quote ) {
			return { value, end: i + 1 };
		}
		if ( char !== '\\' ) {
			value += char;
			continue;
		}
		const next = code[ ++i ];
		const simple = {
			n: '\n',
			t: '\t',
			r: '\r',
			0: '\0',
			b: '\b',
			f: '\f',
			v: '\v',
		};
		if ( next === 'x' || next === 'u' ) {
			const hex =
				next === 'x'
					? code.slice( i + 1, i + 3 )
					: code.slice( i + 1, i + 5 );
			value += String.fromCharCode( parseInt( hex, 16 ) );
			i += hex.length;
		} else {
			value += simple[ next ] ?? next;
		}
	}
	return null;
}

/**
 * The `webinars` strings a built script asks for: the __, _x, _n and _nx calls, read from the
 * (minified or not) bundle.
 *
 * @param {string} code The script.
 * @return {Set<string>} Keys ("context\x04original" for _x / _nx).
 */
export function usedStrings( code ) {
	const keys = new Set();
	const calls = /\b(__|_x|_n|_nx)\)?\(\s*/g;
	for ( const match of code.matchAll( calls ) ) {
		// Arguments: string literals, or anything else up to the next comma (the count).
		const args = [];
		let i = match.index + match[ 0 ].length;
		while ( i < code.length && args.length < 6 ) {
			const literal = readString( code, i );
			if ( literal ) {
				args.push( literal.value );
				i = literal.end;
			} else {
				const stop = code.slice( i ).search( /[,)]/ );
				if ( stop < 0 ) {
					break;
				}
				args.push( null );
				i += stop;
			}
			while ( /\s/.test( code[ i ] ?? '' ) ) {
				i++;
			}
			if ( code[ i ] === ',' ) {
				i++;
				while ( /\s/.test( code[ i ] ?? '' ) ) {
					i++;
				}
				continue;
			}
			break;
		}
		const fn = match[ 1 ];
		const wanted = { __: 2, _x: 3, _n: 4, _nx: 5 }[ fn ];
		if ( args.length !== wanted || args[ wanted - 1 ] !== DOMAIN ) {
			continue;
		}
		if ( typeof args[ 0 ] !== 'string' ) {
			continue;
		}
		if ( fn === '__' || fn === '_n' ) {
			keys.add( args[ 0 ] );
		} else if ( fn === '_x' && typeof args[ 1 ] === 'string' ) {
			keys.add( `${ args[ 1 ] }\u0004${ args[ 0 ] }` );
		} else if ( fn === '_nx' && typeof args[ 3 ] === 'string' ) {
			keys.add( `${ args[ 3 ] }\u0004${ args[ 0 ] }` );
		}
	}
	return keys;
}

const BLOCK_JSON_CONTEXTS = [
	'block title',
	'block description',
	'block keyword',
];

/**
 * Whether a script bundles one of our block.json files, whose title, description and keywords
 * the blocks package translates with _x( …, 'block title' | …, 'webinars' ) at run time.
 *
 * @param {string} code The script.
 * @return {boolean} Whether it does.
 */
const bundlesBlockJson = ( code ) =>
	/["']?textdomain["']?\s*:\s*["']webinars["']/.test( code );

/**
 * Whether a string appears in a script as a JS string value (either quote style).
 *
 * @param {string} code The script.
 * @param {string} text The string.
 * @return {boolean} Whether it does.
 */
function mentions( code, text ) {
	const json = JSON.stringify( text ).slice( 1, -1 );
	return [
		`"${ json }"`,
		`"${ json.replace( /'/g, "\\'" ) }"`,
		`'${ json.replace( /\\"/g, '"' ).replace( /'/g, "\\'" ) }'`,
	].some( ( form ) => code.includes( form ) );
}

function main() {
	const poFiles = existsSync( languagesDir )
		? readdirSync( languagesDir ).filter( ( name ) =>
				new RegExp( `^${ DOMAIN }-[A-Za-z_@]+\\.po$` ).test( name )
			)
		: [];
	const scripts = builtScripts( buildDir );
	if ( scripts.length === 0 ) {
		process.stderr.write(
			'build-i18n: no plugin/build/**/*.js: run `npm run build` first for the script translations.\n'
		);
	}
	const missing = new Map();
	let written = 0;

	for ( const poFile of poFiles ) {
		const locale = poFile.slice( DOMAIN.length + 1, -'.po'.length );
		const po = parsePo(
			readFileSync( join( languagesDir, poFile ), 'utf8' )
		);
		writeFileSync(
			join( languagesDir, `${ DOMAIN }-${ locale }.l10n.php` ),
			toL10nPhp( po )
		);
		written += 1;

		const jsonPrefix = `${ DOMAIN }-${ locale }-`;
		for ( const name of readdirSync( languagesDir ) ) {
			if (
				name.startsWith( jsonPrefix ) &&
				/-[0-9a-f]{32}\.json$/.test( name )
			) {
				unlinkSync( join( languagesDir, name ) );
			}
		}
		const known = new Set( po.entries.map( keyOf ) );
		for ( const script of scripts ) {
			const code = readFileSync( join( pluginDir, script ), 'utf8' );
			const used = usedStrings( code );
			for ( const key of used ) {
				if ( ! known.has( key ) ) {
					missing.set(
						`${ locale }: ${ JSON.stringify( key ) }`,
						script
					);
				}
			}
			const withBlockJson = bundlesBlockJson( code );
			const messages = {};
			for ( const entry of po.entries ) {
				const key = keyOf( entry );
				if (
					used.has( key ) ||
					( withBlockJson &&
						BLOCK_JSON_CONTEXTS.includes( entry.context ) &&
						mentions( code, entry.id ) )
				) {
					messages[ key ] = entry.strings;
				}
			}
			if ( Object.keys( messages ).length === 0 ) {
				continue;
			}
			const jed = {
				'translation-revision-date':
					po.headers[ 'po-revision-date' ] ?? '',
				generator: 'webinars/scripts/build-i18n.mjs',
				source: script,
				domain: 'messages',
				locale_data: {
					messages: {
						'': {
							domain: 'messages',
							lang: po.headers.language ?? locale,
							'plural-forms':
								po.headers[ 'plural-forms' ] ??
								'nplurals=2; plural=(n != 1);',
						},
						...messages,
					},
				},
			};
			const md5 = createHash( 'md5' ).update( script ).digest( 'hex' );
			writeFileSync(
				join( languagesDir, `${ jsonPrefix }${ md5 }.json` ),
				JSON.stringify( jed ) + '\n'
			);
			written += 1;
		}
	}

	process.stdout.write(
		`build-i18n: ${ poFiles.length } locale(s), ${ written } file(s) written to plugin/languages.\n`
	);
	if ( missing.size ) {
		process.stderr.write(
			`build-i18n: untranslated strings used by built scripts:\n${ [
				...missing,
			]
				.map( ( [ what, script ] ) => `  ${ what } (${ script })` )
				.join( '\n' ) }\n`
		);
		if ( check ) {
			process.exitCode = 1;
		}
	}
}

if ( process.argv[ 1 ] === fileURLToPath( import.meta.url ) ) {
	main();
}
