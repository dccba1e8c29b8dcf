<?php
/**
 * Module client-webinar-tracker: Records the attendee's participation facts (registered, entered, left, completed, form submitted).
 *
 * Emits: client_webinar_registered (once per lead, webinar and slot, from Core's webinars_lead_ingested).
 * Answers: webinars_registrants.
 *
 * @package Webinars
 */

namespace Webinars\Modules\ClientWebinarTracker;

use Webinars\Contracts\Bus;
use Webinars\Contracts\Hooks;

defined( 'ABSPATH' ) || exit;

/**
 * Entry point of the client-webinar-tracker module.
 *
 * @since 0.1.0
 */
final class Module implements \Webinars\Contracts\Module {

	/**
	 * Registers the module's listeners.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		add_filter( Hooks::WEBINARS_SCHEMA, array( Registrations::class, 'schema' ) );
		add_action( Hooks::WEBINARS_LEAD_INGESTED, array( Registrations::class, 'on_ingested' ) );
		add_filter( Hooks::WEBINARS_REGISTRANTS, array( Registrations::class, 'filter_registrants' ), 10, 4 );
		Bus::listen( Hooks::CORE_LEAD_MERGED, array( Registrations::class, 'on_merged' ) );
		Bus::listen( Hooks::CORE_LEAD_DELETED, array( Registrations::class, 'on_deleted' ) );
	}
}
