<?php
/**
 * Module core: owns the data (webinars, leads, participation) and applies the inbound canonical
 * actions. For now it owns the roles and capabilities of the contracts.
 *
 * Listens to: core_ingest_event, core_webinar_set_status, core_webinar_set_cta_visibility,
 * autowebinar_* (later issues); webinars_activate, webinars_uninstall.
 *
 * @package Webinars
 */

namespace Webinars\Modules\Core;

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
		$roles = new Roles();
		add_action( Hooks::WEBINARS_ACTIVATE, array( $roles, 'install' ) );
		add_action( Hooks::WEBINARS_UNINSTALL, array( $roles, 'uninstall' ) );
		// Updates do not run the activation hook: bring roles up to the contract when it changed.
		add_action( 'init', array( $roles, 'upgrade' ), 1 );
		// A site added to a network where the plugin is network-active gets the roles too.
		add_action( 'wp_initialize_site', array( $roles, 'install_on_new_site' ), 200 );
	}
}
