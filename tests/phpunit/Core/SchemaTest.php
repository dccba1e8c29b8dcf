<?php
/**
 * The schema routine: a site that updates the plugin (no activation) or a new network site gets
 * every declared table, a module's table included; an up-to-date site pays nothing on load;
 * uninstall drops every declared table.
 *
 * These tests run real DDL (not the TEMPORARY tables of other tests): DDL commits, so each test
 * starts before any write and tear_down() puts every table back as installed.
 *
 * @package Webinars
 */

// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQL.NotPrepared -- DDL on our own table names.

namespace Webinars\Tests\Core;

use Webinars\Contracts\Hooks;
use Webinars\Schema;
use Webinars\Tests\TestCase;
use WP_Site;

/**
 * Tests for Webinars\Schema.
 */
final class SchemaTest extends TestCase {

	private const PROBE = 'webinars_schema_probe';

	/**
	 * Real DDL from here on.
	 */
	public function set_up(): void {
		global $wpdb;
		parent::set_up();
		remove_filter( 'query', array( $this, 'temporary_tables_filter' ) );
		$wpdb->query( 'COMMIT' );
	}

	/**
	 * Puts the installed schema back exactly (tables and version).
	 */
	public function tear_down(): void {
		global $wpdb;
		remove_all_filters( Hooks::WEBINARS_SCHEMA, 5 );
		$wpdb->query( 'DROP TABLE IF EXISTS ' . $wpdb->prefix . self::PROBE );
		Schema::install();
		$wpdb->query( 'COMMIT' );
		parent::tear_down();
	}

	/**
	 * An update (the stored version differs, no activation) brings back every dropped table,
	 * including a table another module declares (like the throttle's).
	 */
	public function test_an_update_creates_every_declared_table(): void {
		global $wpdb;
		$this->declare_probe();
		$tables = array_keys( Schema::statements() );
		$this->assertContains( self::PROBE, $tables );
		$this->assertContains( 'webinars_rooms', $tables );
		foreach ( $tables as $table ) {
			$wpdb->query( 'DROP TABLE IF EXISTS ' . $wpdb->prefix . $table );
			$this->assertFalse( $this->exists( $table ) );
		}
		update_option( Schema::VERSION_OPTION, 'from-an-older-release' );

		Schema::upgrade(); // What every load runs on init.

		foreach ( $tables as $table ) {
			$this->assertTrue( $this->exists( $table ), $table );
		}
		$this->assertSame( Schema::version(), get_option( Schema::VERSION_OPTION ) );
	}

	/**
	 * The routine runs on init (priority 1, before anything reads a table).
	 */
	public function test_it_runs_on_every_load(): void {
		$this->assertSame( 1, has_action( 'init', array( Schema::class, 'upgrade' ) ) );
		$this->assertSame( 200, has_action( 'wp_initialize_site', array( Schema::class, 'install_on_new_site' ) ) );
		$this->assertNotFalse( has_action( Hooks::WEBINARS_ACTIVATE, array( Schema::class, 'install' ) ) );
	}

	/**
	 * Up to date, a load runs no query at all (the version option is autoloaded).
	 */
	public function test_an_up_to_date_load_costs_no_query(): void {
		Schema::install();
		wp_load_alloptions();
		$queries = 0;
		$count   = static function ( $sql ) use ( &$queries ) {
			++$queries;
			return $sql;
		};
		add_filter( 'query', $count );

		Schema::upgrade();

		remove_filter( 'query', $count );
		$this->assertSame( 0, $queries );
	}

	/**
	 * A new site of a network where the plugin is network-active gets the tables; elsewhere not.
	 */
	public function test_a_new_network_site_gets_the_tables(): void {
		global $wpdb;
		$wpdb->query( 'DROP TABLE IF EXISTS ' . $wpdb->prefix . 'webinars_rooms' );
		if ( ! class_exists( WP_Site::class ) ) {
			require_once ABSPATH . WPINC . '/class-wp-site.php'; // Single site: not loaded, the hook never fires there.
		}
		$site = new WP_Site( (object) array( 'blog_id' => get_current_blog_id() ) );

		Schema::install_on_new_site( $site );
		$this->assertFalse( $this->exists( 'webinars_rooms' ), 'Not network-active: nothing to do.' );

		update_site_option( 'active_sitewide_plugins', array( plugin_basename( WEBINARS_FILE ) => time() ) );
		Schema::install_on_new_site( $site );
		delete_site_option( 'active_sitewide_plugins' );

		$this->assertTrue( $this->exists( 'webinars_rooms' ) );
	}

	/**
	 * Uninstall drops every declared table and forgets the version.
	 */
	public function test_uninstall_drops_every_declared_table(): void {
		$this->declare_probe();
		Schema::install();
		$this->assertTrue( $this->exists( self::PROBE ) );

		Schema::uninstall();

		foreach ( array_keys( Schema::statements() ) as $table ) {
			$this->assertFalse( $this->exists( $table ), $table );
		}
		$this->assertFalse( get_option( Schema::VERSION_OPTION ) );
	}

	/**
	 * Declares a table the way another module (the throttle) does.
	 */
	private function declare_probe(): void {
		add_filter(
			Hooks::WEBINARS_SCHEMA,
			static function ( array $statements ): array {
				$statements[ self::PROBE ] = "CREATE TABLE {table} (\n  id bigint(20) unsigned NOT NULL,\n  PRIMARY KEY  (id)\n) {charset};";
				return $statements;
			},
			5
		);
	}

	/**
	 * Whether a table exists (unprefixed name).
	 *
	 * @param string $table Table.
	 */
	private function exists( string $table ): bool {
		global $wpdb;
		$name = $wpdb->prefix . $table;
		return $name === $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->esc_like( $name ) ) );
	}
}
