/**
 * The room syncs through the webinars/v1 REST namespace only: nothing we write or ship (PHP, our
 * TypeScript, the built bundles when present) may use the admin AJAX endpoint or the Heartbeat API.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder, read } from './lib/boundaries';
import { repoRoot } from './lib/seed';

const FORBIDDEN =
	/admin-ajax|wp_ajax_|\bheartbeat-(send|tick)\b|wp\.heartbeat|wp_enqueue_script\(\s*'heartbeat'/;

it( 'no admin AJAX and no Heartbeat in plugin/, src/ or blocks/', () => {
	const roots = [ 'plugin', 'src', 'blocks' ]
		.map( ( dir ) => join( repoRoot, dir ) )
		.filter( existsSync );
	const offenders = roots
		.flatMap( ( root ) =>
			filesUnder( root, /\.(php|ts|tsx|js|mjs|json)$/ )
		)
		.filter( ( file ) => FORBIDDEN.test( read( file ) ) )
		.map( ( file ) => relative( repoRoot, file ) );
	expect( offenders ).toEqual( [] );
} );
