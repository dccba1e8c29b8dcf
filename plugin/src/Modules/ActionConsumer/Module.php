<?php
/**
 * Module action-consumer: Consumes client facts for integrations (outbound webhooks, CRM).
 *
 * Listens to: client_webinar_registered, client_webinar_entered, client_webinar_left, client_webinar_completed, client_webinar_form_submitted, webinar_completed, client_webinar_attendance_classified.
 *
 * @package Webinars
 */

namespace Webinars\Modules\ActionConsumer;

defined( 'ABSPATH' ) || exit;

/**
 * Entry point of the action-consumer module.
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
