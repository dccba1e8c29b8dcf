<?php
/**
 * Fixed-window request counters shared by every PHP node: in the object cache when it is
 * persistent (Redis, Memcached), otherwise in a database table with one atomic upsert per hit.
 * Never in process memory.
 *
 * @package Webinars
 */

namespace Webinars\Modules\WebinarControlIntegration;

defined( 'ABSPATH' ) || exit;

/**
 * Counts hits per bucket and window.
 *
 * @since 0.1.0
 */
final class Throttle {

	private const GROUP = 'webinars_throttle';

	/**
	 * The counters table, without the site's prefix.
	 */
	private const TABLE = 'webinars_throttle';

	/**
	 * The counters table.
	 *
	 * @since 0.1.0
	 */
	public static function table(): string {
		global $wpdb;
		return $wpdb->prefix . self::TABLE;
	}

	/**
	 * Counts a hit; returns 0 when allowed, else the seconds until the window resets.
	 *
	 * @since 0.1.0
	 *
	 * @param string $bucket What is counted, e.g. me|12|user:5.
	 * @param int    $limit  Hits allowed per window.
	 * @param int    $window Window length in seconds.
	 */
	public static function hit( string $bucket, int $limit, int $window ): int {
		$now   = time();
		$start = $now - ( $now % $window );
		$hits  = wp_using_ext_object_cache() ? self::hit_cache( $bucket, $start, $window ) : self::hit_database( $bucket, $start );
		return $hits > $limit ? max( 1, $start + $window - $now ) : 0;
	}

	/**
	 * Object cache counter: add() creates it atomically, incr() counts.
	 *
	 * @param string $bucket Bucket.
	 * @param int    $start  Window start.
	 * @param int    $window Window length.
	 */
	private static function hit_cache( string $bucket, int $start, int $window ): int {
		$key = md5( $bucket ) . ':' . $start;
		wp_cache_add( $key, 0, self::GROUP, $window + 1 );
		return (int) wp_cache_incr( $key, 1, self::GROUP );
	}

	/**
	 * Database counter: the row exists (INSERT IGNORE), one UPDATE counts atomically (starting
	 * over in a new window), one read returns the count. Portable SQL (MySQL, MariaDB, SQLite).
	 *
	 * @param string $bucket Bucket.
	 * @param int    $start  Window start.
	 */
	private static function hit_database( string $bucket, int $start ): int {
		global $wpdb;
		$table = self::table();
		$key   = md5( $bucket );
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- table name; a counter.
		$wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (bucket, window_start, hits) VALUES (%s, %d, 0)", $key, $start ) );
		$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET hits = CASE WHEN window_start = %d THEN hits + 1 ELSE 1 END, window_start = %d WHERE bucket = %s", $start, $start, $key ) );
		$hits = (int) $wpdb->get_var( $wpdb->prepare( "SELECT hits FROM {$table} WHERE bucket = %s", $key ) );
		// phpcs:enable
		return $hits;
	}

	/**
	 * The webinars_schema filter: the counters table, for Core's one versioned schema routine.
	 *
	 * @since 0.2.0
	 *
	 * @param mixed $tables Unprefixed table name => CREATE TABLE statement.
	 * @return array<string, string>
	 */
	public static function schema( $tables ): array {
		$tables                = is_array( $tables ) ? $tables : array();
		$tables[ self::TABLE ] = 'CREATE TABLE {table} (
  bucket char(32) NOT NULL,
  window_start int(10) unsigned NOT NULL,
  hits int(10) unsigned NOT NULL,
  PRIMARY KEY  (bucket)
) {charset};';
		return $tables;
	}

	/**
	 * Drops stale counters (daily cron).
	 *
	 * @since 0.1.0
	 */
	public static function purge(): void {
		global $wpdb;
		$table = self::table();
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE window_start < %d", time() - HOUR_IN_SECONDS ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching
	}
}
