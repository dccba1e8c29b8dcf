<?php
/**
 * What a route of the webinars/v1 namespace is. Errors are WP_Error everywhere; throttling answers
 * 429 with Retry-After in one place.
 *
 * @package Webinars
 */

namespace Webinars\Modules\WebinarControlIntegration\Routes;

use Webinars\Modules\WebinarControlIntegration\Throttle;
use WP_Error;
use WP_REST_Response;

defined( 'ABSPATH' ) || exit;

/**
 * A REST route.
 */
abstract class Route {

	public const NAMESPACE = 'webinars/v1';

	/**
	 * Path under the namespace, with its URL parameters.
	 *
	 * @phpstan-return non-falsy-string
	 */
	abstract public function path(): string;

	/**
	 * Arguments of register_rest_route(): methods, callback, permission_callback, args.
	 *
	 * @return array<string, mixed>
	 */
	abstract public function endpoint(): array;

	/**
	 * Registers the route.
	 */
	public function register(): void {
		register_rest_route( self::NAMESPACE, $this->path(), $this->endpoint() );
	}

	/**
	 * The shared webinar_id URL argument.
	 *
	 * @return array<string, mixed>
	 */
	protected static function webinar_id_arg(): array {
		return array(
			'description' => __( 'Webinar ID.', 'webinars' ),
			'type'        => 'integer',
			'minimum'     => 1,
			'required'    => true,
		);
	}

	/**
	 * 401 for anonymous callers, 403 for authenticated ones (WordPress' own convention).
	 *
	 * @param string $code    Error code.
	 * @param string $message Message.
	 */
	protected static function denied( string $code, string $message ): WP_Error {
		return new WP_Error( $code, $message, array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * Counts a request against its limit: 0 when allowed, else seconds to wait.
	 *
	 * @param string $limit  Which limit: room (shared state, per client address) or me (per participant).
	 * @param string $bucket Who is counted.
	 */
	protected static function throttle( string $limit, string $bucket ): int {
		/**
		 * Requests allowed per window, per limit: array( hits, window seconds ).
		 *
		 * @param array<string, array{int, int}> $limits Limits.
		 */
		$limits                = (array) apply_filters(
			'webinars_throttle_limits',
			array(
				'room' => array( 30, 10 ),
				'me'   => array( 20, 10 ),
			)
		);
		list( $hits, $window ) = array_map( 'intval', (array) ( $limits[ $limit ] ?? array( 30, 10 ) ) ) + array( 30, 10 );
		return Throttle::hit( $limit . '|' . $bucket, max( 1, $hits ), max( 1, $window ) );
	}

	/**
	 * A 429 response telling when to come back.
	 *
	 * @param int $retry_after Seconds.
	 */
	protected static function throttled( int $retry_after ): WP_REST_Response {
		$response = rest_convert_error_to_response(
			new WP_Error(
				'webinars_throttled',
				__( 'Too many requests: slow down.', 'webinars' ),
				array(
					'status'      => 429,
					'retry_after' => $retry_after,
				)
			)
		);
		$response->header( 'Retry-After', (string) $retry_after );
		return $response;
	}

	/**
	 * The caller's address, for per-client throttling. REMOTE_ADDR only: forwarded headers are
	 * spoofable unless a trusted proxy is configured (filter webinars_client_address).
	 */
	protected static function client_address(): string {
		$address = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
		return (string) apply_filters( 'webinars_client_address', $address );
	}
}
