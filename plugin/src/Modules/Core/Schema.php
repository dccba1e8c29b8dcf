<?php
/**
 * Core's tables. Room state lives in its own row per webinar so that a state change is one
 * compare-and-set UPDATE (concurrent requests make one transition) and a poll is one primary-key
 * read; the event log records every effective change once.
 *
 * @package Webinars
 */

namespace Webinars\Modules\Core;

defined( 'ABSPATH' ) || exit;

/**
 * Creates, upgrades and drops Core's tables.
 */
final class Schema {

	/**
	 * Option holding the installed schema version.
	 */
	public const VERSION_OPTION = 'webinars_core_db_version';

	/**
	 * Bump when the CREATE TABLE statements change.
	 */
	public const VERSION = '1';

	/**
	 * Room state of each webinar (denormalised: everything a poll returns).
	 */
	public static function rooms(): string {
		global $wpdb;
		return $wpdb->prefix . 'webinars_rooms';
	}

	/**
	 * Effective room changes, one row each.
	 */
	public static function events(): string {
		global $wpdb;
		return $wpdb->prefix . 'webinars_room_events';
	}

	/**
	 * Who was in which room when (attendee count).
	 */
	public static function presence(): string {
		global $wpdb;
		return $wpdb->prefix . 'webinars_presence';
	}

	/**
	 * Creates or upgrades the tables (dbDelta is idempotent).
	 */
	public function install(): void {
		global $wpdb;
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$charset = $wpdb->get_charset_collate();
		$rooms   = self::rooms();
		$events  = self::events();
		$present = self::presence();
		dbDelta(
			array(
				"CREATE TABLE {$rooms} (
  webinar_id bigint(20) unsigned NOT NULL,
  status varchar(16) NOT NULL DEFAULT 'scheduled',
  cta_visible tinyint(1) NOT NULL DEFAULT 0,
  version bigint(20) unsigned NOT NULL DEFAULT 1,
  published tinyint(1) NOT NULL DEFAULT 0,
  starts_at varchar(32) NOT NULL DEFAULT '',
  cta_text text NOT NULL,
  cta_label varchar(191) NOT NULL DEFAULT '',
  cta_url varchar(2048) NOT NULL DEFAULT '',
  changed_at datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  changed_by bigint(20) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY  (webinar_id)
) {$charset};",
				"CREATE TABLE {$events} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  webinar_id bigint(20) unsigned NOT NULL,
  field varchar(16) NOT NULL,
  from_value varchar(16) NOT NULL,
  to_value varchar(16) NOT NULL,
  version bigint(20) unsigned NOT NULL,
  actor_id bigint(20) unsigned NOT NULL DEFAULT 0,
  role varchar(16) NOT NULL DEFAULT '',
  source varchar(64) NOT NULL DEFAULT '',
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY webinar_version (webinar_id,version)
) {$charset};",
				"CREATE TABLE {$present} (
  webinar_id bigint(20) unsigned NOT NULL,
  participant varchar(64) NOT NULL,
  last_seen datetime NOT NULL,
  PRIMARY KEY  (webinar_id,participant),
  KEY webinar_seen (webinar_id,last_seen)
) {$charset};",
			)
		);
		update_option( self::VERSION_OPTION, self::VERSION, true );
	}

	/**
	 * Runs install() when an update shipped a new schema version.
	 */
	public function upgrade(): void {
		if ( self::VERSION !== get_option( self::VERSION_OPTION ) ) {
			$this->install();
		}
	}

	/**
	 * Drops the tables (uninstall).
	 */
	public function uninstall(): void {
		global $wpdb;
		foreach ( array( self::rooms(), self::events(), self::presence() ) as $table ) {
			$wpdb->query( "DROP TABLE IF EXISTS {$table}" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.SchemaChange, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- our own table name.
		}
		delete_option( self::VERSION_OPTION );
	}
}
