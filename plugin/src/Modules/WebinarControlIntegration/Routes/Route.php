<?php
/**
 * What a route of the webinars/v1 namespace is. Errors are WP_Error everywhere; throttling answers
 * 429 with Retry-After in one place.
 *
 * @package Webinars
 */

namespace Webinars\Modules\WebinarControlIntegration\Routes;

use Webinars\Contracts\Hooks;
use Webinars\Contracts\Room;
use Webinars\Modules\WebinarControlIntegration\Throttle;
use WP_Error;
use WP_REST_Response;

defined( 'ABSPATH' ) || exit;

/**
 * A REST route.
 *
 * @since 0.1.0
 */
abstract class Route {

	public const NAMESPACE = 'webinars/v1';

	/**
	 * Path under the namespace, with its URL parameters.
	 *
	 * @since 0.1.0
	 *
	 * @phpstan-return non-falsy-string
	 */
	abstract public function path(): string;

	/**
	 * Arguments of register_rest_route(): methods, callback, permission_callback, args.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	abstract public function endpoint(): array;

	/**
	 * The contract's JSON schema of what the route answers (shown by OPTIONS), or null.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, mixed>|null
	 */
	public function schema(): ?array {
		return null;
	}

	/**
	 * Registers the route (with its response schema when it has one).
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		$schema = $this->schema();
		$args   = $this->endpoint();
		if ( null !== $schema ) {
			$args = array(
				$args,
				'schema' => static function () use ( $schema ): array {
					return array( '$schema' => 'http://json-schema.org/draft-04/schema#' ) + $schema;
				},
			);
		}
		register_rest_route( self::NAMESPACE, $this->path(), $args );
	}

	/**
	 * The shared webinar_id argument: the contract's definition (it has a maximum, so an id past
	 * 2^53 is a 400 instead of wrapping around).
	 *
	 * @return array<string, mixed>
	 */
	protected static function webinar_id_arg(): array {
		return Room::STATE_SCHEMA['properties']['webinar_id'] + array( 'required' => true );
	}

	/**
	 * A request parameter as a string: '' when absent or not a string (an array from
	 * `?key[]=x`). Permission callbacks read parameters through it: core also calls them with
	 * unvalidated input (rest_send_allow_header).
	 *
	 * @since 0.2.0
	 *
	 * @param mixed $value Raw parameter.
	 */
	protected static function text( $value ): string {
		return is_string( $value ) ? $value : '';
	}

	/**
	 * A request's webinar ID: 0 unless it is a positive integer within the contract's maximum.
	 *
	 * @since 0.2.0
	 *
	 * @param mixed $value Raw parameter.
	 */
	protected static function param_id( $value ): int {
		$max = (int) Room::STATE_SCHEMA['properties']['webinar_id']['maximum'];
		if ( is_int( $value ) ) {
			return $value > 0 && $value <= $max ? $value : 0;
		}
		return is_string( $value ) && ctype_digit( $value ) && strlen( $value ) <= 16 && (int) $value <= $max ? (int) $value : 0;
	}

	/**
	 * An error of the contract's error map (Room::ERRORS), with its HTTP status.
	 *
	 * @since 0.2.0
	 *
	 * @param string $code    Room::ERROR_* code.
	 * @param string $message Message.
	 */
	protected static function refuse( string $code, string $message ): WP_Error {
		return new WP_Error( $code, $message, array( 'status' => Room::http_status( $code ) ) );
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
	 * @param string     $limit  Which limit: room (shared state, per client address), me (per
	 *                           participant) or command (start, stop, CTA; per user).
	 * @param string|int $bucket Who is counted.
	 */
	protected static function throttle( string $limit, $bucket ): int {
		/** Documented in docs/hooks.md (webinars_throttle_limits). */
		$limits                = (array) apply_filters(
			Hooks::WEBINARS_THROTTLE_LIMITS,
			array(
				'room'    => array( 30, 10 ),
				'me'      => array( 20, 10 ),
				'command' => array( 20, 10 ),
			)
		);
		list( $hits, $window ) = array_map( 'intval', (array) ( $limits[ $limit ] ?? array( 30, 10 ) ) ) + array( 30, 10 );
		return Throttle::hit( $limit . '|' . $bucket, max( 1, $hits ), max( 1, $window ) );
	}

	/**
	 * Counts a command (start, stop, CTA) of a user: 0 when allowed, else seconds to wait.
	 *
	 * @since 0.2.0
	 *
	 * @param int $user_id User.
	 */
	protected static function throttle_command( int $user_id ): int {
		return self::throttle( 'command', 'user:' . $user_id );
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
	 * The caller's address, for per-client throttling: REMOTE_ADDR through the webinars_client_ip
	 * filter (forwarded headers are spoofable unless a trusted proxy is configured). Only ever
	 * used hashed, inside a throttle bucket.
	 */
	protected static function client_address(): string {
		$address = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
		/** Documented in docs/hooks.md (webinars_client_ip). */
		return (string) apply_filters( Hooks::WEBINARS_CLIENT_IP, $address );
	}
}
