<?php
/**
 * Issue 6 items 13 and 14 (/me): taking part needs webinars_attend (or control of the webinar) or
 * a valid join token; /me follows Room::ME_SCHEMA exactly, with participant.last_seen; presence
 * says whether the caller counts as an attendee.
 *
 * @package Webinars
 */

namespace Webinars\Tests\Security;

use Webinars\Contracts\Hooks;
use Webinars\Contracts\Room;

/**
 * Who may take part, and what /me says.
 */
final class ParticipationTest extends SecurityTestCase {

	/**
	 * The /me route of our webinar.
	 */
	private function me_route(): string {
		return '/webinars/v1/rooms/' . $this->webinar . '/me';
	}

	/**
	 * A subscriber and the webinars_guest role get 403 and no room key; anonymous 401; a join token
	 * still opens the room, for visitors and for such accounts alike.
	 */
	public function test_attend_capability_or_join_token_is_required(): void {
		foreach ( array( 'subscriber', 'guest_role' ) as $actor ) {
			$response = $this->rest( 'GET', $this->me_route(), null, $this->users[ $actor ] );
			$this->assertSame( 403, $response->get_status(), $actor );
			$this->assertSame( Room::ERROR_FORBIDDEN, $response->get_data()['code'], $actor );
			$this->assertStringNotContainsString( (string) apply_filters( Hooks::WEBINARS_ROOM_KEY, '', $this->webinar ), (string) wp_json_encode( $response->get_data() ) );
		}
		$anonymous = $this->rest( 'GET', $this->me_route(), null, 0 );
		$this->assertSame( 401, $anonymous->get_status() );
		$this->assertSame( Room::ERROR_UNAUTHENTICATED, $anonymous->get_data()['code'] );

		$token = (string) apply_filters( Hooks::WEBINARS_ISSUE_JOIN_TOKEN, '', $this->webinar, 'lead:7', HOUR_IN_SECONDS );
		$this->assertSame( 200, $this->rest( 'GET', $this->me_route(), array( 'token' => $token ), 0 )->get_status() );
		$with_token = $this->rest( 'GET', $this->me_route(), array( 'token' => $token ), $this->users['subscriber'] );
		$this->assertSame( 200, $with_token->get_status() );
		$this->assertSame( 'lead', $with_token->get_data()['participant']['kind'], 'The token, not the account, takes part.' );

		foreach ( array( 'attendee', 'moderator', 'lone_organizer', 'organizer', 'speaker', 'admin', 'system' ) as $actor ) {
			$this->assertSame( 200, $this->rest( 'GET', $this->me_route(), null, $this->users[ $actor ] )->get_status(), $actor );
		}
	}

	/**
	 * Every /me body matches the contract's schema (no field more, none less), for each kind of
	 * caller; role, can_control, can_organize and attendees_now are theirs.
	 */
	public function test_me_follows_the_contract_schema(): void {
		$expected = array(
			// actor => [ role, can_control, can_organize, sees attendees_now ].
			'attendee'       => array( 'attendee', false, false, false ),
			'lone_organizer' => array( 'attendee', false, false, false ),
			'organizer'      => array( 'organizer', true, true, true ),
			'speaker'        => array( 'speaker', true, false, true ),
			'admin'          => array( 'administrator', true, true, true ),
		);
		foreach ( $expected as $actor => list( $role, $control, $organize, $count ) ) {
			$before = time();
			$body   = $this->rest( 'GET', $this->me_route(), null, $this->users[ $actor ] )->get_data();
			$this->assertTrue( rest_validate_value_from_schema( $body, Room::ME_SCHEMA, 'me' ), (string) wp_json_encode( $body ) );
			$this->assertSame( array_keys( Room::ME_SCHEMA['properties'] ), array_keys( $body ), $actor );
			$this->assertSame( $role, $body['role'], $actor );
			$this->assertSame( $control, $body['can_control'], $actor );
			$this->assertSame( $organize, $body['can_organize'], $actor );
			$this->assertSame( $count, is_int( $body['attendees_now'] ), $actor );
			$seen = strtotime( $body['participant']['last_seen'] );
			$this->assertGreaterThanOrEqual( $before, $seen, $actor );
			$this->assertLessThanOrEqual( time(), $seen, $actor );
			$this->assertMatchesRegularExpression( '/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/', $body['participant']['last_seen'] );
		}
		$token = (string) apply_filters( Hooks::WEBINARS_ISSUE_JOIN_TOKEN, '', $this->webinar, 'lead:7', HOUR_IN_SECONDS );
		$lead  = $this->rest( 'GET', $this->me_route(), array( 'token' => $token ), 0 )->get_data();
		$this->assertTrue( rest_validate_value_from_schema( $lead, Room::ME_SCHEMA, 'me' ) );
		$this->assertSame( 'attendee', $lead['role'] );
		$this->assertNull( $lead['attendees_now'] );
	}

	/**
	 * OPTIONS shows the contract's schemas of both room routes.
	 */
	public function test_routes_describe_their_contract_schema(): void {
		$me    = $this->rest( 'OPTIONS', $this->me_route() )->get_data();
		$state = $this->rest( 'OPTIONS', '/webinars/v1/rooms/' . $this->webinar )->get_data();
		$this->assertSame( Room::ME_SCHEMA['properties'], $me['schema']['properties'] );
		$this->assertSame( Room::STATE_SCHEMA['properties'], $state['schema']['properties'] );
		$this->assertSame( Room::STATE_SCHEMA['properties']['webinar_id']['maximum'], $me['endpoints'][0]['args']['webinar_id']['maximum'] );
	}

	/**
	 * Presence carries whether the caller counts as an attendee: not the staff, not administrators.
	 */
	public function test_presence_tells_attendees_from_staff(): void {
		$seen = array();
		add_action(
			Hooks::WEBINARS_ROOM_PRESENCE,
			static function ( $webinar_id, $participant, $is_attendee = null ) use ( &$seen ): void {
				$seen[ (string) $participant ] = $is_attendee;
			},
			10,
			3
		);
		$expected = array(
			'attendee'       => true,
			'lone_organizer' => true,
			'organizer'      => false,
			'speaker'        => false,
			'admin'          => false,
		);
		foreach ( array_keys( $expected ) as $actor ) {
			$this->rest( 'GET', $this->me_route(), null, $this->users[ $actor ] );
		}
		$token = (string) apply_filters( Hooks::WEBINARS_ISSUE_JOIN_TOKEN, '', $this->webinar, 'lead:7', HOUR_IN_SECONDS );
		$this->rest( 'GET', $this->me_route(), array( 'token' => $token ), 0 );

		foreach ( $expected as $actor => $is_attendee ) {
			$this->assertSame( $is_attendee, $seen[ 'user:' . $this->users[ $actor ] ] ?? 'not seen', $actor );
		}
		$this->assertTrue( $seen['lead:7'] ?? null );
	}
}
