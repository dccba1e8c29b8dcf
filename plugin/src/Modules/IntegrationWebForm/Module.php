<?php
/**
 * Module integration-web-form: Turns web-form submissions into core_ingest_event.
 *
 * Emits: core_ingest_event.
 *
 * @package Webinars
 */

namespace Webinars\Modules\IntegrationWebForm;

defined( 'ABSPATH' ) || exit;

/**
 * Entry point of the integration-web-form module.
 */
final class Module implements \Webinars\Contracts\Module {

	/**
	 * Registers the module's listeners. None yet: the capability this module serves is built by a later issue.
	 */
	public function register(): void {
	}
}
