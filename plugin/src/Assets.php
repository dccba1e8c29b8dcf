<?php
/**
 * Registers the compiled browser runtime (the typed @wordpress/hooks mirror of the canonical
 * actions) so blocks and third-party scripts can depend on the `webinars-hooks` handle.
 *
 * @package Webinars
 */

namespace Webinars;

defined( 'ABSPATH' ) || exit;

/**
 * Script registration.
 */
final class Assets {

	/**
	 * Script handle of the hooks mirror runtime.
	 */
	public const HOOKS_HANDLE = 'webinars-hooks';

	/**
	 * Registers build/index.js with the dependencies webpack recorded in build/index.asset.php.
	 */
	public static function register(): void {
		$dir   = dirname( WEBINARS_FILE );
		$asset = $dir . '/build/index.asset.php';
		if ( ! is_readable( $asset ) ) {
			return; // Not built: nothing to register (a source checkout before `npm run build`).
		}
		$meta = require $asset;
		$src  = plugins_url( 'build/index.js', WEBINARS_FILE );
		if ( '' === $src ) {
			return;
		}
		wp_register_script(
			self::HOOKS_HANDLE,
			$src,
			$meta['dependencies'],
			$meta['version'],
			array( 'in_footer' => true )
		);
	}
}
