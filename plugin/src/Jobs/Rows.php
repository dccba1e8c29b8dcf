<?php
/**
 * Reads and prunes job rows (the list command, the runner's job lookup, the daily purge).
 *
 * @package Webinars
 * @since   0.2.0
 */

namespace Webinars\Jobs;

use Webinars\Contracts\Job;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQL.NotPrepared -- the queue's own table (its name is interpolated; every value goes through a placeholder); queue rows are never cached.

/**
 * Job rows.
 *
 * @since 0.2.0
 *
 * @phpstan-type JobRow array{id: int, type: string, payload: string, unique_key: string|null, status: string, run_at: string, attempts: int, max_attempts: int, claim_owner: string|null, claim_expires: string|null, last_error: string|null, created_at: string, updated_at: string, finished_at: string|null}
 */
final class Rows {

	/**
	 * One job.
	 *
	 * @since 0.2.0
	 *
	 * @param int $id Job ID.
	 * @return JobRow|null
	 */
	public static function get( int $id ): ?array {
		global $wpdb;
		$table = Store::table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %d", $id ), ARRAY_A );
		return is_array( $row ) ? self::typed( $row ) : null;
	}

	/**
	 * Jobs, newest first, optionally of one status and one type.
	 *
	 * @since 0.2.0
	 *
	 * @param string|null $status Status filter.
	 * @param string|null $type   Type filter.
	 * @param int         $limit  Most rows.
	 * @return list<JobRow>
	 */
	public static function find( ?string $status, ?string $type, int $limit ): array {
		global $wpdb;
		$table  = Store::table();
		$where  = array( '1 = 1' );
		$values = array();
		foreach ( array(
			'status' => $status,
			'type'   => $type,
		) as $column => $value ) {
			if ( null !== $value ) {
				$where[]  = "{$column} = %s";
				$values[] = $value;
			}
		}
		$values[] = max( 1, $limit );
		$rows     = $wpdb->get_results(
			$wpdb->prepare( "SELECT * FROM {$table} WHERE " . implode( ' AND ', $where ) . ' ORDER BY id DESC LIMIT %d', ...$values ), // phpcs:ignore WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare, WordPress.DB.PreparedSQLPlaceholders.ReplacementsWrongNumber -- conditions with placeholders.
			ARRAY_A
		);
		return array_values( array_map( array( self::class, 'typed' ), (array) $rows ) );
	}

	/**
	 * Deletes finished jobs that finished before $before, in chunks of ids (no DELETE … LIMIT).
	 *
	 * @since 0.2.0
	 *
	 * @param int $before Unix time.
	 * @param int $chunk  Rows per DELETE.
	 * @return int Rows deleted.
	 */
	public static function purge( int $before, int $chunk = 500 ): int {
		global $wpdb;
		$table   = Store::table();
		$deleted = 0;
		do {
			$ids = array_map(
				'intval',
				$wpdb->get_col(
					$wpdb->prepare(
						"SELECT id FROM {$table} WHERE status IN (%s, %s) AND finished_at < %s ORDER BY id LIMIT %d",
						Job::STATUS_DONE,
						Job::STATUS_DEAD,
						Store::datetime( $before ),
						$chunk
					)
				)
			);
			if ( array() !== $ids ) {
				$deleted += (int) $wpdb->query( "DELETE FROM {$table} WHERE id IN (" . implode( ',', $ids ) . ')' );
			}
			$full = count( $ids ) === $chunk;
		} while ( $full );
		return $deleted;
	}

	/**
	 * A row with its integer columns as integers.
	 *
	 * @param array<string, mixed> $row Row from the database.
	 * @return JobRow
	 */
	private static function typed( array $row ): array {
		$nullable = static fn( $value ): ?string => null === $value ? null : (string) $value;
		return array(
			'id'            => (int) $row['id'],
			'type'          => (string) $row['type'],
			'payload'       => (string) $row['payload'],
			'unique_key'    => $nullable( $row['unique_key'] ),
			'status'        => (string) $row['status'],
			'run_at'        => (string) $row['run_at'],
			'attempts'      => (int) $row['attempts'],
			'max_attempts'  => (int) $row['max_attempts'],
			'claim_owner'   => $nullable( $row['claim_owner'] ),
			'claim_expires' => $nullable( $row['claim_expires'] ),
			'last_error'    => $nullable( $row['last_error'] ),
			'created_at'    => (string) $row['created_at'],
			'updated_at'    => (string) $row['updated_at'],
			'finished_at'   => $nullable( $row['finished_at'] ),
		);
	}
}
