<?php
/**
 * POST /webinars/v1/actions/{hook}: the REST end of the browser's hooks bridge for one inbound
 * canonical action. The args come from the action's contract payload schema (minus `context`,
 * which the server fills in); the route authorises, fires the command through the bus and answers
 * from the Outcome Core hands back. It never reads or writes room state itself.
 *
 * @package Webinars
 */

namespace Webinars\Modules\WebinarControlIntegration\Routes;

use Webinars\Contracts\Bus;
use Webinars\Contracts\Canon;
use Webinars\Contracts\Capabilities;
use Webinars\Contracts\Hooks;
use Webinars\Contracts\Room;
use Webinars\Contracts\Webinar;
use WP_Error;
use WP_Post;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * One inbound canonical action as a REST command.
 *
 * @since 0.1.0
 */
final class ActionRoute extends Route {

	/**
	 * Largest id the contract allows (JSON's safe integer).
	 */
	private const MAX_ID = 9007199254740991;

	/**
	 * The canonical action.
	 *
	 * @var string
	 * @phpstan-var non-empty-string
	 */
	private string $hook;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param string $hook Canonical action name (Hooks constant).
	 * @phpstan-param non-empty-string $hook
	 */
	public function __construct( string $hook ) {
		$this->hook = $hook;
	}

	/**
	 * {@inheritDoc}
	 */
	public function path(): string {
		return '/actions/' . $this->hook;
	}

	/**
	 * {@inheritDoc}
	 */
	public function endpoint(): array {
		$schema = Canon::HOOKS[ $this->hook ]['payload'];
		unset( $schema['properties']['context'] );
		foreach ( $schema['required'] as $name ) {
			if ( isset( $schema['properties'][ $name ] ) ) {
				$schema['properties'][ $name ]['required'] = true;
			}
		}
		return array(
			'methods'             => WP_REST_Server::CREATABLE,
			'callback'            => array( $this, 'respond' ),
			'permission_callback' => array( $this, 'permission' ),
			'args'                => rest_get_endpoint_args_for_schema( $schema, WP_REST_Server::CREATABLE ),
		);
	}

