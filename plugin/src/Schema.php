<?php
/**
 * The one versioned schema routine: every table the plugin owns is declared by its module through
 * the webinars_schema filter and created or upgraded here with dbDelta, on activation, on load when
 * the declared statements changed (an update never runs the activation hook), and for a new site of
 * a network where the plugin is network-active. Uninstall drops every declared table.
 *
 * @package Webinars
 * @since   0.2.0
 */

namespace Webinars;

use Webinars\Contracts\Hooks;
use WP_Site;

defined( 'ABSPATH' ) || exit;

/**
 * Creates, upgrades and drops the plugin's tables.
 *
 * @since 0.2.0
 */
final class Schema {

	/**
	 * Option holding the hash of the installed statements (autoloaded: read on every load).
	 *
	 * @since 0.2.0
	 */
	public const VERSION_OPTION = 'webinars_schema_version';

	/**
	 * Registers the routine's hooks.
	 *
	 * @since 0.2.0
	 */
	public static function register(): void {
		add_action( Hooks::WEBINARS_ACTIVATE, array( self::class, 'install' ), 5 );
		add_action( Hooks::WEBINARS_UNINSTALL, array( self::class, 'uninstall' ), 20 );
		// Before anything on init reads a table (priority 10 and later).
		add_action( 'init', array( self::class, 'upgrade' ), 1 );
		add_action( 'wp_initialize_site', array( self::class, 'install_on_new_site' ), 200 );
	}

	/**
	 * The declared statements: unprefixed table name => CREATE TABLE with {table} and {charset}.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, string>
	 */
	public static function statements(): array {
		/**
		 * Tables the plugin owns. Each module adds its own:
		 * 'webinars_throttle' => "CREATE TABLE {table} (...) {charset};" ({table} becomes the
		 * prefixed name, {charset} the site's charset and collation).
		 *
		 * @since 0.2.0
		 *
		 * @param array<string, string> $statements Unprefixed table name => CREATE TABLE statement.
		 */
		$declared   = (array) apply_filters( Hooks::WEBINARS_SCHEMA, array() );
		$statements = array();
		foreach ( $declared as $table => $sql ) {
			if ( is_string( $table ) && 1 === preg_match( '/^[a-z0-9_]{1,54}$/', $table ) && is_string( $sql ) ) {
				$statements[ $table ] = $sql;
			}
		}
		ksort( $statements );
		return $statements;
	}

	/**
	 * Version of the declared schema: the hash of its statements.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, string> $statements Statements (default: the declared ones).
	 */
	public static function version( ?array $statements = null ): string {
		return md5( (string) wp_json_encode( $statements ?? self::statements() ) );
	}

	/**
	 * Creates or upgrades every declared table (dbDelta is idempotent) and records the version.
	 *
	 * @since 0.2.0
	 */
	public static function install(): void {
		global $wpdb;
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$statements = self::statements();
		$queries    = array();
		foreach ( $statements as $table => $sql ) {
			$queries[] = strtr(
				$sql,
				array(
					'{table}'   => $wpdb->prefix . $table,
					'{charset}' => $wpdb->get_charset_collate(),
				)
			);
		}
		if ( array() !== $queries ) {
			dbDelta( $queries );
		}
		update_option( self::VERSION_OPTION, self::version( $statements ), true );
	}

	/**
	 * On load: installs when the declared statements differ from the installed ones (an update,
	 * or a module that declares a new table). Costs one autoloaded option read otherwise.
	 *
	 * @since 0.2.0
	 */
	public static function upgrade(): void {
		if ( self::version() !== get_option( self::VERSION_OPTION ) ) {
			self::install();
		}
	}

	/**
	 * Creates the tables of a site just added to a network where the plugin is network-active.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_Site $site The new site.
	 */
	public static function install_on_new_site( WP_Site $site ): void {
		// What is_plugin_active_for_network() reads; that function is not loaded outside wp-admin.
		$network_active = (array) get_site_option( 'active_sitewide_plugins', array() );
		if ( ! isset( $network_active[ plugin_basename( WEBINARS_FILE ) ] ) ) {
			return;
		}
		$switched = is_multisite() && get_current_blog_id() !== (int) $site->blog_id;
		if ( $switched ) {
			switch_to_blog( (int) $site->blog_id );
		}
		self::install();
		if ( $switched ) {
			restore_current_blog();
		}
	}

	/**
	 * Drops every declared table and forgets the version (uninstall).
	 *
	 * @since 0.2.0
	 */
	public static function uninstall(): void {
		global $wpdb;
		foreach ( array_keys( self::statements() ) as $table ) {
			$name = $wpdb->prefix . $table;
			$wpdb->query( "DROP TABLE IF EXISTS `{$name}`" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.SchemaChange, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- a declared table name (checked in statements()).
		}
		delete_option( self::VERSION_OPTION );
	}
}
