<?php
/**
 * Core's tables, declared through the webinars_schema filter (the plugin's schema routine creates
 * and upgrades them). Room state lives in its own row per webinar so that a state change is one
 * compare-and-set UPDATE (concurrent requests make one transition) and a poll is one primary-key
 * read; the event log records every effective change once.
 *
 * @package Webinars
 */

namespace Webinars\Modules\Core;

use Webinars\Contracts\Room;

defined( 'ABSPATH' ) || exit;

/**
 * Names and statements of Core's tables.
 *
 * @since 0.2.0
 */
final class Tables {

	/**
	 * Option of the per-module schema version before 0.2.0; removed on uninstall.
	 */
	private const LEGACY_VERSION_OPTION = 'webinars_core_db_version';

	private const ROOMS    = 'webinars_rooms';
	private const EVENTS   = 'webinars_room_events';
	private const PRESENCE = 'webinars_presence';

	/**
	 * Room state of each webinar (denormalised: everything a poll returns).
	 *
	 * @since 0.2.0
	 */
	public static function rooms(): string {
		global $wpdb;
		return $wpdb->prefix . self::ROOMS;
	}

	/**
	 * Effective room changes, one row each.
	 *
	 * @since 0.2.0
	 */
	public static function events(): string {
		global $wpdb;
		return $wpdb->prefix . self::EVENTS;
	}

	/**
	 * Who was in which room when (attendee count).
	 *
	 * @since 0.2.0
	 */
	public static function presence(): string {
		global $wpdb;
		return $wpdb->prefix . self::PRESENCE;
	}

	/**
	 * The webinars_schema filter: Core's CREATE TABLE statements.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, string> $statements Statements declared so far.
	 * @return array<string, string>
	 */
	public function statements( $statements ): array {
		$initial = Room::INITIAL;
		return array_merge(
			(array) $statements,
			array(
				self::ROOMS    => "CREATE TABLE {table} (
  webinar_id bigint(20) unsigned NOT NULL,
  status varchar(16) NOT NULL DEFAULT '{$initial}',
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
) {charset};",
				self::EVENTS   => 'CREATE TABLE {table} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  webinar_id bigint(20) unsigned NOT NULL,
  field varchar(16) NOT NULL,
  from_value varchar(16) NOT NULL,
  to_value varchar(16) NOT NULL,
  version bigint(20) unsigned NOT NULL,
  actor_id bigint(20) unsigned NOT NULL DEFAULT 0,
  role varchar(16) NOT NULL DEFAULT \'\',
  source varchar(64) NOT NULL DEFAULT \'\',
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY webinar_version (webinar_id,version)
) {charset};',
				self::PRESENCE => 'CREATE TABLE {table} (
  webinar_id bigint(20) unsigned NOT NULL,
  participant varchar(64) NOT NULL,
  last_seen datetime NOT NULL,
  PRIMARY KEY  (webinar_id,participant),
  KEY webinar_seen (webinar_id,last_seen)
) {charset};',
			)
		);
	}

	/**
	 * Uninstall: the schema routine drops the tables; this removes the pre-0.2.0 version option.
	 *
	 * @since 0.2.0
	 */
	public function uninstall(): void {
		delete_option( self::LEGACY_VERSION_OPTION );
	}
}
