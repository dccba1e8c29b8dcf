<?php
/**
 * Issue 6 item 8: per-webinar capabilities through core's own /wp/v2/webinars routes. An organizer
 * edits, publishes and deletes only the webinars they created or organize; who organizes and who
 * speaks is chosen by webinars_assign_staff holders, and only users who hold the list's capability
 * may be on it.
 *
 * @package Webinars
 */

namespace Webinars\Tests\Security;

use Webinars\Contracts\Capabilities;
use Webinars\Contracts\Hooks;
use Webinars\Contracts\Room;
use Webinars\Contracts\Webinar;

/**
 * Taking over a webinar is impossible.
 */
final class WebinarCapabilitiesTest extends SecurityTestCase {

	/**
	 * The attack of the issue: an organizer of nothing cannot add themselves, start the webinar,
	 * rewrite its CTA URL or trash it.
	 */
	public function test_an_organizer_of_nothing_cannot_take_over_a_webinar(): void {
		$lone   = $this->users['lone_organizer'];
		$route  = '/wp/v2/webinars/' . $this->webinar;
		$before = $this->meta_of( $this->webinar );

		$join = $this->rest( 'POST', $route, array( 'meta' => array( Webinar::META_ORGANIZERS => array( $this->users['organizer'], $lone ) ) ), $lone );
		$this->assertSame( 403, $join->get_status(), (string) wp_json_encode( $join->get_data() ) );

		$cta = $this->rest( 'POST', $route, array( 'meta' => array( Webinar::META_CTA_URL => 'https://evil.example/' ) ), $lone );
		$this->assertSame( 403, $cta->get_status() );

		$title = $this->rest( 'POST', $route, array( 'title' => 'Mine now' ), $lone );
		$this->assertSame( 403, $title->get_status() );

		$trash = $this->rest( 'DELETE', $route, null, $lone );
		$this->assertSame( 403, $trash->get_status() );

		$autosave = $this->rest( 'POST', $route . '/autosaves', array( 'title' => 'Mine now' ), $lone );
		$this->assertSame( 403, $autosave->get_status() );

		$publish = $this->rest(
			'POST',
			'/wp/v2/webinars/' . $this->create_post(
				array(
					'post_type'   => Webinar::POST_TYPE,
					'post_status' => 'draft',
					'post_author' => $this->users['admin'],
				)
			),
			array( 'status' => 'publish' ),
			$lone
		);
		$this->assertSame( 403, $publish->get_status(), 'Nor publish somebody else\'s draft.' );

		$start = $this->act(
			Hooks::CORE_WEBINAR_SET_STATUS,
			array(
				'webinar_id' => $this->webinar,
				'status'     => Room::REQUEST_START,
			),
			$lone
		);
		$this->assertSame( 403, $start->get_status() );

		$this->assertSame( 'publish', get_post_status( $this->webinar ) );
		$this->assertSame( $before, $this->meta_of( $this->webinar ) );
		$this->assertSame( Room::STATUS_SCHEDULED, $this->state()['status'] );
	}

	/**
	 * An organizer edits, publishes and trashes the webinars they organize or created, and creates
	 * new ones; but does not choose who organizes or speaks.
	 */
	public function test_an_organizer_manages_their_own_webinars_only(): void {
		$organizer = $this->users['organizer'];
		$route     = '/wp/v2/webinars/' . $this->webinar;

		$edit = $this->rest(
			'POST',
			$route,
			array(
				'title' => 'Renamed by its organizer',
				'meta'  => array( Webinar::META_CTA_URL => 'https://example.org/new' ),
			),
			$organizer
		);
		$this->assertSame( 200, $edit->get_status(), (string) wp_json_encode( $edit->get_data() ) );
		$this->assertSame( 'https://example.org/new', get_post_meta( $this->webinar, Webinar::META_CTA_URL, true ) );

		$staff = $this->rest( 'POST', $route, array( 'meta' => array( Webinar::META_SPEAKERS => array( $this->users['other_speaker'] ) ) ), $organizer );
		$this->assertSame( 403, $staff->get_status(), 'Choosing speakers needs webinars_assign_staff.' );
		$this->assertSame( array( $this->users['speaker'] ), get_post_meta( $this->webinar, Webinar::META_SPEAKERS, true ) );

		$unchanged = $this->rest( 'POST', $route, array( 'meta' => array( Webinar::META_SPEAKERS => array( $this->users['speaker'] ) ) ), $organizer );
		$this->assertSame( 200, $unchanged->get_status(), 'The editor sends unchanged lists on every save.' );

		$other = $this->rest( 'POST', '/wp/v2/webinars/' . $this->other_webinar, array( 'title' => 'Not mine' ), $organizer );
		$this->assertSame( 403, $other->get_status() );

		$created = $this->rest(
			'POST',
			'/wp/v2/webinars',
			array(
				'title'  => 'My own',
				'status' => 'publish',
			),
			$this->users['lone_organizer']
		);
		$this->assertSame( 201, $created->get_status(), (string) wp_json_encode( $created->get_data() ) );
		$own = (int) $created->get_data()['id'];
		$this->assertSame( 200, $this->rest( 'POST', '/wp/v2/webinars/' . $own, array( 'title' => 'Still mine' ) )->get_status() );
		$this->assertTrue( current_user_can( Capabilities::CONTROL_WEBINAR, $own ), 'The author controls their webinar.' );
		$this->assertSame( 200, $this->rest( 'DELETE', '/wp/v2/webinars/' . $own )->get_status() );

		$this->assertSame( 200, $this->rest( 'DELETE', $route, null, $organizer )->get_status(), 'A listed organizer may trash it.' );
		$this->assertSame( 'trash', get_post_status( $this->webinar ) );
	}

