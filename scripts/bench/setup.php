<?php
/**
 * Bench fixture, run by scripts/bench-room.sh on the stack site (CLI, WordPress loaded with the bench loader
 * mu-plugin in place): creates a webinar post, an application password for the admin, and prints JSON
 * with what the bench needs:
 *   { "webinar_id", "room_key", "user", "app_password", "room_route" (bool: the real room route exists),
 *     "cta_route" (bool), "status_route" (bool), "wp_version", "php_version", "db_version" }
 *
 * Usage: php scripts/bench/setup.php SITE_DIR [WEBINARS]
 *
 * @package Webinars
 */

// phpcs:disable WordPress.Security.EscapeOutput, WordPress.WP.AlternativeFunctions, WordPress.NamingConventions.PrefixAllGlobals

if ( PHP_SAPI !== 'cli' || $argc < 2 ) {
	fwrite( STDERR, "usage: php setup.php SITE_DIR [WEBINARS]\n" );
	exit( 2 );
}
$bench_site  = rtrim( $argv[1], '/' );
$bench_count = max( 1, (int) ( $argv[2] ?? 1 ) );

$_SERVER['HTTP_HOST']       = '127.0.0.1';
$_SERVER['SERVER_NAME']     = '127.0.0.1';
$_SERVER['SERVER_PORT']     = '80';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REMOTE_ADDR']     = '127.0.0.1';

require $bench_site . '/wp-load.php';

if ( ! defined( 'WEBINARS_BENCH' ) ) {
	fwrite( STDERR, "the bench loader mu-plugin is not installed in $bench_site\n" );
	exit( 1 );
}

$bench_admin = get_user_by( 'login', 'admin' );
if ( ! $bench_admin ) {
	fwrite( STDERR, "no admin user\n" );
	exit( 1 );
}
wp_set_current_user( $bench_admin->ID );

// One application password per run: drop the previous bench ones.
foreach ( WP_Application_Passwords::get_user_application_passwords( $bench_admin->ID ) as $bench_item ) {
	if ( 'bench' === $bench_item['name'] ) {
		WP_Application_Passwords::delete_application_password( $bench_admin->ID, $bench_item['uuid'] );
	}
}
$bench_created = WP_Application_Passwords::create_new_application_password( $bench_admin->ID, array( 'name' => 'bench' ) );
if ( is_wp_error( $bench_created ) ) {
	fwrite( STDERR, 'application password: ' . $bench_created->get_error_message() . "\n" );
	exit( 1 );
}

$bench_webinars = array();
for ( $i = 0; $i < $bench_count; $i++ ) {
	$bench_id = wp_insert_post(
		array(
			'post_type'   => 'webinar',
			'post_status' => 'publish',
			'post_title'  => 'Bench ' . gmdate( 'Y-m-d H:i:s' ) . ( $bench_count > 1 ? ' #' . ( $i + 1 ) : '' ),
			'post_author' => $bench_admin->ID,
		),
		true
	);
	if ( is_wp_error( $bench_id ) ) {
		fwrite( STDERR, 'wp_insert_post: ' . $bench_id->get_error_message() . "\n" );
		exit( 1 );
	}
	$bench_webinars[] = array(
		'webinar_id' => (int) $bench_id,
		'room_key'   => (string) apply_filters( 'webinars_room_key', '', (int) $bench_id ),
	);
}

$bench_routes = rest_get_server()->get_routes();
$bench_has    = static function ( $prefix ) use ( $bench_routes ) {
	foreach ( array_keys( $bench_routes ) as $route ) {
		if ( 0 === strpos( $route, $prefix ) ) {
			return true;
		}
	}
	return false;
};

echo wp_json_encode(
	array(
		'webinars'     => $bench_webinars,
		'user'         => $bench_admin->user_login,
		'app_password' => $bench_created[0],
		'room_route'   => $bench_has( '/webinars/v1/rooms/' ),
		'cta_route'    => $bench_has( '/webinars/v1/actions/core_webinar_set_cta_visibility' ),
		'status_route' => $bench_has( '/webinars/v1/actions/core_webinar_set_status' ),
		'plugin'       => class_exists( '\\Webinars\\Plugin' ),
		'wp_version'   => $GLOBALS['wp_version'],
		'php_version'  => PHP_VERSION,
		'db_version'   => $GLOBALS['wpdb']->db_server_info(),
	)
) . "\n";
