<?php
/**
 * Module scenario-service: Runs post-completion scenarios.
 *
 * Listens to: webinar_completed.
 *
 * @package Webinars
 */

namespace Webinars\Modules\ScenarioService;

defined( 'ABSPATH' ) || exit;

/**
 * Entry point of the scenario-service module.
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
