<?php
/**
 * Shared set-up of the security tests: the room tests' webinars and actors, plus an organizer who
 * organizes nothing, a subscriber and a webinars_guest user; and a guard that turns every PHP
 * warning or notice into a failure.
 *
 * @package Webinars
 */

namespace Webinars\Tests\Security;

use Webinars\Contracts\Canon;
use Webinars\Contracts\Webinar;
use Webinars\Modules\Core\Webinars;
use Webinars\Tests\Room\RoomTestCase;

/**
 * Base class of the security tests.
 */
abstract class SecurityTestCase extends RoomTestCase {

	/**
	 * Adds the extra actors.
	 */
	public function set_up(): void {
		if ( ! post_type_exists( Webinar::POST_TYPE ) ) {
			( new Webinars() )->register(); // An earlier test fired the deactivation hook, which unregisters it.
		}
		parent::set_up();
		$this->users['lone_organizer'] = $this->create_user( Canon::ROLES['organizer']['slug'] );
		$this->users['subscriber']     = $this->create_user( 'subscriber' );
		$this->users['guest_role']     = $this->create_user( Canon::ROLES['guest']['slug'] );
	}

	/**
	 * Runs $run with warnings, notices and deprecations as failures ("Array to string conversion").
	 *
	 * @param callable $run Code under test.
	 * @return mixed What $run returned.
	 */
	protected function without_warnings( callable $run ) {
		// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_set_error_handler -- the point of the test.
		set_error_handler(
			function ( int $errno, string $message, string $file, int $line ): bool {
				$this->fail( "PHP error $errno: $message at $file:$line" );
			}
		);
		try {
			return $run();
		} finally {
			restore_error_handler();
		}
	}

	/**
	 * A webinar's meta as the edit context shows it to an administrator.
	 *
	 * @param int $webinar_id Webinar.
	 * @return array<string, mixed>
	 */
	protected function meta_of( int $webinar_id ): array {
		$current = get_current_user_id();
		$meta    = $this->rest( 'GET', '/wp/v2/webinars/' . $webinar_id, array( 'context' => 'edit' ), $this->users['admin'] )->get_data()['meta'];
		wp_set_current_user( $current );
		return $meta;
	}
}
