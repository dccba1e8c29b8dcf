<?php
/**
 * Module integration-web-form: turns web-form submissions into core_ingest_event: the public
 * registration block and route (POST /webinars/v1/registrations, with calendar links), and the
 * server-to-server route POST /webinars/v1/ingest.
 *
 * Emits: core_ingest_event (through Bus::command; Core answers with the lead).
 * Answers: webinars_registration_form (the form in the attendee view's guest part).
 *
 * @package Webinars
 */

namespace Webinars\Modules\IntegrationWebForm;

use Webinars\Contracts\Hooks;

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
		add_action( 'init', array( new Block(), 'register' ) );
		add_filter( Hooks::WEBINARS_REGISTRATION_FORM, array( Block::class, 'filter_form' ), 10, 2 );
		add_action( 'rest_api_init', array( new IngestRoute(), 'register' ) );
		add_action( 'rest_api_init', array( new RegistrationRoute(), 'register' ) );
		add_action( 'rest_api_init', array( new Calendar(), 'register' ) );
		add_filter( 'rest_pre_serve_request', array( Calendar::class, 'serve' ), 10, 3 );
	}
}
