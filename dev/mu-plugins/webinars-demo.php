<?php
/**
 * Plugin Name: Webinars demo content (development only)
 * Description: Creates the "Demo webinar" page once and makes sure the Webinars plugin is active. Meant for local development and test sites only; never ship it to production.
 * Version:     1.0.0
 * License:     GPL-2.0-or-later
 *
 * This file is self-contained: it is loaded as a must-use plugin both by the wp-env (Playground)
 * site started with `npm start` and by the nginx/php-fpm test site, so it must not depend on either.
 *
 * @package Webinars
 */

defined( 'ABSPATH' ) || exit;

use Webinars\Contracts\Webinar;

/**
 * Option that records that the demo content has been set up (value: the demo page ID).
 */
const WEBINARS_DEMO_DONE_OPTION = 'webinars_demo_page_id';

/**
 * Option used as a short-lived lock while the demo content is being created.
 */
const WEBINARS_DEMO_LOCK_OPTION = 'webinars_demo_setup_lock';

/**
 * Seconds after which a lock left behind by a crashed request is considered stale.
 */
const WEBINARS_DEMO_LOCK_TTL = 120;

/**
 * Slug (post_name) of the demo page.
 */
const WEBINARS_DEMO_PAGE_SLUG = 'demo-webinar';

/**
 * Plugin basename of the Webinars plugin.
 */
const WEBINARS_DEMO_PLUGIN = 'webinars/webinars.php';

/**
 * Runs the one-time setup of the demo content.
 *
 * Cheap on every request after the first one: a single autoloaded option is read.
 * Safe under concurrent requests: only the request that wins an atomic INSERT IGNORE on the
 * lock option does the work; the others skip it and try again on a later request if needed.
 *
 * @return void
 */
function webinars_demo_maybe_setup() {
	if ( wp_installing() || false !== get_option( WEBINARS_DEMO_DONE_OPTION, false ) ) {
		return;
	}

	if ( ! webinars_demo_acquire_lock() ) {
		return;
	}

	$page_id = 0;
	try {
		$page_id = webinars_demo_ensure_page();
		if ( $page_id > 0 ) {
			update_option( WEBINARS_DEMO_DONE_OPTION, $page_id, true );
		}
	} finally {
		webinars_demo_release_lock();
	}

	// Activation includes the plugin's code, which may still be broken while it is being
	// written: it is attempted only after the setup has been recorded, so that a fatal
	// error cannot make every later request retry it.
	if ( $page_id > 0 ) {
		webinars_demo_ensure_plugin_active();
	}
}
add_action( 'wp_loaded', 'webinars_demo_maybe_setup' );

/**
 * Tries to take the setup lock.
 *
 * Uses INSERT IGNORE against the unique option_name key rather than add_option(), whose
 * INSERT ... ON DUPLICATE KEY UPDATE would let two concurrent requests both "win".
 *
 * @return bool True when this request holds the lock.
 */
function webinars_demo_acquire_lock() {
	global $wpdb;

	$now      = (string) time();
	$inserted = $wpdb->query( // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- An atomic lock must bypass the options cache.
		$wpdb->prepare(
			"INSERT IGNORE INTO {$wpdb->options} (option_name, option_value, autoload) VALUES (%s, %s, 'off')",
			WEBINARS_DEMO_LOCK_OPTION,
			$now
		)
	);
	if ( 1 === (int) $inserted ) {
		return true;
	}

	// Someone else holds the lock: break it only if it is stale (its request most likely died),
	// and only if it is still the same lock we looked at (compare-and-delete).
	$held_since = $wpdb->get_var( // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- See above.
		$wpdb->prepare( "SELECT option_value FROM {$wpdb->options} WHERE option_name = %s", WEBINARS_DEMO_LOCK_OPTION )
	);
	if ( null !== $held_since && (int) $held_since < time() - WEBINARS_DEMO_LOCK_TTL ) {
		$wpdb->query( // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- See above.
			$wpdb->prepare(
				"DELETE FROM {$wpdb->options} WHERE option_name = %s AND option_value = %s",
				WEBINARS_DEMO_LOCK_OPTION,
				$held_since
			)
		);
	}

	return false;
}

/**
 * Releases the setup lock.
 *
 * @return void
 */
