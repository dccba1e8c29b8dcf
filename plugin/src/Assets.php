<?php
/**
 * Registers the plugin's shared browser scripts, so blocks and third-party scripts can depend on
 * their handles:
 *
 * - `webinars-hooks` (build/index.js): the public typed mirror of the canonical actions,
 *   window.webinars.hooks, which checks the payloads of the actions a browser may fire.
 * - `webinars-room` (build/room/index.js): the live room's runtime (store, REST client, poller,
 *   bridge), window.webinars.room. Block scripts get it as an external, so a page loads it once.
 *
 * @package Webinars
 */

namespace Webinars;

defined( 'ABSPATH' ) || exit;

/**
 * Script registration.
 *
 * @since 0.1.0
 */
final class Assets {

	/**
	 * Script handle of the hooks mirror runtime.
	 */
	public const HOOKS_HANDLE = 'webinars-hooks';

	/**
	 * Script handle of the live room runtime.
	 *
	 * @since 0.2.0
	 */
	public const ROOM_HANDLE = 'webinars-room';

	/**
	 * Built scripts by handle (paths relative to the plugin folder, without `.js`).
	 */
	private const SCRIPTS = array(
		self::HOOKS_HANDLE => 'build/index',
		self::ROOM_HANDLE  => 'build/room/index',
	);

	/**
	 * Registers each built script with the dependencies webpack recorded in its .asset.php.
	 *
	 * @since 0.1.0
	 */
	public static function register(): void {
		foreach ( self::SCRIPTS as $handle => $path ) {
			self::register_script( $handle, $path );
		}
	}

	/**
	 * Registers one built script; nothing when it is not built (a source checkout before
	 * `npm run build`).
	 *
	 * @param non-empty-string $handle Script handle.
	 * @param string           $path   Path of the bundle relative to the plugin folder, without `.js`.
	 */
	private static function register_script( string $handle, string $path ): void {
		$dir   = dirname( WEBINARS_FILE );
		$asset = $dir . '/' . $path . '.asset.php';
		if ( ! is_readable( $asset ) ) {
			return;
		}
		$meta = require $asset;
		$src  = plugins_url( $path . '.js', WEBINARS_FILE );
		if ( '' === $src || ! is_array( $meta ) ) {
			return;
		}
		wp_register_script(
			$handle,
			$src,
			is_array( $meta['dependencies'] ?? null ) ? $meta['dependencies'] : array(),
			is_string( $meta['version'] ?? null ) ? $meta['version'] : false,
			array( 'in_footer' => true )
		);
		wp_set_script_translations( $handle, 'webinars', $dir . '/languages' );
	}
}
