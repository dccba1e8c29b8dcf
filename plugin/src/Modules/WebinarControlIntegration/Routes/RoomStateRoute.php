<?php
/**
 * GET /webinars/v1/rooms/{id}?key=…: the shared room state every attendee polls. The same bytes
 * for everyone in the room, so a reverse proxy may hold it for a second; a strong ETag from the
 * state version turns unchanged polls into 304s. Authorised by the room key, not by cookies.
 *
 * @package Webinars
 */

namespace Webinars\Modules\WebinarControlIntegration\Routes;

use Webinars\Contracts\Hooks;
use Webinars\Contracts\Room;
use Webinars\Modules\WebinarControlIntegration\Keys;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;

defined( 'ABSPATH' ) || exit;

/**
 * Shared room state.
 *
 * @since 0.1.0
 */
final class RoomStateRoute extends Route {

	/**
	 * {@inheritDoc}
	 */
	public function path(): string {
		return '/rooms/(?P<webinar_id>\d+)';
	}

	/**
	 * {@inheritDoc}
	 *
	 * @return array<string, mixed>
	 */
	public function schema(): array {
		return array( 'title' => 'webinars-room-state' ) + Room::STATE_SCHEMA;
	}

	/**
	 * {@inheritDoc}
	 */
	public function endpoint(): array {
		return array(
			'methods'             => 'GET',
			'callback'            => array( $this, 'respond' ),
			'permission_callback' => array( $this, 'permission' ),
			'args'                => array(
				'webinar_id' => self::webinar_id_arg(),
				'key'        => array(
					'description' => __( 'Room key, handed to authenticated participants.', 'webinars' ),
					'type'        => 'string',
					'pattern'     => '^[0-9a-f]{64}$',
				),
			),
		);
	}

	/**
	 * The room key must match the webinar; no key at all is a 401 too (not a 400: the docs and the
	 * client treat a missing credential as unauthenticated).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function permission( WP_REST_Request $request ) {
		$key = self::text( $request['key'] );
		if ( '' === $key ) {
			return self::refuse( Room::ERROR_UNAUTHENTICATED, __( 'A room key is required: open the room from its page.', 'webinars' ) );
		}
		if ( Keys::is_room_key( self::param_id( $request['webinar_id'] ), $key ) ) {
			return true;
		}
		return new WP_Error( 'webinars_room_key_invalid', __( 'This room key is not valid for this webinar.', 'webinars' ), array( 'status' => 401 ) );
	}

	/**
	 * The state, or 304 when the caller has this version.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function respond( WP_REST_Request $request ) {
		$webinar_id = self::param_id( $request['webinar_id'] );
		/**
		 * Documented in docs/hooks.md (webinars_throttle_room_state). Default: only when a
		 * persistent object cache makes the counter free; behind the microcache
		 * (docs/nginx-microcache.conf) the origin sees ~1 request/s per room anyway.
		 */
		if ( apply_filters( Hooks::WEBINARS_THROTTLE_ROOM_STATE, wp_using_ext_object_cache() ) ) {
			$retry = self::throttle( 'room', $webinar_id . '|' . self::client_address() );
			if ( $retry > 0 ) {
				return self::throttled( $retry );
			}
		}
		$state = apply_filters( Hooks::WEBINARS_ROOM_STATE, null, $webinar_id );
		if ( ! is_array( $state ) ) {
			return self::refuse( Room::ERROR_NOT_FOUND, __( 'There is no such published webinar.', 'webinars' ) );
		}
		$etag = sprintf( '"r%d-v%d"', $webinar_id, (int) $state['version'] );
		if ( in_array( $etag, array_map( 'trim', explode( ',', (string) $request->get_header( 'if_none_match' ) ) ), true ) ) {
			$response = new WP_REST_Response( null, 304 );
		} else {
			$response = new WP_REST_Response( $state, 200 );
		}
		$response->header( 'ETag', $etag );
		$response->header( 'Cache-Control', 'public, max-age=1, stale-while-revalidate=1' );
		return $response;
	}
}
