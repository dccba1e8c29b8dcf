<?php
/**
 * Wires Core's lead handling: its tables, the core_ingest_event listener, the privacy tools and
 * the admin's delete route.
 *
 * @package Webinars
 * @since   0.2.0
 */

namespace Webinars\Modules\Core\Leads;

use Webinars\Contracts\Bus;
use Webinars\Contracts\Hooks;

defined( 'ABSPATH' ) || exit;

/**
 * Registers the lead listeners.
 *
 * @since 0.2.0
 */
final class Registrar {

	/**
	 * Registers the hooks.
	 *
	 * @since 0.2.0
	 */
	public function register(): void {
		$privacy = new Privacy();
		add_filter( Hooks::WEBINARS_SCHEMA, array( new Tables(), 'statements' ) );
		Bus::listen( Hooks::CORE_INGEST_EVENT, array( new Ingest(), 'handle' ) );
		add_filter( 'wp_privacy_personal_data_exporters', array( $privacy, 'exporters' ) );
		add_filter( 'wp_privacy_personal_data_erasers', array( $privacy, 'erasers' ) );
		add_action( 'rest_api_init', array( new LeadRoute(), 'register' ) );
	}
}
