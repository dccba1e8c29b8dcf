<?php
/**
 * Roles and capabilities (SPEC §5): created on activation, kept on deactivation, removed on
 * uninstall; authorisation reads capabilities.
 *
 * @package Webinars
 */

namespace Webinars\Tests\Core;

use Webinars\Contracts\Canon;
use Webinars\Contracts\Capabilities;
use Webinars\Contracts\Hooks;
use Webinars\Contracts\Webinar;
use Webinars\Modules\Core\Webinars;
use Webinars\Modules\Core\Roles;
use Webinars\Plugin;
use Webinars\Tests\TestCase;

/**
 * Tests for the core module's roles.
 */
final class RolesTest extends TestCase {

	/**
	 * The roles live in an option: reload them after the transaction was rolled back.
	 */
	public function tear_down(): void {
		parent::tear_down();
		wp_roles()->for_site();
	}

	/**
	 * Activation (run by the test bootstrap) created every canonical role with its capabilities.
	 */
	public function test_activation_created_the_canonical_roles(): void {
		foreach ( array( 'organizer', 'speaker', 'moderator', 'attendee', 'guest', 'system' ) as $canonical ) {
			$this->assertArrayHasKey( $canonical, Canon::ROLES );
			$role = get_role( Canon::ROLES[ $canonical ]['slug'] );
			$this->assertNotNull( $role, "Role $canonical exists" );
			$this->assertEqualsCanonicalizing( Canon::ROLES[ $canonical ]['capabilities'], array_keys( array_filter( $role->capabilities ) ) );
		}
		$this->assertNotFalse( get_option( Roles::VERSION_OPTION ) );
	}

	/**
	 * Capabilities per role, read through current_user_can() as the REST layer will.
	 */
	public function test_capabilities_per_role(): void {
		$matrix = array(
			'administrator'      => array( Capabilities::MANAGE, Capabilities::CONTROL_ALL, Capabilities::EDIT_WEBINARS ),
			'webinars_organizer' => array( Capabilities::EDIT_WEBINARS, Capabilities::CONTROL_ASSIGNED, Capabilities::MODERATE ),
			'webinars_speaker'   => array( Capabilities::CONTROL_ASSIGNED, Capabilities::ATTEND ),
			'webinars_moderator' => array( Capabilities::MODERATE ),
			'webinars_attendee'  => array( Capabilities::ATTEND ),
			'webinars_guest'     => array(),
			'webinars_system'    => array( Capabilities::SET_INTERNAL_STATUS, Capabilities::EMIT_SYSTEM_EVENTS ),
		);
		$all    = Roles::capabilities();
		foreach ( $matrix as $role => $granted ) {
			$this->as_user( $this->create_user( $role ) );
			foreach ( $all as $capability ) {
				$this->assertSame(
					in_array( $capability, Canon::ROLES[ $this->canonical( $role ) ]['capabilities'], true ),
					current_user_can( $capability ),
					"$role / $capability"
				);
			}
			foreach ( $granted as $capability ) {
				$this->assertTrue( current_user_can( $capability ), "$role has $capability" );
			}
		}
		// Internal statuses are the system context's alone, not even the administrator's.
		$this->as_user( $this->create_user( 'administrator' ) );
		$this->assertFalse( current_user_can( Capabilities::SET_INTERNAL_STATUS ) );
		wp_set_current_user( 0 );
		$this->assertFalse( current_user_can( Capabilities::ATTEND ), 'A visitor (guest) has no capability.' );
	}

	/**
	 * Activating again changes nothing and keeps capabilities a site owner added.
	 */
	public function test_activation_is_idempotent_and_keeps_custom_capabilities(): void {
		get_role( 'webinars_speaker' )->add_cap( 'upload_files' );
		$before = wp_roles()->roles;

		Plugin::activate( false );
		Plugin::activate( false );

		$this->assertSame( $before, wp_roles()->roles );
		$this->assertTrue( get_role( 'webinars_speaker' )->has_cap( 'upload_files' ) );
	}

	/**
	 * A plugin update that changed the role map brings roles up to date without reactivation.
	 */
	public function test_upgrade_restores_capabilities_when_the_contract_changed(): void {
		get_role( 'webinars_speaker' )->remove_cap( Capabilities::CONTROL_ASSIGNED );
		update_option( Roles::VERSION_OPTION, 'older-contract' );

		( new Roles() )->upgrade();

		$this->assertTrue( get_role( 'webinars_speaker' )->has_cap( Capabilities::CONTROL_ASSIGNED ) );
		$this->assertNotSame( 'older-contract', get_option( Roles::VERSION_OPTION ) );
	}

	/**
	 * Deactivation keeps roles (users keep their roles across a deactivate/activate cycle).
	 */
	public function test_deactivation_keeps_roles(): void {
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		deactivate_plugins( 'webinars/webinars.php' );

		$this->assertFalse( is_plugin_active( 'webinars/webinars.php' ) );
		$this->assertNotNull( get_role( 'webinars_speaker' ) );
		$this->assertTrue( get_role( 'administrator' )->has_cap( Capabilities::MANAGE ) );

		// Deactivation unregistered the post type (its rewrite rules went with it): the rest of
		// this PHP process runs with the plugin active again.
		$registered = post_type_exists( Webinar::POST_TYPE );
		( new Webinars() )->register();
		$this->assertFalse( $registered );
	}

	/**
	 * Uninstall (through WordPress' own uninstall_plugin(), which runs uninstall.php) removes the
	 * roles and every capability the plugin granted.
	 */
	public function test_uninstall_removes_roles_and_capabilities(): void {
		get_role( 'editor' )->add_cap( Capabilities::MODERATE );
		$fired = did_action( Hooks::WEBINARS_UNINSTALL );

		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		uninstall_plugin( 'webinars/webinars.php' );

		$this->assertSame( $fired + 1, did_action( Hooks::WEBINARS_UNINSTALL ) );
		foreach ( Canon::ROLES as $role ) {
			if ( ! $role['existing'] ) {
				$this->assertNull( get_role( $role['slug'] ), $role['slug'] . ' removed' );
			}
		}
		foreach ( wp_roles()->role_objects as $name => $role ) {
			foreach ( Roles::capabilities() as $capability ) {
				$this->assertFalse( $role->has_cap( $capability ), "$name lost $capability" );
			}
		}
		$this->assertFalse( get_option( Roles::VERSION_OPTION ) );
	}

	/**
	 * Canonical role key of a WordPress role slug.
	 *
	 * @param string $slug Role slug.
	 */
	private function canonical( string $slug ): string {
		foreach ( Canon::ROLES as $key => $role ) {
			if ( $role['slug'] === $slug ) {
				return $key;
			}
		}
		$this->fail( "No canonical role for $slug" );
	}
}