	/**
	 * Who may create a webinar at all, and with which staff: a speaker, a moderator or a subscriber
	 * may not; an organizer may, without naming anybody else.
	 */
	public function test_creating_webinars(): void {
		foreach ( array( 'speaker', 'moderator', 'attendee', 'subscriber', 'guest_role' ) as $actor ) {
			$this->assertSame( 403, $this->rest( 'POST', '/wp/v2/webinars', array( 'title' => 'x' ), $this->users[ $actor ] )->get_status(), $actor );
		}
		$this->assertSame( 401, $this->rest( 'POST', '/wp/v2/webinars', array( 'title' => 'x' ), 0 )->get_status() );
		$staffed = $this->rest(
			'POST',
			'/wp/v2/webinars',
			array(
				'title' => 'With a speaker',
				'meta'  => array( Webinar::META_SPEAKERS => array( $this->users['speaker'] ) ),
			),
			$this->users['lone_organizer']
		);
		$this->assertSame( 403, $staffed->get_status(), 'Naming staff needs webinars_assign_staff.' );
		$this->assertSame( 0, (int) wp_count_posts( Webinar::POST_TYPE )->draft );
	}

	/**
	 * An administrator chooses the staff; a user who lacks the list's capability is refused with a
	 * 400 naming the field and the user, and nothing is written.
	 */
	public function test_staff_lists_accept_only_users_holding_the_capability(): void {
		$admin = $this->users['admin'];
		$route = '/wp/v2/webinars/' . $this->webinar;

		$ok = $this->rest( 'POST', $route, array( 'meta' => array( Webinar::META_ORGANIZERS => array( $this->users['organizer'], $this->users['lone_organizer'] ) ) ), $admin );
		$this->assertSame( 200, $ok->get_status(), (string) wp_json_encode( $ok->get_data() ) );
		$this->assertSame( array( $this->users['organizer'], $this->users['lone_organizer'] ), get_post_meta( $this->webinar, Webinar::META_ORGANIZERS, true ) );

		$bad_type = $this->rest(
			'POST',
			$route,
			array(
				'title' => 'Should not be saved',
				'meta'  => array( Webinar::META_TYPE => 'bogus' ),
			),
			$admin
		);
		$this->assertSame( 400, $bad_type->get_status() );
		$this->assertStringContainsString( Webinar::META_TYPE, (string) $bad_type->get_data()['data']['params']['meta'] );
		$this->assertNotSame( 'Should not be saved', get_the_title( $this->webinar ), 'Core alone would save the title, then refuse the meta.' );

		$cases = array(
			array( Webinar::META_ORGANIZERS, $this->users['subscriber'] ),
			array( Webinar::META_ORGANIZERS, $this->users['speaker'] ),
			array( Webinar::META_SPEAKERS, $this->users['attendee'] ),
			array( Webinar::META_SPEAKERS, 987654321 ),
		);
		foreach ( $cases as list( $key, $user_id ) ) {
			$before   = get_post_meta( $this->webinar, $key, true );
			$response = $this->rest(
				'POST',
				$route,
				array(
					'title' => 'Should not be saved',
					'meta'  => array( $key => array( $user_id ) ),
				),
				$admin
			);
			$this->assertSame( 400, $response->get_status(), "$key $user_id" );
			$data    = $response->get_data();
			$message = (string) $data['data']['params']['meta'];
			$this->assertSame( 'rest_invalid_param', $data['code'] );
			$this->assertStringContainsString( $key, $message );
			$this->assertStringContainsString( (string) $user_id, $message );
			$this->assertSame( $before, get_post_meta( $this->webinar, $key, true ) );
			$this->assertNotSame( 'Should not be saved', get_the_title( $this->webinar ), 'Refused before anything is written.' );
		}
	}

