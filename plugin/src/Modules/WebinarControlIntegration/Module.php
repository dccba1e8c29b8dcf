<?php
/**
 * Module webinar-control-integration: The speaker's controls: turns REST requests into core_webinar_set_status / core_webinar_set_cta_visibility.
 *
 * Emits: core_webinar_set_status.
 *
 * @package Webinars
 */

namespace Webinars\Modules\WebinarControlIntegration;

defined( 'ABSPATH' ) || exit;

/**
 * Entry point of the webinar-control-integration module.
 */
final class Module implements \Webinars\Contracts\Module {

	/**
	 * Registers the module's listeners. None yet: the capability this module serves is built by a later issue.
	 */
	public function register(): void {
	}
}
