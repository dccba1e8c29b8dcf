/**
 * Extends @wordpress/scripts' webpack config (built with --experimental-modules, so the default is
 * [ scripts, modules ]). Everything builds into plugin/build, so the plugin folder alone is
 * installable:
 *
 * - classic scripts: the public hooks mirror (src/index.ts), the speaker room's shared runtime
 *   (src/room → room/index.js), the editor, and per block folder blocks/<name>/index.tsx (editor)
 *   and, where the block has one, a classic view (blocks/room);
 * - script modules (Interactivity API views, `viewScriptModule` in block.json): blocks/<name>/view.ts
 *   of the blocks listed in MODULE_VIEWS. @wordpress/interactivity stays external (core ships it).
 */
const { existsSync, readdirSync } = require( 'node:fs' );
const path = require( 'node:path' );
const CopyWebpackPlugin = require( 'copy-webpack-plugin' );

process.env.WP_EXPERIMENTAL_MODULES ??= 'true';
const defaultConfig = require( '@wordpress/scripts/config/webpack.config' );

if ( ! Array.isArray( defaultConfig ) ) {
	throw new Error( 'Build with `wp-scripts build --experimental-modules`.' );
}
const [ scriptDefaults, moduleDefaults ] = defaultConfig;

/** Blocks whose front end is a script module (blocks/<name>/view.ts). */
const MODULE_VIEWS = [ 'public', 'registration' ];

const isDependencyExtraction = ( plugin ) =>
	plugin.constructor.name === 'DependencyExtractionWebpackPlugin';
// wp-scripts' own copy of the plugin (not a dependency of ours).
const DependencyExtractionWebpackPlugin = scriptDefaults.plugins.find(
	isDependencyExtraction
).constructor;

/**
 * The speaker room's runtime (src/room: store, REST client, poller, bridge) is ONE classic script,
 * handle `webinars-room`, exposed as window.webinars.room. Every other classic bundle imports it
 * as `…/src/room` and gets it as an external (and `webinars-room` in its asset.php dependencies),
 * so a page holds one store and one poller per webinar.
 */
const roomRuntime = {
	request: /^(\.\.\/)+src\/room$/,
	global: [ 'webinars', 'room' ],
	handle: 'webinars-room',
};
const roomDependencyExtraction = new DependencyExtractionWebpackPlugin( {
	requestToExternal: ( request ) =>
		roomRuntime.request.test( request ) ? roomRuntime.global : undefined,
	requestToHandle: ( request ) =>
		roomRuntime.request.test( request ) ? roomRuntime.handle : undefined,
} );

const blocksDir = path.resolve( __dirname, 'blocks' );
const buildDir = path.resolve( __dirname, 'plugin/build' );
const blocks = existsSync( blocksDir )
	? readdirSync( blocksDir ).filter( ( name ) =>
			existsSync( path.join( blocksDir, name, 'block.json' ) )
		)
	: [];

const source = ( name, file ) =>
	[ 'ts', 'tsx' ]
		.map( ( ext ) => path.join( blocksDir, name, `${ file }.${ ext }` ) )
		.find( existsSync );

const scriptEntries = {
	index: path.resolve( __dirname, 'src/index.ts' ),
	'room/index': {
		import: path.resolve( __dirname, 'src/room/index.ts' ),
		library: { name: roomRuntime.global, type: 'window' },
	},
	'editor/index': path.resolve( __dirname, 'src/editor/index.tsx' ),
};
const moduleEntries = {};
for ( const name of blocks ) {
	const index = source( name, 'index' );
	const view = source( name, 'view' );
	if ( index ) {
		scriptEntries[ `blocks/${ name }/index` ] = index;
	}
	if ( view ) {
		( MODULE_VIEWS.includes( name ) ? moduleEntries : scriptEntries )[
			`blocks/${ name }/view`
		] = view;
	}
}

const withoutCopy = ( plugins ) =>
	plugins.filter( ( plugin ) => plugin.constructor.name !== 'CopyPlugin' );

module.exports = [
	{
		...scriptDefaults,
		entry: scriptEntries,
		output: { ...scriptDefaults.output, path: buildDir },
		plugins: [
			...withoutCopy( scriptDefaults.plugins ).map( ( plugin ) =>
				isDependencyExtraction( plugin )
					? roomDependencyExtraction
					: plugin
			),
			...( blocks.length
				? [
						new CopyWebpackPlugin( {
							patterns: blocks.map( ( name ) => ( {
								from: path.join(
									blocksDir,
									name,
									'block.json'
								),
								to: `blocks/${ name }/block.json`,
							} ) ),
						} ),
					]
				: [] ),
		],
	},
	{
		...moduleDefaults,
		entry: moduleEntries,
		output: { ...moduleDefaults.output, path: buildDir },
		plugins: withoutCopy( moduleDefaults.plugins ),
	},
];
