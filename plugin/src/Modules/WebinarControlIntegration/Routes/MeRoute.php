<?php
/**
 * GET /webinars/v1/rooms/{id}/me: the caller's participation (who they are in the room, whether
 * they may control or organize it, the room key, the attendee count for those who control it),
 * shaped exactly as Room::ME_SCHEMA. Also the presence heartbeat behind the attendee count. Per
 * participant, never cached, throttled. Taking part needs webinars_attend (or control of this
 * webinar), or a valid join token.
 *
 * @package Webinars
 */

namespace Webinars\Modules\WebinarControlIntegration\Routes;

use Webinars\Contracts\Capabilities;
use Webinars\Contracts\Hooks;
use Webinars\Contracts\Room;
use Webinars\Modules\WebinarControlIntegration\Keys;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;

defined( 'ABSPATH' ) || exit;

/**
 * The caller's participation.
 *
 * @since 0.1.0
 */
final class MeRoute extends Route {

	/**
	 * {@inheritDoc}
	 */
	public function path(): string {
		return '/rooms/(?P<webinar_id>\d+)/me';
	}

	/**
	 * {@inheritDoc}
	 *
	 * @return array<string, mixed>
	 */
	public function schema(): array {
		return array( 'title' => 'webinars-room-me' ) + Room::ME_SCHEMA;
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
				'token'      => array(
					'description' => __( 'Join token (also accepted in the X-Webinars-Token header).', 'webinars' ),
					'type'        => 'string',
					'maxLength'   => 512,
				),
			),
		);
	}

	/**
	 * A user who may attend (or control this webinar), or a valid join token for this webinar.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function permission( WP_REST_Request $request ) {
		$webinar_id = self::param_id( $request['webinar_id'] );
		if ( self::may_attend( $webinar_id ) ) {
			return true;
		}
		$token = self::token( $request );
		if ( '' !== $token ) {
			return null !== Keys::verify( $token, $webinar_id )
				? true
				: new WP_Error( 'webinars_token_invalid', __( 'This join link is not valid or has expired.', 'webinars' ), array( 'status' => 401 ) );
		}
		if ( is_user_logged_in() ) {
			return self::refuse( Room::ERROR_FORBIDDEN, __( 'Your account may not take part in webinars. Ask the organizer for access or a personal join link.', 'webinars' ) );
		}
		return self::refuse( Room::ERROR_UNAUTHENTICATED, __( 'Log in, or open the room from your personal join link.', 'webinars' ) );
	}

	/**
	 * The participation.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function respond( WP_REST_Request $request ) {
		$webinar_id  = self::param_id( $request['webinar_id'] );
		$user_id     = self::may_attend( $webinar_id ) ? get_current_user_id() : 0;
		$participant = $user_id > 0 ? 'user:' . $user_id : (string) Keys::verify( self::token( $request ), $webinar_id );
		$retry       = self::throttle( 'me', $webinar_id . '|' . $participant );
		if ( $retry > 0 ) {
			return self::throttled( $retry );
		}
		$state = apply_filters( Hooks::WEBINARS_ROOM_STATE, null, $webinar_id );
		if ( ! is_array( $state ) ) {
			return self::refuse( Room::ERROR_NOT_FOUND, __( 'There is no such published webinar.', 'webinars' ) );
		}
		$role        = $user_id > 0 ? apply_filters( Hooks::WEBINARS_PARTICIPANT_ROLE, null, $webinar_id, $user_id ) : null;
		$can_control = $user_id > 0 && current_user_can( Capabilities::CONTROL_WEBINAR, $webinar_id );

		/** Documented in docs/hooks.md (webinars_room_presence). Staff are not counted as attendees. */
		do_action( Hooks::WEBINARS_ROOM_PRESENCE, $webinar_id, $participant, ! $can_control && ! is_string( $role ) );

		list( $kind, $id ) = array_pad( explode( ':', $participant, 2 ), 2, '' );
		$response          = new WP_REST_Response(
			array(
				'webinar_id'    => $webinar_id,
				'room_key'      => (string) apply_filters( Hooks::WEBINARS_ROOM_KEY, '', $webinar_id ),
				'participant'   => array(
					'kind'      => $kind,
					'id'        => $id,
					'last_seen' => gmdate( DATE_ATOM ),
				),
				'role'          => is_string( $role ) ? $role : ( $can_control ? 'administrator' : 'attendee' ),
				'can_control'   => $can_control,
				'can_organize'  => $user_id > 0 && current_user_can( Capabilities::ORGANIZE_WEBINAR, $webinar_id ),
				'attendees_now' => $can_control ? (int) apply_filters( Hooks::WEBINARS_ROOM_ATTENDANCE, null, $webinar_id ) : null,
				'poll_interval' => max( 500, (int) apply_filters( Hooks::WEBINARS_POLL_INTERVAL, 2000, $webinar_id ) ),
				'media'         => self::media( $webinar_id ),
				'state'         => $state,
			)
		);
		$response->header( 'Cache-Control', 'private, no-store' );
		return $response;
	}

	/**
	 * The webinar's players (per participant: the shared state never carries them).
	 *
	 * @param int $webinar_id Webinar.
	 * @return array{stream: mixed, recording: mixed}
	 */
	private static function media( int $webinar_id ): array {
		$webinar = apply_filters( Hooks::WEBINARS_WEBINAR, null, $webinar_id );
		$media   = is_array( $webinar ) && is_array( $webinar['media'] ?? null ) ? $webinar['media'] : array();
		return array(
			'stream'    => is_array( $media['stream'] ?? null ) ? $media['stream'] : null,
			'recording' => is_array( $media['recording'] ?? null ) ? $media['recording'] : null,
		);
	}

	/**
	 * Whether the logged-in caller may take part: webinars_attend, or control of this webinar.
	 *
	 * @param int $webinar_id Webinar.
	 */
	private static function may_attend( int $webinar_id ): bool {
		return is_user_logged_in()
			&& ( current_user_can( Capabilities::ATTEND ) || current_user_can( Capabilities::CONTROL_WEBINAR, $webinar_id ) );
	}

	/**
	 * The join token from the header or the query.
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	private static function token( WP_REST_Request $request ): string {
		$header = (string) $request->get_header( 'x_webinars_token' );
		return '' !== $header ? $header : self::text( $request['token'] );
	}
}
