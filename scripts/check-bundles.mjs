/**
 * Checks what the build shipped (run after `npm run build`; scripts/test.sh's `bundles` step): there is a
 * build, and no built file uses the admin AJAX endpoint or the Heartbeat API (the pattern of
 * tests/contracts/lib/no-ajax.json, which the Jest test applies to the sources).
 *
 * Usage: node scripts/check-bundles.mjs [build-dir]   (default plugin/build)
 * Exits 1, naming the files, when a built file matches, or when the folder holds no JavaScript at all (a
 * check of nothing must not pass).
 */
/* eslint-disable no-console -- a command-line tool reports on the console. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join( dirname( fileURLToPath( import.meta.url ) ), '..' );
const dir = resolve( process.argv[ 2 ] ?? join( root, 'plugin/build' ) );
const { pattern } = JSON.parse(
	readFileSync( join( root, 'tests/contracts/lib/no-ajax.json' ), 'utf8' )
);
const forbidden = new RegExp( pattern );

/**
 * Every file under a folder.
 *
 * @param {string} folder Folder.
 * @return {string[]} Paths.
 */
function filesUnder( folder ) {
	return readdirSync( folder ).flatMap( ( name ) => {
		const path = join( folder, name );
		return statSync( path ).isDirectory() ? filesUnder( path ) : [ path ];
	} );
}

if ( ! existsSync( dir ) || ! statSync( dir ).isDirectory() ) {
	console.error( `check-bundles: no build in ${ dir } (run npm run build)` );
	process.exit( 1 );
}
const files = filesUnder( dir ).filter( ( file ) =>
	/\.(js|mjs|cjs|php|json|css|map)$/.test( file )
);
const scripts = files.filter( ( file ) => /\.(js|mjs|cjs)$/.test( file ) );
if ( scripts.length === 0 ) {
	console.error(
		`check-bundles: no JavaScript in ${ dir } (run npm run build)`
	);
	process.exit( 1 );
}
const offenders = files.flatMap( ( file ) => {
	const match = readFileSync( file, 'utf8' ).match( forbidden );
	return match ? [ `${ relative( root, file ) }: "${ match[ 0 ] }"` ] : [];
} );
if ( offenders.length > 0 ) {
	console.error(
		'check-bundles: built files use the admin AJAX endpoint or the Heartbeat API:\n  ' +
			offenders.join( '\n  ' )
	);
	process.exit( 1 );
}
console.log(
	`check-bundles: ${ scripts.length } scripts and ${
		files.length - scripts.length
	} other files in ${ relative( root, dir ) || dir }: no admin AJAX, no Heartbeat`
);
