<?php
/**
 * Installs WordPress into the database of a config file and activates the Webinars plugin (no wp-cli here).
 *
 * Usage: php scripts/wp-install.php [--fresh] [--config=FILE] [--plugin=webinars/webinars.php] [--no-activate] [--quiet]
 *
 * --config   a PHP file that only defines constants (DB_*, ABSPATH, WP_HOME, salts, ...) and $table_prefix,
 *            without loading wp-settings.php. Default: $WEBINARS_WP_CONFIG, else .cache/stack/conf/wp-site.php
 *            (written by scripts/lib/stack.sh for the nginx site).
 * --fresh    drop and re-create the database first, then install from scratch.
 *
 * Runs in two processes, as wp-cli's `core install` + `plugin activate` would: this one installs (WP_INSTALLING,
 * no plugins loaded), then a child PHP process loads WordPress normally and activates the plugin so its
 * activation hook runs in a regular request. Idempotent: without --fresh an installed site is kept as it is
 * (permalinks and plugin activation are still ensured).
 *
 * Admin account: admin / password (admin@example.com), blog title "Webinars", permalinks /%postname%/.
 *
 * @package Webinars
 */

// phpcs:disable WordPress.WP.AlternativeFunctions, WordPress.DB.RestrictedFunctions, WordPress.Security.EscapeOutput, WordPress.PHP.DiscouragedPHPFunctions
// phpcs:disable WordPress.WP.GlobalVariablesOverride, WordPress.NamingConventions.PrefixAllGlobals -- A CLI installer sets up WordPress's own globals, constants and pluggable functions.

if ( PHP_SAPI !== 'cli' ) {
	exit( 1 );
}

$webinars_opts  = getopt( '', array( 'fresh', 'config:', 'plugin:', 'no-activate', 'quiet', 'phase:', 'title:' ) );
$webinars_repo  = dirname( __DIR__ );
$webinars_cfg   = $webinars_opts['config'] ?? ( getenv( 'WEBINARS_WP_CONFIG' ) ? getenv( 'WEBINARS_WP_CONFIG' ) : $webinars_repo . '/.cache/stack/conf/wp-site.php' );
$webinars_plug  = $webinars_opts['plugin'] ?? 'webinars/webinars.php';
$webinars_phase = $webinars_opts['phase'] ?? 'install';
$webinars_quiet = isset( $webinars_opts['quiet'] );

/**
 * Prints a progress line to stderr.
 *
 * @param string $message Message.
 */
function webinars_install_log( $message ) {
	global $webinars_quiet;
	if ( ! $webinars_quiet ) {
		fwrite( STDERR, "[wp-install] $message\n" );
	}
}

/**
 * Prints an error and exits non-zero.
 *
 * @param string $message Message.
 */
function webinars_install_fail( $message ) {
	fwrite( STDERR, "[wp-install] ERROR: $message\n" );
	exit( 1 );
}

/**
 * The wp_die() handler for this script: wp_die() would otherwise exit with status 0.
 *
 * @param string|WP_Error $message Message.
 * @param string          $title   Title.
 */
function webinars_install_die( $message, $title = '' ) {
	if ( is_wp_error( $message ) ) {
		$message = $message->get_error_message();
	}
	webinars_install_fail( 'wp_die: ' . trim( html_entity_decode( strip_tags( (string) $title . ' ' . (string) $message ) ) ) );
}

/**
 * No notification e-mail on install (there is no MTA; pluggable in wp-admin/includes/upgrade.php).
 */
function wp_new_blog_notification() {}

if ( ! is_file( $webinars_cfg ) ) {
	webinars_install_fail( "config file not found: $webinars_cfg (start the stack: bash scripts/lib/stack.sh start)" );
}

// Hooks that must exist before WordPress loads (WP_Hook turns this array into hooks).
$GLOBALS['wp_filter']['wp_die_handler'][10][]   = array(
	'function'      => static function () {
		return 'webinars_install_die';
	},
	'accepted_args' => 1,
);
$GLOBALS['wp_filter']['wp_die_ajax_handler']    = $GLOBALS['wp_filter']['wp_die_handler'];
$GLOBALS['wp_filter']['wp_die_json_handler']    = $GLOBALS['wp_filter']['wp_die_handler'];
$GLOBALS['wp_filter']['pre_http_request'][10][] = array(
	// No HTTP from the installer (wp_install() probes pretty permalinks with a loopback request).
	'function'      => static function () {
		return new WP_Error( 'webinars_install_offline', 'No HTTP requests during install.' );
	},
	'accepted_args' => 1,
);

if ( 'install' === $webinars_phase ) {
	define( 'WP_INSTALLING', true );
}

require $webinars_cfg;
global $table_prefix;

foreach ( array( 'ABSPATH', 'DB_NAME', 'DB_USER', 'DB_PASSWORD', 'DB_HOST' ) as $webinars_const ) {
	if ( ! defined( $webinars_const ) ) {
		webinars_install_fail( "$webinars_cfg does not define $webinars_const" );
	}
}
if ( defined( 'WPINC' ) ) {
	webinars_install_fail( "$webinars_cfg must only define constants, not load wp-settings.php" );
}

// A request-like environment for WordPress in CLI.
$webinars_home              = defined( 'WP_HOME' ) ? WP_HOME : 'http://localhost';
$webinars_url               = webinars_install_url( $webinars_home );
$_SERVER['HTTP_HOST']       = $webinars_url['host'] . ( isset( $webinars_url['port'] ) ? ':' . $webinars_url['port'] : '' );
$_SERVER['SERVER_NAME']     = $webinars_url['host'];
$_SERVER['SERVER_PORT']     = (string) ( $webinars_url['port'] ?? 80 );
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REMOTE_ADDR']     = '127.0.0.1';
$GLOBALS['PHP_SELF']        = '/index.php';
$_SERVER['PHP_SELF']        = '/index.php';

