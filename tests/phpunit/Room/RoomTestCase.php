<?php
/**
 * Shared set-up for the live-room tests: a published webinar with an organizer and a speaker,
 * and one user per other role.
 *
 * @package Webinars
 */

namespace Webinars\Tests\Room;

use Webinars\Tests\TestCase;

/**
 * Base class of the room tests.
 */
abstract class RoomTestCase extends TestCase {

	/**
	 * The webinar.
	 *
	 * @var int
	 */
	protected int $webinar = 0;

	/**
	 * Another webinar (its speaker must not control ours).
	 *
	 * @var int
	 */
	protected int $other_webinar = 0;

	/**
	 * User IDs by actor name.
	 *
	 * @var array<string, int>
	 */
	protected array $users = array();

	/**
	 * Creates the webinars and users.
	 */
	public function set_up(): void {
		parent::set_up();
		$this->users         = array(
			'organizer'     => $this->create_user( 'webinars_organizer' ),
			'speaker'       => $this->create_user( 'webinars_speaker' ),
			'other_speaker' => $this->create_user( 'webinars_speaker' ),
			'moderator'     => $this->create_user( 'webinars_moderator' ),
			'attendee'      => $this->create_user( 'webinars_attendee' ),
			'system'        => $this->create_user( 'webinars_system' ),
			'admin'         => $this->create_user( 'administrator' ),
		);
		$this->webinar       = $this->create_webinar( array( $this->users['organizer'] ), array( $this->users['speaker'] ) );
		$this->other_webinar = $this->create_webinar( array(), array( $this->users['other_speaker'] ) );
	}

	/**
	 * Creates a published webinar.
	 *
	 * @param int[] $organizers Organizer user IDs.
	 * @param int[] $speakers   Speaker user IDs.
	 */
	protected function create_webinar( array $organizers, array $speakers ): int {
		return $this->create_post(
			array(
				'post_type'  => 'webinar',
				'meta_input' => array(
					'webinars_organizers' => $organizers,
					'webinars_speakers'   => $speakers,
					'webinars_starts_at'  => '2026-12-01T18:00:00+03:00',
					'webinars_timezone'   => 'Europe/Moscow',
					'webinars_cta_text'   => 'Get the course',
					'webinars_cta_label'  => 'Buy now',
					'webinars_cta_url'    => 'https://example.org/buy',
				),
			)
		);
	}

	/**
	 * POSTs an inbound action as a user (0 = logged out).
	 *
	 * @param string               $hook    Action.
	 * @param array<string, mixed> $body    Body.
	 * @param int                  $user_id User.
	 */
	protected function act( string $hook, array $body, int $user_id ): \WP_REST_Response {
		return $this->rest( 'POST', '/webinars/v1/actions/' . $hook, $body, $user_id );
	}

	/**
	 * The room state as Core reports it.
	 *
	 * @param int|null $webinar_id Webinar (default: ours).
	 * @return array<string, mixed>
	 */
	protected function state( ?int $webinar_id = null ): array {
		$state = apply_filters( 'webinars_room_state', null, $webinar_id ?? $this->webinar );
		$this->assertIsArray( $state );
		return $state;
	}
}
