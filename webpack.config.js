/**
 * Extends @wordpress/scripts' webpack config: the shared runtime (src/index.ts) and one entry per
 * block folder (blocks/<name>/index.ts, with its block.json copied beside the bundle) build into
 * plugin/build, so the plugin folder alone is installable.
 */
const { existsSync, readdirSync } = require( 'node:fs' );
const path = require( 'node:path' );
const CopyWebpackPlugin = require( 'copy-webpack-plugin' );
const defaultConfig = require( '@wordpress/scripts/config/webpack.config' );

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
		'editor/index': path.resolve( __dirname, 'src/editor/index.tsx' ),
		...blockEntries,
	},
	output: {
		...defaultConfig.output,
		path: path.resolve( __dirname, 'plugin/build' ),
	},
	plugins: [
		...defaultConfig.plugins.filter(
			( plugin ) => plugin.constructor.name !== 'CopyPlugin'
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
