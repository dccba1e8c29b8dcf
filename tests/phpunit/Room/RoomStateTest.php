<?php
/**
 * The room state Core keeps, and the routes that read it: transitions and their refusals, the
 * version, the event log, the shared state route (room key, ETag, 304, cache headers) and the
 * participation route (sessions, join tokens, presence, throttling).
 *
 * @package Webinars
 */

namespace Webinars\Tests\Room;

use Webinars\Contracts\Webinar;
use Webinars\Contracts\Room;
use Webinars\Contracts\Hooks;

/**
 * Room state, end to end through REST, in-process.
 */
final class RoomStateTest extends RoomTestCase {

	/**
	 * Scheduled → live → ended, each a new version with one logged event; asking again is a
	 * 200 without change; an illegal transition is a 409 with a reason.
	 */
	public function test_lifecycle_versions_and_refusals(): void {
		global $wpdb;
		$speaker = $this->users['speaker'];
		$this->assertSame( Room::STATUS_SCHEDULED, $this->state()['status'] );
		$v0 = $this->state()['version'];

		$start = $this->act( Hooks::CORE_WEBINAR_SET_STATUS, $this->status( 'start' ), $speaker );
		$this->assertSame( 200, $start->get_status() );
		$this->assertTrue( $start->get_data()['changed'] );
		$this->assertSame( Room::STATUS_LIVE, $start->get_data()['state']['status'] );
		$this->assertSame( $v0 + 1, $start->get_data()['state']['version'] );

		$again = $this->act( Hooks::CORE_WEBINAR_SET_STATUS, $this->status( 'start' ), $speaker );
		$this->assertSame( 200, $again->get_status() );
		$this->assertFalse( $again->get_data()['changed'], 'A repeated start is not a second change.' );
		$this->assertSame( $v0 + 1, $this->state()['version'] );

		$this->assertSame( 200, $this->act( Hooks::CORE_WEBINAR_SET_STATUS, $this->status( 'stop' ), $speaker )->get_status() );
		$restart = $this->act( Hooks::CORE_WEBINAR_SET_STATUS, $this->status( 'start' ), $speaker );
		$this->assertSame( 409, $restart->get_status() );
		$this->assertSame( 'webinars_illegal_transition', $restart->get_data()['code'] );
		$this->assertSame( 'Cannot start the webinar: it has ended.', $restart->get_data()['message'] );

		$cta = $this->act( Hooks::CORE_WEBINAR_SET_CTA_VISIBILITY, $this->cta( true ), $speaker );
		$this->assertSame( 200, $cta->get_status(), 'A post-webinar offer may go up after the end.' );
		$this->assertSame( 200, $this->act( Hooks::CORE_WEBINAR_SET_STATUS, $this->status( 'archive' ), $this->users['system'] )->get_status() );
		$archived = $this->act( Hooks::CORE_WEBINAR_SET_CTA_VISIBILITY, $this->cta( false ), $speaker );
		$this->assertSame( 409, $archived->get_status(), 'An archived webinar is frozen.' );
		$this->assertSame( 'The call-to-action cannot change: it is archived.', $archived->get_data()['message'] );

		$events = $wpdb->get_results( $wpdb->prepare( "SELECT field, from_value, to_value, version, actor_id, role, source FROM {$wpdb->prefix}webinars_room_events WHERE webinar_id = %d ORDER BY version", $this->webinar ), ARRAY_A );
		$this->assertSame(
			array(
				array( 'status', Room::STATUS_SCHEDULED, Room::STATUS_LIVE, (string) ( $v0 + 1 ), (string) $speaker, 'speaker', 'rest' ),
				array( 'status', Room::STATUS_LIVE, Room::STATUS_ENDED, (string) ( $v0 + 2 ), (string) $speaker, 'speaker', 'rest' ),
				array( 'cta', 'hidden', 'visible', (string) ( $v0 + 3 ), (string) $speaker, 'speaker', 'rest' ),
				array( 'status', Room::STATUS_ENDED, Room::STATUS_ARCHIVED, (string) ( $v0 + 4 ), (string) $this->users['system'], 'system', 'rest' ),
			),
			array_map( 'array_values', $events )
		);
	}

