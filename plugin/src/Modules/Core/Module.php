<?php
/**
 * Module core: owns the data (webinars, room state, presence, roles) and applies the inbound
 * canonical actions core_webinar_set_status and core_webinar_set_cta_visibility.
 *
 * Listens to: core_webinar_set_status, core_webinar_set_cta_visibility (and, in later issues,
 * core_ingest_event and the autowebinar_* facts); webinars_activate, webinars_deactivate,
 * webinars_uninstall.
 * Answers: webinars_webinar, webinars_schema (its tables), webinars_room_state, webinars_room_attendance, webinars_participant_role, map_meta_cap.
 *
 * @package Webinars
 */

namespace Webinars\Modules\Core;

use Webinars\Contracts\Bus;
use Webinars\Contracts\Hooks;
use Webinars\Contracts\Webinar;

defined( 'ABSPATH' ) || exit;

/**
 * Entry point of the core module.
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
		$roles    = new Roles();
		$tables   = new Tables();
		$webinars = new Webinars();
		$store    = new RoomStore();
		$content  = new RoomContent( $store );
		$state    = new RoomState( $store, $content );
		$commands = new RoomCommands( $store, $state );
		$presence = new Presence();
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
		$lifecycle = new Lifecycle( $webinars );
		add_action( Hooks::WEBINARS_ACTIVATE, array( $lifecycle, 'activate' ), 20 );
		add_action( Hooks::WEBINARS_DEACTIVATE, array( $lifecycle, 'deactivate' ) );
		add_filter( 'map_meta_cap', array( $webinars, 'map_meta_cap' ), 10, 4 );
		add_action( 'enqueue_block_editor_assets', array( $webinars, 'enqueue_editor' ) );
		add_filter( Hooks::WEBINARS_PARTICIPANT_ROLE, array( $webinars, 'participant_role' ), 10, 3 );
		add_filter( Hooks::WEBINARS_WEBINAR, array( $details, 'answer' ), 10, 2 );

		Bus::listen( Hooks::CORE_WEBINAR_SET_STATUS, array( $commands, 'set_status' ) );
		Bus::listen( Hooks::CORE_WEBINAR_SET_CTA_VISIBILITY, array( $commands, 'set_cta_visibility' ) );
		add_filter( Hooks::WEBINARS_ROOM_STATE, array( $state, 'state' ), 10, 2 );
		add_filter( Hooks::WEBINARS_ROOM_ATTENDANCE, array( $presence, 'attendance' ), 10, 2 );
		add_action( Hooks::WEBINARS_ROOM_PRESENCE, array( $presence, 'presence' ), 10, 3 );
		add_action( 'save_post_' . Webinar::POST_TYPE, array( $content, 'sync' ), 10, 2 );
		add_action( 'added_post_meta', array( $content, 'meta_changed' ), 10, 3 );
		add_action( 'updated_post_meta', array( $content, 'meta_changed' ), 10, 3 );
		add_action( 'deleted_post_meta', array( $content, 'meta_changed' ), 10, 3 );
		add_action( 'deleted_post', array( $content, 'deleted' ), 10, 2 );

		// wp-admin: the Webinars list (columns, sort, status filter), labels and notices.
		( new Admin\Labels() )->register();
		( new Admin\StartsAt() )->register();
		( new Admin\ListColumns() )->register();
		( new Admin\ListQuery() )->register();
		( new Admin\EditorSettings() )->register();

		// Leads: core_ingest_event, the lead tables, the privacy tools, DELETE /leads/{id}.
		( new Leads\Registrar() )->register();
	}
}
