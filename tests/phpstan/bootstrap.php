<?php
/**
 * Constants the plugin's main file defines at runtime, for PHPStan's analysis.
 *
 * @package Webinars
 */

define( 'ABSPATH', dirname( __DIR__, 2 ) . '/.cache/wordpress/core/' );
define( 'MINUTE_IN_SECONDS', 60 );
define( 'HOUR_IN_SECONDS', 3600 );
define( 'ARRAY_A', 'ARRAY_A' );
define( 'WEBINARS_VERSION', '0.1.0' );
define( 'WEBINARS_FILE', dirname( __DIR__, 2 ) . '/plugin/webinars.php' );