/**
 * Host and port of a URL (WordPress is not loaded yet).
 *
 * @param string $url URL.
 * @return array{host: string, port?: int}
 */
function webinars_install_url( $url ) {
	$parts = parse_url( $url );
	$out   = array( 'host' => $parts['host'] ?? 'localhost' );
	if ( isset( $parts['port'] ) ) {
		$out['port'] = (int) $parts['port'];
	}
	return $out;
}

if ( 'install' === $webinars_phase ) {
	// Create (or with --fresh re-create) the database before WordPress connects to it.
	mysqli_report( MYSQLI_REPORT_OFF );
	$webinars_host   = DB_HOST;
	$webinars_port   = null;
	$webinars_socket = null;
	if ( preg_match( '/^(.*):(\d+)$/', $webinars_host, $webinars_m ) ) {
		$webinars_host = $webinars_m[1];
		$webinars_port = (int) $webinars_m[2];
	} elseif ( preg_match( '/^(.*?):(\/.*)$/', $webinars_host, $webinars_m ) ) {
		$webinars_host   = $webinars_m[1];
		$webinars_socket = $webinars_m[2];
	}
	$webinars_db = mysqli_init();
	if ( ! @$webinars_db->real_connect( $webinars_host, DB_USER, DB_PASSWORD, null, $webinars_port, $webinars_socket ) ) { // phpcs:ignore WordPress.PHP.NoSilencedErrors
		webinars_install_fail( 'cannot connect to MariaDB at ' . DB_HOST . ' as ' . DB_USER . ': ' . mysqli_connect_error() . ' (bash scripts/lib/stack.sh start)' );
	}
	$webinars_name = str_replace( '`', '``', DB_NAME );
	if ( isset( $webinars_opts['fresh'] ) ) {
		webinars_install_log( 'dropping database ' . DB_NAME );
		$webinars_db->query( "DROP DATABASE IF EXISTS `$webinars_name`" ) || webinars_install_fail( $webinars_db->error );
	}
	$webinars_db->query( "CREATE DATABASE IF NOT EXISTS `$webinars_name` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" ) || webinars_install_fail( $webinars_db->error );
	$webinars_db->close();
}

require_once ABSPATH . 'wp-settings.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

/** WordPress database access. @var wpdb $wpdb */
global $wpdb, $wp_rewrite;

if ( 'install' === $webinars_phase ) {
	$wpdb->query( 'SET default_storage_engine = InnoDB' );
	if ( is_blog_installed() ) {
		webinars_install_log( 'WordPress already installed in ' . DB_NAME . ' (use --fresh to start over)' );
	} else {
		webinars_install_log( 'installing WordPress ' . $GLOBALS['wp_version'] . ' into database ' . DB_NAME . ' for ' . $webinars_home );
		$webinars_title  = $webinars_opts['title'] ?? 'Webinars';
		$webinars_result = wp_install( $webinars_title, 'admin', 'admin@example.com', true, '', 'password' );
		if ( empty( $webinars_result['user_id'] ) ) {
			webinars_install_fail( 'wp_install() did not create the admin user' );
		}
		update_user_meta( $webinars_result['user_id'], 'show_welcome_panel', 0 );
	}
	if ( '/%postname%/' !== get_option( 'permalink_structure' ) ) {
		$wp_rewrite->set_permalink_structure( '/%postname%/' );
	}
	// Rewrite rules are rebuilt on the next request, with every plugin's post types and routes registered.
	delete_option( 'rewrite_rules' );

	if ( ! isset( $webinars_opts['no-activate'] ) ) {
		// Activate in a fresh process: WordPress fully loaded, not "installing", like a real request.
		$webinars_cmd = escapeshellarg( PHP_BINARY ) . ' ' . escapeshellarg( __FILE__ ) . ' --phase=activate'
			. ' --config=' . escapeshellarg( $webinars_cfg ) . ' --plugin=' . escapeshellarg( $webinars_plug )
			. ( $webinars_quiet ? ' --quiet' : '' );
		passthru( $webinars_cmd, $webinars_rc );
		if ( 0 !== $webinars_rc ) {
			webinars_install_fail( "plugin activation failed (exit $webinars_rc)" );
		}
	}
	webinars_install_log( 'done: ' . home_url( '/' ) . ' (admin / password)' );
	exit( 0 );
}

if ( 'activate' === $webinars_phase ) {
	if ( ! is_blog_installed() ) {
		webinars_install_fail( 'WordPress is not installed in ' . DB_NAME );
	}
	$webinars_admin = get_user_by( 'login', 'admin' );
	if ( $webinars_admin ) {
		wp_set_current_user( $webinars_admin->ID );
	}
	if ( is_plugin_active( $webinars_plug ) ) {
		webinars_install_log( "plugin $webinars_plug already active" );
	} else {
		$webinars_result = activate_plugin( $webinars_plug, '', false, false );
		if ( is_wp_error( $webinars_result ) ) {
			webinars_install_fail( "activate_plugin($webinars_plug): " . $webinars_result->get_error_code() . ': ' . $webinars_result->get_error_message() . ' ' . wp_json_encode( $webinars_result->get_error_data() ) );
		}
		if ( ! is_plugin_active( $webinars_plug ) ) {
			webinars_install_fail( "plugin $webinars_plug is not active after activation" );
		}
		webinars_install_log( "activated $webinars_plug" );
	}
	delete_option( 'rewrite_rules' );
	exit( 0 );
}

webinars_install_fail( "unknown phase $webinars_phase" );