	/**
	 * Each effective change fires webinars_room_state_changed once, with the canonical action's
	 * context; the canonical action itself fires for every accepted request.
	 */
	public function test_change_is_announced_once(): void {
		$changes = array();
		add_action(
			Hooks::WEBINARS_ROOM_STATE_CHANGED,
			static function ( array $change ) use ( &$changes ) {
				$changes[] = $change;
			}
		);
		$fired = did_action( Hooks::CORE_WEBINAR_SET_CTA_VISIBILITY );
		$this->act( Hooks::CORE_WEBINAR_SET_CTA_VISIBILITY, $this->cta( true ), $this->users['organizer'] );
		$this->act( Hooks::CORE_WEBINAR_SET_CTA_VISIBILITY, $this->cta( true ), $this->users['organizer'] );

		$this->assertSame( $fired + 2, did_action( Hooks::CORE_WEBINAR_SET_CTA_VISIBILITY ) );
		$this->assertCount( 1, $changes );
		$this->assertSame( 'cta', $changes[0]['field'] );
		$this->assertTrue( $changes[0]['state']['cta']['visible'] );
		$this->assertSame( 'organizer', $changes[0]['context']['role'] );
	}

	/**
	 * The shared route: room key required; ETag from the version; 304 on If-None-Match; public
	 * short-lived caching; CTA content only while visible.
	 */
	public function test_shared_state_route(): void {
		$key   = apply_filters( Hooks::WEBINARS_ROOM_KEY, '', $this->webinar );
		$route = '/webinars/v1/rooms/' . $this->webinar;
		$this->assertMatchesRegularExpression( '/^[0-9a-f]{64}$/', $key );

		$this->assertSame( 401, $this->rest( 'GET', $route )->get_status(), 'The key is required: no key, no entry.' );
		$this->assertSame( 401, $this->rest( 'GET', $route, array( 'key' => str_repeat( 'a', 64 ) ) )->get_status() );
		$other_key = apply_filters( Hooks::WEBINARS_ROOM_KEY, '', $this->other_webinar );
		$this->assertSame( 401, $this->rest( 'GET', $route, array( 'key' => $other_key ) )->get_status(), 'A key opens one room only.' );

		$response = $this->rest( 'GET', $route, array( 'key' => $key ) );
		$this->assertSame( 200, $response->get_status() );
		$state = $response->get_data();
		$this->assertSame( Room::STATUS_SCHEDULED, $state['status'] );
		$this->assertSame( array( 'visible' => false ), $state['cta'] );
		$this->assertSame( '2026-12-01T18:00:00+03:00', $state['starts_at'] );
		$etag = $response->get_headers()['ETag'];
		$this->assertSame( sprintf( '"r%d-v%d"', $this->webinar, $state['version'] ), $etag );
		$this->assertSame( 'public, max-age=1, stale-while-revalidate=1', $response->get_headers()['Cache-Control'] );

		$not_modified = $this->rest( 'GET', $route, array( 'key' => $key ), null, array( 'If-None-Match' => $etag ) );
		$this->assertSame( 304, $not_modified->get_status() );
		$this->assertNull( $not_modified->get_data() );

		$this->act( Hooks::CORE_WEBINAR_SET_CTA_VISIBILITY, $this->cta( true ), $this->users['speaker'] );
		wp_set_current_user( 0 );
		$changed = $this->rest( 'GET', $route, array( 'key' => $key ), null, array( 'If-None-Match' => $etag ) );
		$this->assertSame( 200, $changed->get_status(), 'A new version is sent in full.' );
		$this->assertSame(
			array(
				'visible' => true,
				'text'    => 'Get the course',
				'label'   => 'Buy now',
				'url'     => 'https://example.org/buy',
			),
			$changed->get_data()['cta']
		);
		$this->assertNotSame( $etag, $changed->get_headers()['ETag'] );
	}

	/**
	 * Editing the CTA content bumps the version, so pollers see it; an unchanged save does not.
	 */
	public function test_content_edits_bump_the_version(): void {
		$before = $this->state()['version'];
		wp_update_post( array( 'ID' => $this->webinar ) );
		$this->assertSame( $before, $this->state()['version'] );
		update_post_meta( $this->webinar, Webinar::META_CTA_LABEL, 'Enrol' );
		$this->assertSame( $before + 1, $this->state()['version'] );
	}

