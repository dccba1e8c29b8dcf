<?php
/**
 * Module notifications: Notification API (seed 002): events in, notification jobs out to email, Telegram, webhooks.
 *
 * @package Webinars
 */

namespace Webinars\Modules\Notifications;

defined( 'ABSPATH' ) || exit;

/**
 * Entry point of the notifications module.
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
