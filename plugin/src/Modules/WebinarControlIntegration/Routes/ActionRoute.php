<?php
/**
 * POST /webinars/v1/actions/{hook}: the REST end of the browser's hooks bridge for one inbound
 * canonical action. The args schema is the action's contract payload schema (minus `context`,
 * which the server fills in); the route authorises, fires the action through the bus and reports
 * what Core, listening, did. It never writes state itself.
 *
 * @package Webinars
 */

namespace Webinars\Modules\WebinarControlIntegration\Routes;

use Webinars\Contracts\Bus;
use Webinars\Contracts\Canon;
use Webinars\Contracts\Capabilities;
use Webinars\Contracts\Hooks;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;

defined( 'ABSPATH' ) || exit;

/**
 * One inbound canonical action as a REST command.
 */
final class ActionRoute extends Route {

	/**
	 * Requested statuses only the system context may set.
	 */
	private const INTERNAL_STATUSES = array( 'pause', 'archive' );

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
		$args   = array();
		foreach ( $schema['properties'] as $name => $property ) {
			if ( 'context' === $name ) {
				continue;
			}
			$args[ $name ] = $property + array( 'required' => in_array( $name, $schema['required'], true ) );
		}
		return array(
			'methods'             => 'POST',
			'callback'            => array( $this, 'respond' ),
			'permission_callback' => array( $this, 'permission' ),
			'args'                => $args,
		);
	}

	/**
	 * Organizer or speaker of this webinar (map_meta_cap); pause / archive: the system context.
	 *
	 * @param WP_REST_Request $request Request (args already validated).
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function permission( WP_REST_Request $request ) {
		if ( ! is_user_logged_in() ) {
			return self::denied( 'rest_forbidden', __( 'Log in to control a webinar.', 'webinars' ) );
		}
		$webinar_id = (int) $request['webinar_id'];
		if ( ! is_array( apply_filters( Hooks::WEBINARS_ROOM_STATE, null, $webinar_id ) ) ) {
			return new WP_Error( 'webinars_not_found', __( 'There is no such published webinar.', 'webinars' ), array( 'status' => 404 ) );
		}
		if ( $this->is_internal( $request ) ) {
			return current_user_can( Capabilities::SET_INTERNAL_STATUS )
				? true
				: self::denied( 'rest_forbidden', __( 'Only the system context may pause or archive a webinar.', 'webinars' ) );
		}
		return current_user_can( Capabilities::CONTROL_WEBINAR, $webinar_id )
			? true
			: self::denied( 'rest_forbidden', __( 'Only an organizer or a speaker of this webinar may do that.', 'webinars' ) );
	}

	/**
	 * Fires the command and answers from Core's outcome: 200 {changed, state}, or the refusal
	 * with its status from the one error map (Room::ERRORS).
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function respond( WP_REST_Request $request ) {
		$webinar_id         = (int) $request['webinar_id'];
		$user_id            = get_current_user_id();
		$payload            = $this->payload( $request );
		$payload['context'] = array(
			'actor_id'   => $user_id,
			'role'       => $this->is_internal( $request ) ? 'system' : ( apply_filters( Hooks::WEBINARS_PARTICIPANT_ROLE, null, $webinar_id, $user_id ) ?? 'organizer' ),
			'source'     => 'rest',
			'request_id' => wp_generate_uuid4(),
		);

		$outcome = Bus::command( $this->hook, $payload );
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
	 * Whether the request asks for an internal status (pause, archive).
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	private function is_internal( WP_REST_Request $request ): bool {
		return Hooks::CORE_WEBINAR_SET_STATUS === $this->hook && in_array( $request['status'], self::INTERNAL_STATUSES, true );
	}
}
