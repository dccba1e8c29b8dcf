<?php
/**
 * Module webinar-control-integration: the REST namespace webinars/v1. Speakers' controls become
 * core_webinar_set_status / core_webinar_set_cta_visibility (fired through the bus, applied by
 * Core); attendees read the room state. Owns room keys, join tokens and request throttling.
 *
 * Emits: core_webinar_set_status (and relays the browser's core_webinar_set_cta_visibility).
 * Answers: webinars_room_key, webinars_issue_join_token, webinars_throttle, webinars_client_hash.
 *
 * @package Webinars
 */

namespace Webinars\Modules\WebinarControlIntegration;

use Webinars\Contracts\Hooks;
use WP_HTTP_Response;
use WP_REST_Request;
use WP_REST_Response;

defined( 'ABSPATH' ) || exit;

/**
 * Entry point of the webinar-control-integration module.
 *
 * @since 0.1.0
 */
final class Module implements \Webinars\Contracts\Module {

	private const PURGE_EVENT = 'webinars_throttle_purge';

	/**
	 * Registers the module's listeners.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
		add_filter( 'rest_pre_serve_request', array( $this, 'serve_not_modified' ), 10, 4 );
		add_filter( Hooks::WEBINARS_ROOM_KEY, array( Keys::class, 'filter_room_key' ), 10, 2 );
		add_filter( Hooks::WEBINARS_ISSUE_JOIN_TOKEN, array( Keys::class, 'filter_issue' ), 10, 4 );
		add_filter( Hooks::WEBINARS_THROTTLE, array( $this, 'filter_throttle' ), 10, 4 );
		add_filter( Hooks::WEBINARS_CLIENT_HASH, array( $this, 'filter_client_hash' ) );

		// The plugin's schema routine creates, upgrades and drops the counters table.
		add_filter( Hooks::WEBINARS_SCHEMA, array( Throttle::class, 'schema' ) );
		add_action( Hooks::WEBINARS_ACTIVATE, array( $this, 'schedule_purge' ) );
		add_action( Hooks::WEBINARS_UNINSTALL, array( $this, 'unschedule_purge' ) );
		add_action( self::PURGE_EVENT, array( Throttle::class, 'purge' ) );
	}

	/**
	 * The webinars_throttle filter: other modules count their requests on the shared counters.
	 *
	 * @since 0.2.0
	 *
	 * @param mixed $retry_after Seconds already decided by an earlier listener.
	 * @param mixed $bucket      Bucket.
	 * @param mixed $hits        Hits allowed per window.
	 * @param mixed $window      Window length in seconds.
	 */
	public function filter_throttle( $retry_after, $bucket, $hits, $window ): int {
		if ( (int) $retry_after > 0 ) {
			return (int) $retry_after;
		}
		return Throttle::hit( 'ext|' . (string) $bucket, max( 1, (int) $hits ), max( 1, (int) $window ) );
	}

	/**
	 * The webinars_client_hash filter: a keyed hash of the client's address, never the address.
	 *
	 * @since 0.2.0
	 *
	 * @param mixed $hash A hash already decided by an earlier listener.
	 */
	public function filter_client_hash( $hash ): string {
		if ( is_string( $hash ) && '' !== $hash ) {
			return $hash;
		}
		$address = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
		/** Documented in docs/hooks.md (webinars_client_ip). */
		$address = (string) apply_filters( Hooks::WEBINARS_CLIENT_IP, $address );
		return substr( hash_hmac( 'sha256', $address, wp_salt( 'nonce' ) ), 0, 32 );
	}

	/**
	 * The route map.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		$routes = array(
			new Routes\RoomStateRoute(),
			new Routes\MeRoute(),
			new Routes\ActionRoute( Hooks::CORE_WEBINAR_SET_STATUS ),
			new Routes\ActionRoute( Hooks::CORE_WEBINAR_SET_CTA_VISIBILITY ),
		);
		foreach ( $routes as $route ) {
			$route->register();
		}
	}

	/**
	 * A 304 has no body: stop WordPress from printing "null" after our room-state headers.
	 *
	 * @since 0.1.0
	 *
	 * @param bool             $served  Whether the request was already served.
	 * @param WP_HTTP_Response $result  Result to send.
	 * @param WP_REST_Request  $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	public function serve_not_modified( $served, $result, $request ): bool {
		return $served || ( $result instanceof WP_REST_Response && 304 === $result->get_status() && 0 === strpos( (string) $request->get_route(), '/' . Routes\Route::NAMESPACE . '/' ) );
	}

	/**
	 * Daily cleanup of stale throttle counters.
	 *
	 * @since 0.1.0
	 */
	public function schedule_purge(): void {
		if ( ! wp_next_scheduled( self::PURGE_EVENT ) ) {
			wp_schedule_event( time() + HOUR_IN_SECONDS, 'daily', self::PURGE_EVENT );
		}
	}

	/**
	 * Removes the cleanup event.
	 *
	 * @since 0.1.0
	 */
	public function unschedule_purge(): void {
		wp_clear_scheduled_hook( self::PURGE_EVENT );
	}
}