	/**
	 * Outside REST (update_post_meta, meta_input) a staff list keeps only users who hold its
	 * capability, and the CTA URL only http(s).
	 */
	public function test_writes_outside_rest_are_sanitized(): void {
		update_post_meta( $this->webinar, Webinar::META_ORGANIZERS, array( $this->users['subscriber'], (string) $this->users['lone_organizer'], 987654321, -3, 'x' ) );
		$this->assertSame( array( $this->users['lone_organizer'] ), get_post_meta( $this->webinar, Webinar::META_ORGANIZERS, true ) );

		update_post_meta( $this->webinar, Webinar::META_SPEAKERS, array( $this->users['guest_role'], $this->users['other_speaker'] ) );
		$this->assertSame( array( $this->users['other_speaker'] ), get_post_meta( $this->webinar, Webinar::META_SPEAKERS, true ) );

		update_post_meta( $this->webinar, Webinar::META_CTA_URL, 'javascript:alert(document.cookie)' );
		$this->assertSame( '', get_post_meta( $this->webinar, Webinar::META_CTA_URL, true ) );
		update_post_meta( $this->webinar, Webinar::META_CTA_URL, ' https://example.org/offer?a=1&b=2 ' );
		$this->assertSame( 'https://example.org/offer?a=1&b=2', get_post_meta( $this->webinar, Webinar::META_CTA_URL, true ) );

		update_post_meta( $this->webinar, Webinar::META_CTA_URL, 'https://example.org/offer' );
		$response = $this->rest( 'POST', '/wp/v2/webinars/' . $this->webinar, array( 'meta' => array( Webinar::META_CTA_URL => 'javascript:alert(1)' ) ), $this->users['admin'] );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( '', get_post_meta( $this->webinar, Webinar::META_CTA_URL, true ), 'Through REST it is dropped too.' );
	}

	/**
	 * The meta capabilities, actor by actor: control (organizer, speaker, author with
	 * control_assigned, or control_all) and organize (organizer or author with edit_webinars, or
	 * edit_others_webinars); and the role each holds in the webinar.
	 */
	public function test_meta_capabilities_and_participant_roles(): void {
		$expected = array(
			// actor => [ control, organize, role ].
			'organizer'      => array( true, true, 'organizer' ),
			'speaker'        => array( true, false, 'speaker' ),
			'lone_organizer' => array( false, false, null ),
			'other_speaker'  => array( false, false, null ),
			'moderator'      => array( false, false, null ),
			'attendee'       => array( false, false, null ),
			'subscriber'     => array( false, false, null ),
			'guest_role'     => array( false, false, null ),
			'system'         => array( false, false, null ),
			'admin'          => array( true, true, 'administrator' ),
		);
		foreach ( $expected as $actor => list( $control, $organize, $role ) ) {
			$user_id = $this->users[ $actor ];
			$this->assertSame( $control, user_can( $user_id, Capabilities::CONTROL_WEBINAR, $this->webinar ), "$actor control" );
			$this->assertSame( $organize, user_can( $user_id, Capabilities::ORGANIZE_WEBINAR, $this->webinar ), "$actor organize" );
			$this->assertSame( $role, apply_filters( Hooks::WEBINARS_PARTICIPANT_ROLE, null, $this->webinar, $user_id ), "$actor role" );
		}
		$this->assertFalse( user_can( 0, Capabilities::CONTROL_WEBINAR, $this->webinar ), 'anonymous' );
		$this->assertNull( apply_filters( Hooks::WEBINARS_PARTICIPANT_ROLE, null, $this->webinar, 0 ) );

		$authored = $this->create_post(
			array(
				'post_type'   => Webinar::POST_TYPE,
				'post_author' => $this->users['lone_organizer'],
			)
		);
		$this->assertTrue( user_can( $this->users['lone_organizer'], Capabilities::CONTROL_WEBINAR, $authored ) );
		$this->assertTrue( user_can( $this->users['lone_organizer'], Capabilities::ORGANIZE_WEBINAR, $authored ) );
		$this->assertSame( 'organizer', apply_filters( Hooks::WEBINARS_PARTICIPANT_ROLE, null, $authored, $this->users['lone_organizer'] ) );
		$this->assertFalse( user_can( $this->users['admin'], Capabilities::CONTROL_WEBINAR, 999999 ), 'No such webinar.' );
		$this->assertFalse( user_can( $this->users['admin'], Capabilities::ORGANIZE_WEBINAR, 999999 ) );
	}
}
