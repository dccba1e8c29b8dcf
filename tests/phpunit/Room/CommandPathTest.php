<?php
/**
 * The one command path: the route authorises by the contract's transition capability, fires the
 * command through the bus and answers from Core's Outcome (one error map); reset goes the same
 * way; a write reads the room at most twice; the audit row names the actor's real role.
 *
 * @package Webinars
 */

// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared

namespace Webinars\Tests\Room;

use Webinars\Contracts\Capabilities;
use Webinars\Contracts\Hooks;
use Webinars\Contracts\Room;
use Webinars\Contracts\Webinar;
use WP_REST_Request;

/**
 * Tests for RoomCommands and ActionRoute together.
 */
final class CommandPathTest extends RoomTestCase {

	/**
	 * Reset: an organizer may, from ended only; a speaker may not; the CTA is hidden again.
	 */
	public function test_reset_is_an_organizers_from_ended_only(): void {
		$this->needs_organize_mapping();
		$organizer = $this->users['organizer'];
		$this->assertSame( 200, $this->set_status( Room::REQUEST_START, $organizer )->get_status() );
		$this->assertSame( 200, $this->set_cta( true, $organizer )->get_status() );

		$early = $this->set_status( Room::REQUEST_RESET, $organizer );
		$this->assertSame( 409, $early->get_status(), 'Not from live.' );
		$this->assertSame( Room::ERROR_ILLEGAL_TRANSITION, $early->get_data()['code'] );
		$this->assertSame( 'Cannot reset the webinar: it is live.', $early->get_data()['message'] );

		$this->assertSame( 200, $this->set_status( Room::REQUEST_STOP, $organizer )->get_status() );
		$by_speaker = $this->set_status( Room::REQUEST_RESET, $this->users['speaker'] );
		$this->assertSame( 403, $by_speaker->get_status(), 'A speaker may not reset.' );
		$this->assertSame( Room::ERROR_FORBIDDEN, $by_speaker->get_data()['code'] );
		$this->assertSame( Room::STATUS_ENDED, $this->state()['status'] );

		$before = $this->state();
		$reset  = $this->set_status( Room::REQUEST_RESET, $organizer );
		$this->assertSame( 200, $reset->get_status() );
		$this->assertTrue( $reset->get_data()['changed'] );
		$this->assertSame( Room::STATUS_SCHEDULED, $reset->get_data()['state']['status'] );
		$this->assertSame( array( 'visible' => false ), $reset->get_data()['state']['cta'], 'The rehearsal\'s CTA is down again.' );
		$this->assertSame( $before['version'] + 1, $reset->get_data()['state']['version'] );
		$this->assertSame( $reset->get_data()['state'], $this->state() );

		$again = $this->set_status( Room::REQUEST_RESET, $organizer );
		$this->assertSame( 200, $again->get_status() );
		$this->assertFalse( $again->get_data()['changed'], 'Already scheduled: no second change.' );
		$this->assertSame( 200, $this->set_status( Room::REQUEST_START, $organizer )->get_status(), 'It can start again.' );
	}

	/**
	 * Every refusal carries its code, with the status the one error map gives it.
	 */
	public function test_refusals_follow_the_error_map(): void {
		$draft = $this->create_post(
			array(
				'post_type'   => Webinar::POST_TYPE,
				'post_status' => 'draft',
			)
		);
		$cases = array(
			'guest'      => array( $this->body( $this->webinar ), 0, Room::ERROR_UNAUTHENTICATED ),
			'attendee'   => array( $this->body( $this->webinar ), $this->users['attendee'], Room::ERROR_FORBIDDEN ),
			'unknown'    => array( $this->body( 999999 ), $this->users['admin'], Room::ERROR_NOT_FOUND ),
			'not a post' => array( $this->body( $this->create_post() ), $this->users['admin'], Room::ERROR_NOT_FOUND ),
			'draft'      => array( $this->body( $draft ), $this->users['admin'], Room::ERROR_NOT_FOUND ),
		);
		foreach ( $cases as $name => list( $body, $user, $code ) ) {
			$response = $this->act( Hooks::CORE_WEBINAR_SET_STATUS, $body, $user );
			$this->assertSame( $code, $response->get_data()['code'], $name );
			$this->assertSame( Room::http_status( $code ), $response->get_status(), $name );
		}
		$this->set_status( Room::REQUEST_START, $this->users['speaker'] );
		$this->set_status( Room::REQUEST_STOP, $this->users['speaker'] );
		$illegal = $this->set_status( Room::REQUEST_START, $this->users['speaker'] );
		$this->assertSame( Room::ERROR_ILLEGAL_TRANSITION, $illegal->get_data()['code'] );
		$this->assertSame( 409, $illegal->get_status() );
	}

	/**
	 * The audit row and the change's context name the actor's real role: an administrator who is
	 * neither organizer nor speaker is an administrator.
	 */
	public function test_the_audit_row_names_an_administrator(): void {
		global $wpdb;
		$admin = $this->users['admin'];
		$this->assertTrue( user_can( $admin, Capabilities::CONTROL_ALL ) );
		$contexts = array();
		add_action(
			Hooks::WEBINARS_ROOM_STATE_CHANGED,
			static function ( array $change ) use ( &$contexts ) {
				$contexts[] = $change['context'];
			}
		);

		$this->assertSame( 200, $this->set_status( Room::REQUEST_START, $admin )->get_status() );
		$this->assertSame( 200, $this->set_status( Room::REQUEST_STOP, $this->users['organizer'] )->get_status() );

		$roles = $wpdb->get_col( $wpdb->prepare( "SELECT role FROM {$wpdb->prefix}webinars_room_events WHERE webinar_id = %d ORDER BY version", $this->webinar ) );
		$this->assertSame( array( 'administrator', 'organizer' ), $roles );
		$this->assertSame( 'administrator', $contexts[0]['role'] );
		$this->assertSame( $admin, $contexts[0]['actor_id'] );
	}

