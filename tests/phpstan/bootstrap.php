<?php
/**
 * Constants the plugin's main file defines at runtime, for PHPStan's analysis.
 *
 * @package Webinars
 */

define( 'ABSPATH', '/tmp/wordpress/' );
define( 'WEBINARS_VERSION', '0.1.0' );
define( 'WEBINARS_FILE', dirname( __DIR__, 2 ) . '/plugin/webinars.php' );
