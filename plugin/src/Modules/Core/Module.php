<?php
/**
 * Module core: owns the data (webinars, room state, presence, roles) and applies the inbound
 * canonical actions core_webinar_set_status and core_webinar_set_cta_visibility.
 *
 * Listens to: core_webinar_set_status, core_webinar_set_cta_visibility (and, in later issues,
 * core_ingest_event and the autowebinar_* facts); webinars_activate, webinars_uninstall.
 * Answers: webinars_webinar, webinars_schema (its tables), webinars_room_state, webinars_room_attendance, webinars_participant_role, map_meta_cap.
 *
 * @package Webinars
 */

namespace Webinars\Modules\Core;

use Webinars\Contracts\Bus;
use Webinars\Contracts\Hooks;

defined( 'ABSPATH' ) || exit;

/**
 * Entry point of the core module.
 */
final class Module implements \Webinars\Contracts\Module {

	/**
	 * Registers the module's listeners.
	 */
	public function register(): void {
		$roles    = new Roles();
		$tables   = new Tables();
		$webinars = new Webinars();
		$rooms    = new Rooms();
		$details  = new WebinarDetails();

		// The plugin's schema routine creates and upgrades the tables declared here.
		add_filter( Hooks::WEBINARS_SCHEMA, array( $tables, 'statements' ) );
		add_action( Hooks::WEBINARS_ACTIVATE, array( $roles, 'install' ) );
		add_action( Hooks::WEBINARS_UNINSTALL, array( $roles, 'uninstall' ) );
		add_action( Hooks::WEBINARS_UNINSTALL, array( $tables, 'uninstall' ) );
		// Updates do not run the activation hook: bring roles up to date when they changed.
		add_action( 'init', array( $roles, 'upgrade' ), 1 );
		// A site added to a network where the plugin is network-active gets the roles too.
		add_action( 'wp_initialize_site', array( $roles, 'install_on_new_site' ), 200 );

		add_action( 'init', array( $webinars, 'register' ) );
		add_filter( 'map_meta_cap', array( $webinars, 'map_meta_cap' ), 10, 4 );
		add_action( 'enqueue_block_editor_assets', array( $webinars, 'enqueue_editor' ) );
		add_filter( Hooks::WEBINARS_PARTICIPANT_ROLE, array( $webinars, 'participant_role' ), 10, 3 );
		add_filter( Hooks::WEBINARS_WEBINAR, array( $details, 'answer' ), 10, 2 );

		Bus::listen( Hooks::CORE_WEBINAR_SET_STATUS, array( $rooms, 'set_status' ) );
		Bus::listen( Hooks::CORE_WEBINAR_SET_CTA_VISIBILITY, array( $rooms, 'set_cta_visibility' ) );
		add_filter( Hooks::WEBINARS_ROOM_STATE, array( $rooms, 'state' ), 10, 2 );
		add_filter( Hooks::WEBINARS_ROOM_ATTENDANCE, array( $rooms, 'attendance' ), 10, 2 );
		add_action( Hooks::WEBINARS_ROOM_PRESENCE, array( $rooms, 'presence' ), 10, 2 );
		add_action( 'save_post_' . Webinars::POST_TYPE, array( $rooms, 'sync' ), 10, 2 );
		add_action( 'added_post_meta', array( $rooms, 'meta_changed' ), 10, 3 );
		add_action( 'updated_post_meta', array( $rooms, 'meta_changed' ), 10, 3 );
		add_action( 'deleted_post_meta', array( $rooms, 'meta_changed' ), 10, 3 );
		add_action( 'deleted_post', array( $rooms, 'deleted' ) );

		// Leads: core_ingest_event, the lead tables, the privacy tools, DELETE /leads/{id}.
		( new Leads\Registrar() )->register();
	}
}
