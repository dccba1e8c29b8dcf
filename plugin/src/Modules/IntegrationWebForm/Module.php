<?php
/**
 * Module integration-web-form: turns web-form submissions into core_ingest_event. Today the
 * server-to-server route POST /webinars/v1/ingest; the registration block comes next.
 *
 * Emits: core_ingest_event (through Bus::command; Core answers with the lead).
 *
 * @package Webinars
 */

namespace Webinars\Modules\IntegrationWebForm;

defined( 'ABSPATH' ) || exit;

/**
 * Entry point of the integration-web-form module.
 *
 * @since 0.1.0
 */
final class Module implements \Webinars\Contracts\Module {

	/**
	 * Registers the module's listeners.
	 *
	 * @since 0.2.0
	 */
	public function register(): void {
		add_action( 'rest_api_init', array( new IngestRoute(), 'register' ) );
	}
}