function webinars_demo_release_lock() {
	global $wpdb;

	$wpdb->delete( $wpdb->options, array( 'option_name' => WEBINARS_DEMO_LOCK_OPTION ), array( '%s' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- See webinars_demo_acquire_lock().
	wp_cache_delete( WEBINARS_DEMO_LOCK_OPTION, 'options' );
}

/**
 * Returns the ID of the demo page, creating it when it does not exist yet.
 *
 * An existing page with the demo slug is kept as it is, so edits made by hand survive.
 *
 * @return int Page ID, or 0 on failure.
 */
function webinars_demo_ensure_page() {
	$existing = get_page_by_path( WEBINARS_DEMO_PAGE_SLUG );
	if ( $existing instanceof WP_Post ) {
		return (int) $existing->ID;
	}

	$admins = get_users(
		array(
			'role'    => 'administrator',
			'number'  => 1,
			'orderby' => 'ID',
			'order'   => 'ASC',
			'fields'  => 'ID',
		)
	);

	$page_id = wp_insert_post(
		array(
			'post_type'      => 'page',
			'post_status'    => 'publish',
			'post_title'     => 'Demo webinar',
			'post_name'      => WEBINARS_DEMO_PAGE_SLUG,
			'post_author'    => empty( $admins ) ? 0 : (int) $admins[0],
			// wp_insert_post() unslashes its input: block attributes may contain backslashes.
			'post_content'   => wp_slash( webinars_demo_page_content() ),
			'comment_status' => 'closed',
			'ping_status'    => 'closed',
		),
		true
	);

	if ( is_wp_error( $page_id ) ) {
		error_log( 'webinars-demo: could not create the demo page: ' . $page_id->get_error_message() ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- Development helper.
		return 0;
	}

	return (int) $page_id;
}

/**
 * Block markup of the demo page.
 *
 * @return string Serialized blocks.
 */
function webinars_demo_page_content() {
	$paragraphs = array(
		'This is the <strong>Webinars</strong> demo page. It was created automatically for this development site by the <code>webinars-demo</code> must-use plugin.',
		'The webinar room block will appear here: viewers watch the live or automated (evergreen) webinar, and every attendee sees the call-to-action within seconds.',
		'Edit this page freely: it is created only once and is never overwritten.',
	);

	$blocks = array();
	foreach ( $paragraphs as $paragraph ) {
		$blocks[] = "<!-- wp:paragraph -->\n<p>" . $paragraph . "</p>\n<!-- /wp:paragraph -->";
	}

	/**
	 * Filters the block markup of the demo webinar page before the page is created.
	 *
	 * @param string $content Serialized blocks.
	 */
	return (string) apply_filters( 'webinars_demo_page_content', implode( "\n\n", $blocks ) );
}

/**
 * Activates the Webinars plugin when it is installed but not active.
 *
 * @return void
 */
function webinars_demo_ensure_plugin_active() {
	if ( ! function_exists( 'is_plugin_active' ) ) {
		require_once ABSPATH . 'wp-admin/includes/plugin.php'; // @phpstan-ignore requireOnce.fileNotFound
	}

	if ( is_plugin_active( WEBINARS_DEMO_PLUGIN ) ) {
		return;
	}

	$result = activate_plugin( WEBINARS_DEMO_PLUGIN );
	if ( is_wp_error( $result ) ) {
		error_log( 'webinars-demo: could not activate ' . WEBINARS_DEMO_PLUGIN . ': ' . $result->get_error_message() ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- Development helper.
	}
}

/**
 * Loads the browser runtime (the typed wp.hooks mirror of the canonical actions) on the demo page,
 * so it can be tried from the browser console: window.webinars.hooks.doAction( … ).
 */
function webinars_demo_enqueue_runtime() {
	$page_id = (int) get_option( 'webinars_demo_page_id' );
	if ( $page_id && is_page( $page_id ) && wp_script_is( 'webinars-hooks', 'registered' ) ) {
		wp_enqueue_script( 'webinars-hooks' );
	}
}
add_action( 'wp_enqueue_scripts', 'webinars_demo_enqueue_runtime' );

/*
 * npm start's Playground logs every cookie-less request in as admin and redirects it, REST calls
 * included (its check for REST_REQUEST runs before WordPress defines it). The attendee view polls
 * the shared room state without cookies on purpose (it must stay cacheable), so let REST requests
 * through untouched. Development sites only: this mu-plugin is never shipped.
 */
if ( defined( 'PLAYGROUND_AUTO_LOGIN_AS_USER' ) && isset( $_SERVER['REQUEST_URI'] ) ) {
	$webinars_demo_uri = sanitize_text_field( wp_unslash( $_SERVER['REQUEST_URI'] ) );
	if ( false !== strpos( $webinars_demo_uri, '/wp-json/' ) || false !== strpos( $webinars_demo_uri, 'rest_route=' ) ) {
		$_COOKIE['playground_auto_login_already_happened'] = '1';
	}
}

/**
 * Option that records the demo webinar (value: its post ID).
 */
const WEBINARS_DEMO_WEBINAR_OPTION = 'webinars_demo_webinar_id';

/**
 * Once the plugin is active: creates a demo webinar (the first administrator as its organizer,
 * starting in an hour, with a call-to-action) and puts the speaker room and the attendee view on
 * the demo page, unless someone already edited that page by hand.
 *
 * @return void
 */
function webinars_demo_maybe_setup_webinar() {
	if ( wp_installing() || ! class_exists( Webinar::class ) || ! post_type_exists( Webinar::POST_TYPE ) || false !== get_option( WEBINARS_DEMO_WEBINAR_OPTION, false ) ) {
		return;
	}
	$page_id = (int) get_option( WEBINARS_DEMO_DONE_OPTION );
	if ( $page_id <= 0 || ! webinars_demo_acquire_lock() ) {
		return;
	}
	try {
		$admins     = get_users(
			array(
				'role'    => 'administrator',
				'number'  => 1,
				'orderby' => 'ID',
				'order'   => 'ASC',
				'fields'  => 'ID',
			)
		);
		$organizers = empty( $admins ) ? array() : array( (int) $admins[0] );
		$webinar_id = wp_insert_post(
			array(
				'post_type'    => Webinar::POST_TYPE,
				'post_status'  => 'publish',
				'post_title'   => 'Demo webinar',
				'post_content' => wp_slash( "<!-- wp:paragraph -->\n<p>A webinar created for this development site.</p>\n<!-- /wp:paragraph -->" ),
				'post_author'  => $organizers[0] ?? 0,
				'meta_input'   => array(
					Webinar::META_STARTS_AT  => gmdate( 'Y-m-d\TH:i:s+00:00', time() + HOUR_IN_SECONDS ),
					Webinar::META_TIMEZONE   => wp_timezone_string(),
					Webinar::META_TYPE       => Webinar::TYPE_LIVE,
					Webinar::META_ORGANIZERS => $organizers,
					Webinar::META_SPEAKERS   => array(),
					Webinar::META_CTA_TEXT   => 'Liked it? The full course starts next week.',
					Webinar::META_CTA_LABEL  => 'Join the course',
					Webinar::META_CTA_URL    => home_url( '/' ),
				),
			),
			true
		);
		if ( is_wp_error( $webinar_id ) ) {
			error_log( 'webinars-demo: could not create the demo webinar: ' . $webinar_id->get_error_message() ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- Development helper.
			return;
		}
		update_option( WEBINARS_DEMO_WEBINAR_OPTION, (int) $webinar_id, true );
		webinars_demo_ensure_attendee();

		$page = get_post( $page_id );
		if ( $page instanceof WP_Post && false !== strpos( $page->post_content, 'The webinar room block will appear here' ) ) {
			$attributes = wp_json_encode( array( 'webinarId' => (int) $webinar_id ) );
			$content    = implode(
				"\n\n",
				array(
					"<!-- wp:paragraph -->\n<p>This is the <strong>Webinars</strong> demo page, created for this development site. Logged in as <code>admin</code> (the organizer) you see the speaker room: start the webinar and show the call-to-action. Open this page in a private window with another user to watch the attendee view change live.</p>\n<!-- /wp:paragraph -->",
					"<!-- wp:webinars/room {$attributes} /-->",
					"<!-- wp:heading -->\n<h2 class=\"wp-block-heading\">Attendee view</h2>\n<!-- /wp:heading -->",
					"<!-- wp:webinars/public {$attributes} /-->",
				)
			);
			wp_update_post(
				array(
					'ID'           => $page_id,
					'post_content' => wp_slash( $content ),
				)
			);
		}
	} finally {
		webinars_demo_release_lock();
	}
}
add_action( 'wp_loaded', 'webinars_demo_maybe_setup_webinar', 20 );

/**
 * A demo attendee (login attendee / attendee), so the attendee view can be seen logged in as
 * somebody who is not the organizer: log out of the admin, log in as attendee, open the demo page.
 *
 * @return void
 */
function webinars_demo_ensure_attendee() {
	if ( username_exists( 'attendee' ) ) {
		return;
	}
	$user_id = wp_insert_user(
		array(
			'user_login'   => 'attendee',
			'user_pass'    => 'attendee',
			'user_email'   => 'attendee@example.com',
			'display_name' => 'Demo attendee',
			'role'         => 'webinars_attendee',
		)
	);
	if ( is_wp_error( $user_id ) ) {
		error_log( 'webinars-demo: could not create the demo attendee: ' . $user_id->get_error_message() ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- Development helper.
	}
}
