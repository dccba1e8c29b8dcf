<?php
/**
 * The registration fact: one row per (lead, webinar, slot) in the tracker's own table, claimed with
 * INSERT IGNORE on its UNIQUE key, and client_webinar_registered fired only by the insert that won
 * (50 processes registering one lead at once: one row, one fact).
 *
 * Slot: a live webinar's start time in UTC (ISO 8601), so a rescheduled webinar is a new slot;
 * NO_SLOT when it has no start time yet.
 *
 * @package Webinars
 * @since   0.2.0
 */

namespace Webinars\Modules\ClientWebinarTracker;

use Webinars\Contracts\Bus;
use Webinars\Contracts\Hooks;

defined( 'ABSPATH' ) || exit;

/**
 * Registrations of leads to webinars.
 *
 * @since 0.2.0
 */
final class Registrations {

	/**
	 * The slot of a webinar without a start time (and of every AutoWebinar until showings exist).
	 *
	 * @since 0.2.0
	 */
	public const NO_SLOT = 'unscheduled';

	private const TABLE = 'webinars_registrations';

	/**
	 * The registrations table.
	 *
	 * @since 0.2.0
	 */
	public static function table(): string {
		global $wpdb;
		return $wpdb->prefix . self::TABLE;
	}

	/**
	 * The webinars_schema filter.
	 *
	 * @since 0.2.0
	 *
	 * @param mixed $tables Unprefixed table name => statement.
	 * @return array<string, string>
	 */
	public static function schema( $tables ): array {
		$tables                = is_array( $tables ) ? $tables : array();
		$tables[ self::TABLE ] = 'CREATE TABLE {table} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  lead_id bigint(20) unsigned NOT NULL,
  webinar_id bigint(20) unsigned NOT NULL,
  slot_id varchar(191) NOT NULL,
  source varchar(64) NOT NULL,
  ref_id varchar(191) NOT NULL DEFAULT \'\',
  registered_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY lead_webinar_slot (lead_id,webinar_id,slot_id),
  KEY webinar_slot (webinar_id,slot_id)
) {charset};';
		return $tables;
	}

	/**
	 * The webinars_lead_ingested listener: registers the lead, once per slot.
	 *
	 * @since 0.2.0
	 *
	 * @param mixed $ingest {lead_id, webinar_id, source, ref_id, submitted_at}.
	 */
	public static function on_ingested( $ingest ): void {
		$ingest     = (array) $ingest;
		$lead_id    = (int) ( $ingest['lead_id'] ?? 0 );
		$webinar_id = (int) ( $ingest['webinar_id'] ?? 0 );
		$webinar    = apply_filters( Hooks::WEBINARS_WEBINAR, null, $webinar_id );
		if ( $lead_id <= 0 || ! is_array( $webinar ) ) {
			return;
		}
		$slot   = self::slot( $webinar );
		$source = substr( (string) ( $ingest['source'] ?? 'form' ), 0, 64 );
		$source = '' !== $source ? $source : 'form';
		$now    = time();
		global $wpdb;
		$table = self::table();
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- own table; the unique key decides.
		$inserted = (int) $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (lead_id, webinar_id, slot_id, source, ref_id, registered_at) VALUES (%d, %d, %s, %s, %s, %s)", $lead_id, $webinar_id, $slot, $source, substr( (string) ( $ingest['ref_id'] ?? '' ), 0, 191 ), gmdate( 'Y-m-d H:i:s', $now ) ) );
		if ( 1 !== $inserted ) {
			return;
		}
		Bus::emit(
			Hooks::CLIENT_WEBINAR_REGISTERED,
			array(
				'lead_id'       => $lead_id,
				'webinar_id'    => $webinar_id,
				'webinar_type'  => (string) $webinar['type'],
				'slot_id'       => $slot,
				'registered_at' => gmdate( 'Y-m-d\TH:i:s\Z', $now ),
				'source'        => $source,
			)
		);
	}

	/**
	 * The slot a registration is for.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $webinar From webinars_webinar.
	 */
	public static function slot( array $webinar ): string {
		$time = strtotime( (string) ( $webinar['starts_at'] ?? '' ) );
		return false !== $time && '' !== (string) $webinar['starts_at'] ? gmdate( 'Y-m-d\TH:i:s\Z', $time ) : self::NO_SLOT;
	}

	/**
	 * The core_lead_merged listener: the merged leads' registrations become the survivor's; a slot
	 * the survivor already holds keeps the survivor's row (INSERT IGNORE copies, then the merged
	 * rows go: portable SQL, unique-key safe).
	 *
	 * @since 0.2.0
	 *
	 * @param mixed $payload {lead_id, merged_lead_ids}.
	 */
	public static function on_merged( $payload ): void {
		$payload = (array) $payload;
		$into    = (int) ( $payload['lead_id'] ?? 0 );
		$ids     = array_filter( array_map( 'intval', (array) ( $payload['merged_lead_ids'] ?? array() ) ) );
		if ( $into <= 0 || array() === $ids ) {
			return;
		}
		global $wpdb;
		$table = self::table();
		$in    = implode( ',', $ids );
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- own table; $in is integers.
		$wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (lead_id, webinar_id, slot_id, source, ref_id, registered_at) SELECT %d, webinar_id, slot_id, source, ref_id, registered_at FROM {$table} WHERE lead_id IN ({$in})", $into ) );
		$wpdb->query( "DELETE FROM {$table} WHERE lead_id IN ({$in})" );
		// phpcs:enable
	}

	/**
	 * The core_lead_deleted listener: a deleted lead's registrations go with it.
	 *
	 * @since 0.2.0
	 *
	 * @param mixed $payload {lead_id}.
	 */
	public static function on_deleted( $payload ): void {
		global $wpdb;
		$wpdb->delete( self::table(), array( 'lead_id' => (int) ( ( (array) $payload )['lead_id'] ?? 0 ) ), array( '%d' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- own table.
	}

	/**
	 * The webinars_registrants filter: a page of the webinar's registered leads (any slot), in
	 * lead-id order after the cursor.
	 *
	 * @since 0.3.0
	 *
	 * @param mixed $lead_ids      Ids decided by an earlier listener.
	 * @param mixed $webinar_id    Webinar.
	 * @param mixed $after_lead_id Cursor: ids greater than this.
	 * @param mixed $limit         Page size (1 to 5000).
	 * @return list<int>
	 */
	public static function filter_registrants( $lead_ids, $webinar_id = 0, $after_lead_id = 0, $limit = 500 ): array {
		if ( is_array( $lead_ids ) && array() !== $lead_ids ) {
			return array_values( array_map( 'intval', $lead_ids ) );
		}
		global $wpdb;
		$table = self::table();
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- own table.
		$ids = $wpdb->get_col( $wpdb->prepare( "SELECT DISTINCT lead_id FROM {$table} WHERE webinar_id = %d AND lead_id > %d ORDER BY lead_id LIMIT %d", (int) $webinar_id, max( 0, (int) $after_lead_id ), min( 5000, max( 1, (int) $limit ) ) ) );
		return array_values( array_map( 'intval', (array) $ids ) );
	}

	/**
	 * Registrations of a lead (tests, the registrants screen later).
	 *
	 * @since 0.2.0
	 *
	 * @param int $lead_id Lead.
	 * @return list<array<string, mixed>>
	 */
	public static function of_lead( int $lead_id ): array {
		global $wpdb;
		$table = self::table();
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- own table.
		return array_values( (array) $wpdb->get_results( $wpdb->prepare( "SELECT webinar_id, slot_id, source, ref_id FROM {$table} WHERE lead_id = %d ORDER BY id", $lead_id ), ARRAY_A ) );
	}
}
