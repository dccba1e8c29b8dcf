<?php
/**
 * Creates the canonical roles (SPEC §5) and grants the contract's capabilities, on activation;
 * removes them on uninstall (never on deactivation). Authorisation elsewhere checks capabilities,
 * never role names.
 *
 * @package Webinars
 */

namespace Webinars\Modules\Core;

use Webinars\Contracts\Canon;
use WP_Role;
use WP_Site;

defined( 'ABSPATH' ) || exit;

/**
 * Role and capability installer.
 *
 * @since 0.1.0
 */
final class Roles {

	/**
	 * Option holding the fingerprint of the installed role map.
	 */
	public const VERSION_OPTION = 'webinars_roles_version';

	/**
	 * Creates the plugin's roles and grants capabilities to existing roles. Idempotent; keeps
	 * capabilities a site owner added to our roles.
	 *
	 * @since 0.1.0
	 */
	public function install(): void {
		foreach ( Canon::ROLES as $role ) {
			$existing = get_role( $role['slug'] );
			if ( ! $existing instanceof WP_Role ) {
				if ( $role['existing'] ) {
					continue; // E.g. no administrator role on this site: nothing to grant to.
				}
				add_role( $role['slug'], (string) $role['label'], array_fill_keys( $role['capabilities'], true ) );
				continue;
			}
			foreach ( $role['capabilities'] as $capability ) {
				if ( ! $existing->has_cap( $capability ) ) {
					$existing->add_cap( $capability );
				}
			}
		}
		update_option( self::VERSION_OPTION, self::fingerprint(), true );
	}

	/**
	 * Removes the plugin's roles and every capability it defines from all roles.
	 *
	 * @since 0.1.0
	 */
	public function uninstall(): void {
		$ours = self::capabilities();
		foreach ( Canon::ROLES as $role ) {
			if ( ! $role['existing'] ) {
				remove_role( $role['slug'] );
			}
		}
		foreach ( wp_roles()->role_objects as $role ) {
			foreach ( array_keys( $role->capabilities ) as $capability ) {
				if ( in_array( $capability, $ours, true ) ) {
					$role->remove_cap( $capability );
				}
			}
		}
		delete_option( self::VERSION_OPTION );
	}

	/**
	 * Re-runs install() when the contract's role map changed since it was installed.
	 *
	 * @since 0.1.0
	 */
	public function upgrade(): void {
		$installed = get_option( self::VERSION_OPTION );
		if ( false !== $installed && self::fingerprint() !== $installed ) {
			$this->install();
		}
	}

	/**
	 * Installs the roles on a site just added to a network where the plugin is network-active.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Site $site The new site.
	 */
	public function install_on_new_site( WP_Site $site ): void {
		// What is_plugin_active_for_network() reads; that function is not loaded outside wp-admin.
		$network_active = (array) get_site_option( 'active_sitewide_plugins', array() );
		if ( ! isset( $network_active[ plugin_basename( WEBINARS_FILE ) ] ) ) {
			return;
		}
		switch_to_blog( (int) $site->blog_id );
		$this->install();
		restore_current_blog();
	}

	/**
	 * Every capability the plugin defines (not `read`, which belongs to WordPress).
	 *
	 * @since 0.1.0
	 *
	 * @return list<string>
	 */
	public static function capabilities(): array {
		$all = array();
		foreach ( Canon::ROLES as $role ) {
			$all = array_merge( $all, $role['capabilities'] );
		}
		return array_values( array_diff( array_unique( $all ), array( 'read' ) ) );
	}

	/**
	 * Fingerprint of the role map, to notice when an update changed it.
	 */
	private static function fingerprint(): string {
		return md5( (string) wp_json_encode( Canon::ROLES ) );
	}
}