	/**
	 * The participation route: guests 401; users and valid join tokens 200; forged, expired and
	 * foreign tokens 401; controllers get the attendee count.
	 */
	public function test_me_route_authentication_and_presence(): void {
		$route = '/webinars/v1/rooms/' . $this->webinar . '/me';
		$this->assertSame( 401, $this->rest( 'GET', $route, null, 0 )->get_status() );

		$me = $this->rest( 'GET', $route, null, $this->users['attendee'] );
		$this->assertSame( 200, $me->get_status() );
		$this->assertSame( apply_filters( Hooks::WEBINARS_ROOM_KEY, '', $this->webinar ), $me->get_data()['room_key'] );
		$this->assertFalse( $me->get_data()['can_control'] );
		$this->assertNull( $me->get_data()['attendees_now'] );
		$this->assertSame( 2000, $me->get_data()['poll_interval'] );

		$token = apply_filters( Hooks::WEBINARS_ISSUE_JOIN_TOKEN, '', $this->webinar, 'lead:42', HOUR_IN_SECONDS );
		$this->assertSame( 200, $this->rest( 'GET', $route, null, 0, array( 'X-Webinars-Token' => $token ) )->get_status() );
		$this->assertSame( 200, $this->rest( 'GET', $route, array( 'token' => $token ), 0 )->get_status() );
		$by_token = $this->rest( 'GET', $route, array( 'token' => $token ), 0 )->get_data();
		$this->assertSame( 'lead', $by_token['participant']['kind'] );
		$this->assertSame( '42', $by_token['participant']['id'] );

		$forged  = substr( $token, 0, -2 ) . ( 'AA' === substr( $token, -2 ) ? 'BB' : 'AA' );
		$expired = apply_filters( Hooks::WEBINARS_ISSUE_JOIN_TOKEN, '', $this->webinar, 'lead:42', -10 );
		$foreign = apply_filters( Hooks::WEBINARS_ISSUE_JOIN_TOKEN, '', $this->other_webinar, 'lead:42', HOUR_IN_SECONDS );
		foreach ( array(
			'forged'  => $forged,
			'expired' => $expired,
			'foreign' => $foreign,
			'garbage' => 'x.y.z',
		) as $name => $bad ) {
			$response = $this->rest( 'GET', $route, null, 0, array( 'X-Webinars-Token' => $bad ) );
			$this->assertSame( 401, $response->get_status(), $name );
			$this->assertSame( 'webinars_token_invalid', $response->get_data()['code'], $name );
		}

		$speaker = $this->rest( 'GET', $route, null, $this->users['speaker'] )->get_data();
		$this->assertTrue( $speaker['can_control'] );
		$this->assertSame( 'speaker', $speaker['role'] );
		$this->assertIsInt( $speaker['attendees_now'], 'Who counts: CommandPathTest, ParticipationTest.' );
	}

	/**
	 * Past its limit the participation route answers 429 with Retry-After; counters live in the
	 * database here (no persistent object cache).
	 */
	public function test_me_route_is_throttled_per_participant(): void {
		add_filter(
			'webinars_throttle_limits',
			static function ( array $limits ) {
				$limits['me'] = array( 3, HOUR_IN_SECONDS );
				return $limits;
			}
		);
		$route = '/webinars/v1/rooms/' . $this->webinar . '/me';
		for ( $i = 1; $i <= 3; $i++ ) {
			$this->assertSame( 200, $this->rest( 'GET', $route, null, $this->users['attendee'] )->get_status(), "request $i" );
		}
		$throttled = $this->rest( 'GET', $route, null, $this->users['attendee'] );
		$this->assertSame( 429, $throttled->get_status() );
		$retry = (int) $throttled->get_headers()['Retry-After'];
		$this->assertGreaterThan( 0, $retry );
		$this->assertLessThanOrEqual( HOUR_IN_SECONDS, $retry );
		$this->assertSame( 200, $this->rest( 'GET', $route, null, $this->users['speaker'] )->get_status(), 'Another participant is not throttled.' );
	}

	/**
	 * A set_status body.
	 *
	 * @param string $status Requested status.
	 * @return array<string, mixed>
	 */
	private function status( string $status ): array {
		return array(
			'webinar_id' => $this->webinar,
			'status'     => $status,
		);
	}

	/**
	 * A set_cta_visibility body.
	 *
	 * @param bool $visible Visible.
	 * @return array<string, mixed>
	 */
	private function cta( bool $visible ): array {
		return array(
			'webinar_id' => $this->webinar,
			'visible'    => $visible,
		);
	}
}
