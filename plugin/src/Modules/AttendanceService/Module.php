<?php
/**
 * Module attendance-service: Classifies attendance (attended / not attended).
 *
 * Listens to: client_webinar_entered, client_webinar_left, client_webinar_completed.
 * Emits: client_webinar_attendance_classified.
 *
 * @package Webinars
 */

namespace Webinars\Modules\AttendanceService;

defined( 'ABSPATH' ) || exit;

/**
 * Entry point of the attendance-service module.
 *
 * @since 0.1.0
 */
final class Module implements \Webinars\Contracts\Module {

	/**
	 * Registers the module's listeners. None yet: the capability this module serves is built by a later issue.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
	}
}
