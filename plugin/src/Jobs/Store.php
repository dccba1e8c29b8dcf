<?php
/**
 * The jobs table and every statement on it. Portable SQL (MariaDB/MySQL, and SQLite under
 * Playground through WordPress's SQLite driver): no UPDATE … LIMIT, no row locks; a claim is a
 * compare-and-set UPDATE whose affected-row count says who won. Times are UTC DATETIME strings
 * from PHP's clock, never the database's, so every node and driver compares the same values.
 *
 * @package Webinars
 * @since   0.2.0
 */

namespace Webinars\Jobs;

use Webinars\Contracts\Job;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQL.NotPrepared -- the queue's own table (its name is interpolated; every value goes through a placeholder); queue rows are never cached.

/**
 * Reads and writes the jobs table.
 *
 * @since 0.2.0
 */
final class Store {

	/**
	 * Unprefixed table name.
	 *
	 * @since 0.2.0
	 */
	public const TABLE = 'webinars_jobs';

	/**
	 * Longest unique key (an index on utf8mb4 fits 191 characters).
	 *
	 * @since 0.2.0
	 */
	public const UNIQUE_KEY_MAX = 191;

	/**
	 * Declares the table (webinars_schema filter). The two status indexes serve the claim query's
	 * two branches (due pending jobs, expired claims) and the purge.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, string> $statements Declared statements.
	 * @return array<string, string>
	 */
	public static function declare_table( $statements ): array {
		$statements                = (array) $statements;
		$statements[ self::TABLE ] = 'CREATE TABLE {table} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  type varchar(64) NOT NULL,
  payload longtext NOT NULL,
  unique_key varchar(191) DEFAULT NULL,
  status varchar(20) NOT NULL,
  run_at datetime NOT NULL,
  attempts smallint(5) unsigned NOT NULL DEFAULT 0,
  max_attempts smallint(5) unsigned NOT NULL,
  claim_owner varchar(100) DEFAULT NULL,
  claim_expires datetime DEFAULT NULL,
  last_error text,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  finished_at datetime DEFAULT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY unique_key (unique_key),
  KEY status_run_at (status,run_at),
  KEY status_claim_expires (status,claim_expires),
  KEY status_finished_at (status,finished_at)
) {charset};';
		return $statements;
	}

	/**
	 * The prefixed table name.
	 *
	 * @since 0.2.0
	 */
	public static function table(): string {
		global $wpdb;
		return $wpdb->prefix . self::TABLE;
	}

	/**
	 * A Unix time as the table stores it.
	 *
	 * @since 0.2.0
	 *
	 * @param int $time Unix time.
	 */
	public static function datetime( int $time ): string {
		return gmdate( 'Y-m-d H:i:s', $time );
	}

	/**
	 * Inserts a job; with a unique key already present, inserts nothing (INSERT IGNORE: the unique
	 * index decides, so parallel callers cannot both insert) and returns the existing job's ID.
	 *
	 * @since 0.2.0
	 *
	 * @param string      $type         Job type.
	 * @param string      $payload      JSON payload.
	 * @param string|null $unique_key   Unique key, or null.
	 * @param int         $run_at       Unix time to run at.
	 * @param int         $max_attempts Attempts before the job is dead.
	 * @param int         $now          Unix time now.
	 * @return int Job ID, 0 on a database error.
	 */
	public static function insert( string $type, string $payload, ?string $unique_key, int $run_at, int $max_attempts, int $now ): int {
		global $wpdb;
		$table = self::table();
		$stamp = self::datetime( $now );
		// The key is NULL (never '') without one: NULLs do not collide in a UNIQUE index.
		$key      = null === $unique_key ? array() : array( $unique_key );
		$inserted = $wpdb->query(
			$wpdb->prepare( // phpcs:ignore WordPress.DB.PreparedSQLPlaceholders.ReplacementsWrongNumber -- the key's placeholder is there only with a key.
				"INSERT IGNORE INTO {$table} (type, payload, unique_key, status, run_at, attempts, max_attempts, created_at, updated_at) VALUES (%s, %s, " . ( array() === $key ? 'NULL' : '%s' ) . ', %s, %s, 0, %d, %s, %s)', // phpcs:ignore WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare -- a literal NULL or a placeholder.
				$type,
				$payload,
				...$key,
				...array( Job::INITIAL, self::datetime( $run_at ), $max_attempts, $stamp, $stamp )
			)
		);
		if ( 1 === $inserted ) {
			return (int) $wpdb->insert_id;
		}
		if ( null === $unique_key ) {
			return 0;
		}
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT id FROM {$table} WHERE unique_key = %s", $unique_key ) );
	}

	/**
	 * Jobs a runner may claim now: due pending jobs and running jobs whose claim expired, oldest
	 * first. A hint only: the claim itself re-checks the same condition.
	 *
	 * @since 0.2.0
	 *
	 * @param int $now   Unix time now.
	 * @param int $limit Most rows.
	 * @return list<array{id: int, type: string}>
	 */
	public static function claimable( int $now, int $limit ): array {
		global $wpdb;
		$table = self::table();
		$stamp = self::datetime( $now );
		$rows  = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT id, type FROM {$table} WHERE (status = %s AND run_at <= %s) OR (status = %s AND claim_expires < %s) ORDER BY run_at, id LIMIT %d",
				Job::STATUS_PENDING,
				$stamp,
				Job::STATUS_RUNNING,
				$stamp,
				max( 1, $limit )
			),
			ARRAY_A
		);
		$out   = array();
		foreach ( (array) $rows as $row ) {
			$out[] = array(
				'id'   => (int) $row['id'],
				'type' => (string) $row['type'],
			);
		}
		return $out;
	}

	/**
	 * Claims one job: a compare-and-set on the claimable condition. Exactly one of any number of
	 * concurrent callers sees one affected row; every claim counts as an attempt.
	 *
	 * @since 0.2.0
	 *
	 * @param int    $id            Job ID.
	 * @param string $owner         The runner's claim owner.
	 * @param int    $now           Unix time now.
	 * @param int    $claim_seconds Seconds the claim lasts.
	 */
	public static function claim( int $id, string $owner, int $now, int $claim_seconds ): bool {
		global $wpdb;
		$table = self::table();
		$stamp = self::datetime( $now );
		return 1 === $wpdb->query(
			$wpdb->prepare(
				"UPDATE {$table} SET status = %s, claim_owner = %s, claim_expires = %s, attempts = attempts + 1, updated_at = %s WHERE id = %d AND ((status = %s AND run_at <= %s) OR (status = %s AND claim_expires < %s))",
				Job::STATUS_RUNNING,
				$owner,
				self::datetime( $now + $claim_seconds ),
				$stamp,
				$id,
				Job::STATUS_PENDING,
				$stamp,
				Job::STATUS_RUNNING,
				$stamp
			)
		);
	}

	/**
	 * Ends a claimed job: done, dead, or back to pending for a retry. Only while the caller still
	 * holds the claim (a runner that overran its claim and was taken over changes nothing).
	 *
	 * @since 0.2.0
	 *
	 * @param int         $id     Job ID.
	 * @param string      $owner  The runner's claim owner.
	 * @param string      $status New status.
	 * @param int         $now    Unix time now.
	 * @param string|null $error  Last error (null clears it).
	 * @param int|null    $run_at Next run (a retry), or null.
	 * @return bool Whether the caller still held the claim.
	 */
	public static function release( int $id, string $owner, string $status, int $now, ?string $error, ?int $run_at = null ): bool {
		global $wpdb;
		$finished = in_array( $status, Job::FINISHED, true );
		$data     = array(
			'status'        => $status,
			'claim_owner'   => null,
			'claim_expires' => null,
			'last_error'    => null === $error ? null : mb_substr( $error, 0, 2000 ),
			'updated_at'    => self::datetime( $now ),
			'finished_at'   => $finished ? self::datetime( $now ) : null,
		);
		if ( null !== $run_at ) {
			$data['run_at'] = self::datetime( $run_at );
		}
		$changed = $wpdb->update(
			self::table(),
			$data,
			array(
				'id'          => $id,
				'status'      => Job::STATUS_RUNNING,
				'claim_owner' => $owner,
			)
		);
		return 1 === $changed;
	}
}
