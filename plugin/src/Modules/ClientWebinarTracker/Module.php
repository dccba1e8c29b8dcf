<?php
/**
 * Module client-webinar-tracker: Records the attendee's participation facts (registered, entered, left, completed, form submitted).
 *
 * Emits: client_webinar_registered, client_webinar_entered, client_webinar_left, client_webinar_completed, client_webinar_form_submitted.
 *
 * @package Webinars
 */

namespace Webinars\Modules\ClientWebinarTracker;

defined( 'ABSPATH' ) || exit;

/**
 * Entry point of the client-webinar-tracker module.
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
