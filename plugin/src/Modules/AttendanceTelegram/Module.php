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
