<?php
/**
 * Module attendance-telegram: Tells the partner on Telegram whether their lead attended.
 *
 * Listens to: client_webinar_attendance_classified.
 *
 * @package Webinars
 */

namespace Webinars\Modules\AttendanceTelegram;

defined( 'ABSPATH' ) || exit;

/**
 * Entry point of the attendance-telegram module.
 */
final class Module implements \Webinars\Contracts\Module {

	/**
	 * Registers the module's listeners. None yet: the capability this module serves is built by a later issue.
	 */
	public function register(): void {
	}
}
