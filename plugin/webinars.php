<?php
/**
 * Plugin Name:       Webinars
 * Description:       Live webinars on your site: speakers start the room and show a call-to-action that every attendee sees within seconds.
 * Version:           0.2.0
 * Requires at least: 6.6
 * Requires PHP:      8.1
 * Author:            Webinars
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       webinars
 * Domain Path:       /languages
 *
 * @package Webinars
 */

defined( 'ABSPATH' ) || exit;

define( 'WEBINARS_VERSION', '0.2.0' );
define( 'WEBINARS_FILE', __FILE__ );

/*
 * PSR-4 autoloader for the Webinars\ namespace (plugin/src). The plugin ships no Composer runtime
 * dependencies, so the zip installs and runs with no build step.
 */
spl_autoload_register(
	static function ( string $class_name ): void {
		if ( 0 !== strpos( $class_name, 'Webinars\\' ) ) {
			return;
		}
		$file = __DIR__ . '/src/' . str_replace( '\\', '/', substr( $class_name, strlen( 'Webinars\\' ) ) ) . '.php';
		if ( is_readable( $file ) ) {
			require $file;
		}
	}
);

add_action( 'plugins_loaded', array( Webinars\Plugin::class, 'boot' ) );
register_activation_hook( __FILE__, array( Webinars\Plugin::class, 'activate' ) );
