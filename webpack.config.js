/**
 * Extends @wordpress/scripts' webpack config: the shared runtime (src/index.ts) and one entry per
 * block folder (blocks/<name>/index.ts, with its block.json copied beside the bundle) build into
 * plugin/build, so the plugin folder alone is installable.
 */
const { existsSync, readdirSync } = require( 'node:fs' );
const path = require( 'node:path' );
const CopyWebpackPlugin = require( 'copy-webpack-plugin' );
const defaultConfig = require( '@wordpress/scripts/config/webpack.config' );

const isDependencyExtraction = ( plugin ) =>
	plugin.constructor.name === 'DependencyExtractionWebpackPlugin';
// wp-scripts' own copy of the plugin (not a dependency of ours).
const DependencyExtractionWebpackPlugin = defaultConfig.plugins.find(
	isDependencyExtraction
).constructor;

/**
 * The speaker room's runtime (src/room: store, REST client, poller, bridge) is ONE script,
 * handle `webinars-room`, exposed as window.webinars.room. Every other bundle imports it as
 * `…/src/room` and gets it as an external (and `webinars-room` in its asset.php dependencies).
 */
const roomRuntime = {
	request: /^(\.\.\/)+src\/room$/,
	global: [ 'webinars', 'room' ],
	handle: 'webinars-room',
};
const dependencyExtraction = new DependencyExtractionWebpackPlugin( {
	requestToExternal: ( request ) =>
		roomRuntime.request.test( request ) ? roomRuntime.global : undefined,
	requestToHandle: ( request ) =>
		roomRuntime.request.test( request ) ? roomRuntime.handle : undefined,
} );

const blocksDir = path.resolve( __dirname, 'blocks' );
const blocks = existsSync( blocksDir )
	? readdirSync( blocksDir ).filter( ( name ) =>
			existsSync( path.join( blocksDir, name, 'block.json' ) )
		)
	: [];

const blockEntries = {};
for ( const name of blocks ) {
	for ( const file of [ 'index', 'view' ] ) {
		const source = [ 'ts', 'tsx' ]
			.map( ( ext ) =>
				path.join( blocksDir, name, `${ file }.${ ext }` )
			)
			.find( existsSync );
		if ( source ) {
			blockEntries[ `blocks/${ name }/${ file }` ] = source;
		}
	}
}

module.exports = {
	...defaultConfig,
	entry: {
		index: path.resolve( __dirname, 'src/index.ts' ),
		'room/index': {
			import: path.resolve( __dirname, 'src/room/index.ts' ),
			library: { name: roomRuntime.global, type: 'window' },
		},
		'editor/index': path.resolve( __dirname, 'src/editor/index.tsx' ),
		...blockEntries,
	},
	output: {
		...defaultConfig.output,
		path: path.resolve( __dirname, 'plugin/build' ),
	},
	plugins: [
		...defaultConfig.plugins
			.filter( ( plugin ) => plugin.constructor.name !== 'CopyPlugin' )
			.map( ( plugin ) =>
				isDependencyExtraction( plugin ) ? dependencyExtraction : plugin
			),
		...( blocks.length
			? [
					new CopyWebpackPlugin( {
						patterns: blocks.map( ( name ) => ( {
							from: path.join( blocksDir, name, 'block.json' ),
							to: `blocks/${ name }/block.json`,
						} ) ),
					} ),
				]
			: [] ),
	],
};
