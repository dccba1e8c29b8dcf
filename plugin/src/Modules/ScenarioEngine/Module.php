<?php
/**
 * Module scenario-engine: Starts scenarios from the lead lifecycle.
 *
 * Listens to: core_lead_created, core_lead_updated, core_lead_deleted, core_lead_merged.
 *
 * @package Webinars
 */

namespace Webinars\Modules\ScenarioEngine;

defined( 'ABSPATH' ) || exit;

/**
 * Entry point of the scenario-engine module.
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