	/**
	 * Only attendees count in "attendees now"; a caller of 0.1.0 (two arguments) counts as one.
	 */
	public function test_only_attendees_are_counted(): void {
		do_action( Hooks::WEBINARS_ROOM_PRESENCE, $this->webinar, 'user:' . $this->users['attendee'], true );
		do_action( Hooks::WEBINARS_ROOM_PRESENCE, $this->webinar, 'lead:42', true );
		do_action( Hooks::WEBINARS_ROOM_PRESENCE, $this->webinar, 'user:' . $this->users['speaker'], false );
		do_action( Hooks::WEBINARS_ROOM_PRESENCE, $this->webinar, 'user:' . $this->users['admin'], false );
		do_action( Hooks::WEBINARS_ROOM_PRESENCE, $this->webinar, 'lead:43' );
		do_action( Hooks::WEBINARS_ROOM_PRESENCE, $this->other_webinar, 'lead:44', true );

		$this->assertSame( 3, apply_filters( Hooks::WEBINARS_ROOM_ATTENDANCE, null, $this->webinar ) );
		$this->assertSame( 1, apply_filters( Hooks::WEBINARS_ROOM_ATTENDANCE, null, $this->other_webinar ) );
	}

	/**
	 * Commands are rate limited per user: 429 with Retry-After, another user unaffected.
	 */
	public function test_commands_are_throttled_per_user(): void {
		add_filter(
			Hooks::WEBINARS_THROTTLE_LIMITS,
			static function ( array $limits ) {
				$limits['command'] = array( 2, HOUR_IN_SECONDS );
				return $limits;
			}
		);
		$this->assertSame( 200, $this->set_cta( true, $this->users['speaker'] )->get_status() );
		$this->assertSame( 200, $this->set_cta( false, $this->users['speaker'] )->get_status() );
		$throttled = $this->set_cta( true, $this->users['speaker'] );
		$this->assertSame( 429, $throttled->get_status() );
		$this->assertGreaterThan( 0, (int) $throttled->get_headers()['Retry-After'] );
		$this->assertFalse( $this->state()['cta']['visible'], 'A throttled command changes nothing.' );
		$this->assertSame( 200, $this->set_cta( true, $this->users['organizer'] )->get_status() );
	}

	/**
	 * The permission callback takes any input without a warning (core calls it from
	 * rest_send_allow_header() before validation): arrays, huge numbers, junk.
	 */
	public function test_permission_never_assumes_types(): void {
		$this->as_user( $this->users['speaker'] );
		rest_get_server();
		$routes     = rest_get_server()->get_routes();
		$permission = $routes[ '/webinars/v1/actions/' . Hooks::CORE_WEBINAR_SET_STATUS ][0]['permission_callback'];
		$hostile    = array(
			'array'     => array( 'webinar_id' => array( 'x' ) ),
			'huge'      => array( 'webinar_id' => '18446744073709555712' ),
			'wrapped'   => array( 'webinar_id' => 18446744073709555712 ),
			'negative'  => array( 'webinar_id' => -4 ),
			'status[]'  => array(
				'webinar_id' => $this->webinar,
				'status'     => array( 'start' ),
			),
			'no status' => array( 'webinar_id' => $this->webinar ),
		);
		foreach ( $hostile as $name => $params ) {
			$request = new WP_REST_Request( 'POST', '/webinars/v1/actions/' . Hooks::CORE_WEBINAR_SET_STATUS );
			$request->set_body_params( $params );
			$result = $permission( $request );
			$this->assertInstanceOf( \WP_Error::class, $result, $name );
		}
		$wrapped = $this->act(
			Hooks::CORE_WEBINAR_SET_STATUS,
			array(
				'webinar_id' => 18446744073709555712,
				'status'     => Room::REQUEST_START,
			),
			$this->users['speaker']
		);
		$this->assertSame( 400, $wrapped->get_status(), 'Out of range: refused, never wrapped to another webinar.' );
		$this->assertSame( Room::STATUS_SCHEDULED, $this->state()['status'] );
	}

	/**
	 * Skips (visibly) until map_meta_cap maps webinars_organize_webinar (the security part).
	 */
	private function needs_organize_mapping(): void {
		$caps = map_meta_cap( Capabilities::ORGANIZE_WEBINAR, $this->users['organizer'], $this->webinar );
		if ( array( Capabilities::ORGANIZE_WEBINAR ) === $caps ) {
			$this->markTestSkipped( 'map_meta_cap does not map webinars_organize_webinar yet (Core/Webinars.php, the security part).' );
		}
	}

	/**
	 * A set_status body.
	 *
	 * @param int    $webinar_id Webinar.
	 * @param string $request    Requested transition.
	 * @return array<string, mixed>
	 */
	private function body( int $webinar_id, string $request = Room::REQUEST_START ): array {
		return array(
			'webinar_id' => $webinar_id,
			'status'     => $request,
		);
	}
}
