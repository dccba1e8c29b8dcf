<?php
/**
 * Composition root: boots the modules named in the contracts and relays the plugin lifecycle to
 * them as actions. Holds no state of its own.
 *
 * @package Webinars
 */

namespace Webinars;

use Webinars\Contracts\Canon;
use Webinars\Contracts\Hooks;

defined( 'ABSPATH' ) || exit;

/**
 * Boots modules and relays activation, deactivation and uninstall.
 *
 * @since 0.1.0
 */
final class Plugin {

	/**
	 * Lets every module register its listeners, once per request.
	 *
	 * @since 0.1.0
	 */
	public static function boot(): void {
		if ( did_action( Hooks::WEBINARS_LOADED ) ) {
			return;
		}
		foreach ( Canon::MODULES as $module ) {
			$class = $module['class'];
			if ( null !== $class ) {
				( new $class() )->register();
			}
		}
		Schema::register();
		Jobs\Queue::register();
		add_action( 'init', array( self::class, 'load_textdomain' ) );
		add_action( 'init', array( Assets::class, 'register' ) );

		/** Fires once all modules have registered their listeners. */
		do_action( Hooks::WEBINARS_LOADED );
	}

	/**
	 * Activation hook. Network-wide activation runs the modules' activation on every site.
	 *
	 * @since 0.1.0
	 *
	 * @param bool $network_wide Whether the plugin is being network-activated.
	 */
	public static function activate( $network_wide = false ): void {
		self::boot();
		self::for_each_site( (bool) $network_wide, Hooks::WEBINARS_ACTIVATE );
	}

	/**
	 * Deactivation hook: each site's modules unschedule their events and flush rewrite rules
	 * (data and roles stay).
	 *
	 * @since 0.2.0
	 *
	 * @param bool $network_wide Whether the plugin is being network-deactivated.
	 */
	public static function deactivate( $network_wide = false ): void {
		self::boot();
		self::for_each_site( (bool) $network_wide, Hooks::WEBINARS_DEACTIVATE );
	}

	/**
	 * Uninstall: every module removes what it owns, on every site of a network.
	 *
	 * @since 0.1.0
	 */
	public static function uninstall(): void {
		self::boot();
		self::for_each_site( is_multisite(), Hooks::WEBINARS_UNINSTALL );
	}

	/**
	 * Loads bundled translations (languages/webinars-{locale}.mo).
	 *
	 * @since 0.1.0
	 */
	public static function load_textdomain(): void {
		load_plugin_textdomain( 'webinars', false, dirname( plugin_basename( WEBINARS_FILE ) ) . '/languages' );
	}

	/**
	 * Fires a lifecycle action on the current site, or on each site of the network.
	 *
	 * @param bool   $all_sites Whether to run on every site of a multisite network.
	 * @param string $action    Lifecycle action to fire.
	 *
	 * @phpstan-param non-empty-string $action
	 */
	private static function for_each_site( bool $all_sites, string $action ): void {
		if ( ! $all_sites || ! is_multisite() ) {
			do_action( $action );
			return;
		}
		foreach ( get_sites( array( 'fields' => 'ids' ) ) as $site_id ) {
			switch_to_blog( (int) $site_id );
			do_action( $action );
			restore_current_blog();
		}
	}
}