	/**
	 * Who may ask for this: the capability of the requested transition (Room::TRANSITIONS), or
	 * control of this webinar for the CTA, checked with the webinar id (meta capabilities).
	 *
	 * Core also calls this from rest_send_allow_header() with unvalidated input: no type is assumed.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function permission( WP_REST_Request $request ) {
		if ( ! is_user_logged_in() ) {
			return self::error( Room::ERROR_UNAUTHENTICATED, __( 'Log in to control a webinar.', 'webinars' ) );
		}
		$webinar_id = self::id( $request->get_param( 'webinar_id' ) );
		$post       = $webinar_id > 0 ? get_post( $webinar_id ) : null;
		if ( ! $post instanceof WP_Post || Webinar::POST_TYPE !== $post->post_type ) {
			return self::error( Room::ERROR_NOT_FOUND, __( 'There is no such published webinar.', 'webinars' ) );
		}
		$capability = $this->capability( $request );
		if ( null === $capability ) {
			return self::error( Room::ERROR_INVALID, __( 'Unknown request.', 'webinars' ) );
		}
		if ( current_user_can( $capability, $webinar_id ) ) {
			return true;
		}
		return self::error(
			Room::ERROR_FORBIDDEN,
			Capabilities::SET_INTERNAL_STATUS === $capability
				? __( 'Only the system context may pause or archive a webinar.', 'webinars' )
				: ( Capabilities::ORGANIZE_WEBINAR === $capability
					? __( 'Only an organizer of this webinar may do that.', 'webinars' )
					: __( 'Only an organizer or a speaker of this webinar may do that.', 'webinars' ) )
		);
	}

	/**
	 * Fires the command and answers from Core's outcome: 200 {changed, state}, or the refusal
	 * with its status from the one error map (Room::ERRORS). Rate limited per user.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function respond( WP_REST_Request $request ) {
		$user_id = get_current_user_id();
		$retry   = self::throttle( 'command', 'user:' . $user_id );
		if ( $retry > 0 ) {
			return self::throttled( $retry );
		}
		$role = $this->role( $request, $user_id );
		if ( null === $role ) {
			return self::error( Room::ERROR_FORBIDDEN, __( 'You hold no role in this webinar.', 'webinars' ) );
		}
		$payload            = $this->payload( $request );
		$payload['context'] = array(
			'actor_id'   => $user_id,
			'role'       => $role,
			'source'     => 'rest',
			'request_id' => wp_generate_uuid4(),
		);
		$outcome            = Bus::command( $this->hook, $payload );
		if ( is_wp_error( $outcome ) ) {
			return $outcome;
		}
		if ( $outcome->is_refused() ) {
			return $outcome->to_wp_error();
		}
		$response = new WP_REST_Response(
			array(
				'changed' => $outcome->is_changed(),
				'state'   => $outcome->state(),
			)
		);
		$response->header( 'Cache-Control', 'private, no-store' );
		return $response;
	}

	/**
	 * The capability this request needs, or null for a request the contract does not know.
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	private function capability( WP_REST_Request $request ): ?string {
		if ( Hooks::CORE_WEBINAR_SET_STATUS !== $this->hook ) {
			return Capabilities::CONTROL_WEBINAR;
		}
		$status = $request->get_param( 'status' );
		return is_string( $status ) && isset( Room::TRANSITIONS[ $status ] ) ? Room::TRANSITIONS[ $status ]['capability'] : null;
	}

	/**
	 * The actor's real role in this webinar (webinars_participant_role); system for the
	 * transitions only the system context may ask for.
	 *
	 * @param WP_REST_Request $request Request.
	 * @param int             $user_id Actor.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	private function role( WP_REST_Request $request, int $user_id ): ?string {
		if ( Capabilities::SET_INTERNAL_STATUS === $this->capability( $request ) ) {
			return 'system';
		}
		/** Documented in docs/hooks.md (webinars_participant_role). */
		$role = apply_filters( Hooks::WEBINARS_PARTICIPANT_ROLE, null, self::id( $request->get_param( 'webinar_id' ) ), $user_id );
		return is_string( $role ) && '' !== $role ? $role : null;
	}

	/**
	 * The action's payload fields from the request (context excluded: the server sets it).
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return array<string, mixed>
	 */
	private function payload( WP_REST_Request $request ): array {
		$payload = array();
		foreach ( array_keys( Canon::HOOKS[ $this->hook ]['payload']['properties'] ) as $name ) {
			$value = $request->get_param( (string) $name );
			if ( 'context' !== $name && null !== $value ) {
				$payload[ (string) $name ] = $value;
			}
		}
		return $payload;
	}

	/**
	 * A positive id within the contract's range from unvalidated input, else 0 (never a warning,
	 * never a wrapped-around number).
	 *
	 * @param mixed $value Raw parameter.
	 */
	private static function id( $value ): int {
		if ( is_int( $value ) ) {
			return $value > 0 && $value <= self::MAX_ID ? $value : 0;
		}
		if ( is_string( $value ) && 1 === preg_match( '/^[1-9][0-9]{0,15}$/', $value ) ) {
			$id = (int) $value;
			return $id <= self::MAX_ID ? $id : 0;
		}
		if ( is_float( $value ) && $value >= 1 && $value <= self::MAX_ID && floor( $value ) === $value ) {
			return (int) $value;
		}
		return 0;
	}

	/**
	 * An error with its status from the one error map.
	 *
	 * @param string $code    A key of Room::ERRORS.
	 * @param string $message Reason for people.
	 */
	private static function error( string $code, string $message ): WP_Error {
		return new WP_Error( $code, $message, array( 'status' => Room::http_status( $code ) ) );
	}
}
