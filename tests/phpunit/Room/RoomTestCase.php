<?php
/**
 * Shared set-up for the live-room tests: a published webinar with an organizer and a speaker,
 * and one user per other role.
 *
 * @package Webinars
 */

namespace Webinars\Tests\Room;

use Webinars\Contracts\Canon;
use Webinars\Contracts\Hooks;
use Webinars\Contracts\Webinar;
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
			'organizer'     => $this->create_user( Canon::ROLES['organizer']['slug'] ),
			'speaker'       => $this->create_user( Canon::ROLES['speaker']['slug'] ),
			'other_speaker' => $this->create_user( Canon::ROLES['speaker']['slug'] ),
			'moderator'     => $this->create_user( Canon::ROLES['moderator']['slug'] ),
			'attendee'      => $this->create_user( Canon::ROLES['attendee']['slug'] ),
			'system'        => $this->create_user( Canon::ROLES['system']['slug'] ),
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
				'post_type'  => Webinar::POST_TYPE,
				'meta_input' => array(
					Webinar::META_ORGANIZERS => $organizers,
					Webinar::META_SPEAKERS   => $speakers,
					Webinar::META_STARTS_AT  => '2026-12-01T18:00:00+03:00',
					Webinar::META_TIMEZONE   => 'Europe/Moscow',
					Webinar::META_CTA_TEXT   => 'Get the course',
					Webinar::META_CTA_LABEL  => 'Buy now',
					Webinar::META_CTA_URL    => 'https://example.org/buy',
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
		$state = apply_filters( Hooks::WEBINARS_ROOM_STATE, null, $webinar_id ?? $this->webinar );
		$this->assertIsArray( $state );
		return $state;
	}
}
