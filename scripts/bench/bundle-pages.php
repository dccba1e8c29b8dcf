<?php
/**
 * Fixture of scripts/bench/bundle-budget.mjs, run on its stack's site (CLI): three pages of the same theme
 * template — the attendee view block, the speaker room block, and neither (same paragraph in all three) —
 * for the demo webinar (dev/mu-plugins/webinars-demo.php), and an attendee user. Prints JSON:
 *   { "webinar_id", "attendee": url, "room": url, "plain": url, "attendee_user", "organizer_user", "password" }
 *
 * Usage: php scripts/bench/bundle-pages.php SITE_DIR
 *
 * @package Webinars
 */

// phpcs:disable WordPress.Security.EscapeOutput, WordPress.WP.AlternativeFunctions, WordPress.NamingConventions.PrefixAllGlobals

if ( PHP_SAPI !== 'cli' || $argc < 2 ) {
	fwrite( STDERR, "usage: php bundle-pages.php SITE_DIR\n" );
	exit( 2 );
}

$_SERVER['HTTP_HOST']       = '127.0.0.1';
$_SERVER['SERVER_NAME']     = '127.0.0.1';
$_SERVER['SERVER_PORT']     = '80';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REMOTE_ADDR']     = '127.0.0.1';

require rtrim( $argv[1], '/' ) . '/wp-load.php';

/**
 * Prints an error and exits non-zero.
 *
 * @param string $message Message.
 */
function bench_pages_fail( $message ) {
	fwrite( STDERR, "bundle-pages: $message\n" );
	exit( 1 );
}

$bench_webinar = (int) get_option( 'webinars_demo_webinar_id' );
if ( $bench_webinar <= 0 || ! get_post( $bench_webinar ) ) {
	bench_pages_fail( 'no demo webinar (the demo mu-plugin creates it on the first request to the site)' );
}
$bench_admin = get_user_by( 'login', 'admin' );
if ( ! $bench_admin ) {
	bench_pages_fail( 'no admin user' );
}

// The attendee: a user of the plugin's attendee role (webinars_attend).
$bench_user = get_user_by( 'login', 'bench-attendee' );
if ( ! $bench_user ) {
	$bench_user_id = wp_insert_user(
		array(
			'user_login' => 'bench-attendee',
			'user_pass'  => 'password',
			'user_email' => 'bench-attendee@example.com',
			'role'       => 'webinars_attendee',
		)
	);
	if ( is_wp_error( $bench_user_id ) ) {
		bench_pages_fail( 'attendee: ' . $bench_user_id->get_error_message() );
	}
}

$bench_paragraph = "<!-- wp:paragraph -->\n<p>A page of the bundle budget bench.</p>\n<!-- /wp:paragraph -->";
$bench_attrs     = wp_json_encode( array( 'webinarId' => $bench_webinar ) );
$bench_pages     = array(
	'attendee' => "<!-- wp:webinars/public {$bench_attrs} /-->",
	'room'     => "<!-- wp:webinars/room {$bench_attrs} /-->",
	'plain'    => '',
);
$bench_out       = array(
	'webinar_id'     => $bench_webinar,
	'attendee_user'  => 'bench-attendee',
	'organizer_user' => 'admin',
	'password'       => 'password',
);
foreach ( $bench_pages as $bench_name => $bench_block ) {
	$bench_slug = 'bench-bundles-' . $bench_name;
	$bench_page = get_page_by_path( $bench_slug );
	$bench_id   = wp_insert_post(
		array(
			'ID'           => $bench_page ? $bench_page->ID : 0,
			'post_type'    => 'page',
			'post_status'  => 'publish',
			'post_name'    => $bench_slug,
			'post_title'   => 'Bundle bench',
			'post_author'  => $bench_admin->ID,
			'post_content' => wp_slash( $bench_paragraph . ( '' === $bench_block ? '' : "\n\n" . $bench_block ) ),
		),
		true
	);
	if ( is_wp_error( $bench_id ) ) {
		bench_pages_fail( "page $bench_slug: " . $bench_id->get_error_message() );
	}
	$bench_out[ $bench_name ] = (string) get_permalink( $bench_id );
}

echo wp_json_encode( $bench_out, JSON_UNESCAPED_SLASHES ), "\n";
