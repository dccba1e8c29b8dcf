<?php
/**
 * A short database transaction around one ingest, retried when InnoDB picks it as a deadlock
 * victim (two submissions locking the same two leads in opposite order). When the connection is
 * already inside a transaction (autocommit off, as in the test suite), a savepoint stands in for
 * the transaction so that the caller's is never committed behind its back.
 *
 * MariaDB / MySQL only (READ COMMITTED, savepoints, FOR UPDATE); on SQLite, which serialises
 * writers, the same sequence would run under BEGIN IMMEDIATE.
 *
 * @package Webinars
 * @since   0.2.0
 */

namespace Webinars\Modules\Core\Leads;

use RuntimeException;

// phpcs:disable WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching, WordPress.DB.PreparedSQL.NotPrepared -- transaction control statements (constants), and statements the caller prepared.

defined( 'ABSPATH' ) || exit;

/**
 * Runs a unit of work atomically.
 *
 * @since 0.2.0
 */
final class Transaction {

	private const ATTEMPTS  = 8;
	private const SAVEPOINT = 'webinars_leads';

	/**
	 * Runs $work inside a transaction and returns its value; rolls back on any failure.
	 *
	 * @since 0.2.0
	 *
	 * @template T
	 * @param callable(): T $work Unit of work; throws RuntimeException to roll back.
	 * @return T
	 * @throws \Throwable When the work failed (after retrying deadlocks).
	 */
	public static function run( callable $work ) {
		global $wpdb;
		$nested = self::in_transaction();
		// An expected deadlock must not print HTML into a REST answer (WP_DEBUG_DISPLAY): errors
		// become exceptions here, and the last one is logged.
		$suppress = $wpdb->suppress_errors( true );
		try {
			return self::attempt( $work, $nested );
		} catch ( \Throwable $e ) {
			// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- a failed ingest must leave a trace.
			error_log( 'Webinars: a lead transaction failed: ' . $e->getMessage() );
			throw $e;
		} finally {
			$wpdb->suppress_errors( $suppress );
		}
	}

	/**
	 * Runs $work, retrying deadlocks.
	 *
	 * @template T
	 * @param callable(): T $work   Unit of work.
	 * @param bool          $nested Whether to use a savepoint.
	 * @return T
	 * @throws \Throwable When the work failed.
	 */
	private static function attempt( callable $work, bool $nested ) {
		global $wpdb;
		for ( $attempt = 1; ; $attempt++ ) {
			if ( $nested ) {
				$wpdb->query( 'SAVEPOINT ' . self::SAVEPOINT );
			} else {
				// Fewer gap locks: parallel submissions wait on rows, not on ranges.
				$wpdb->query( 'SET TRANSACTION ISOLATION LEVEL READ COMMITTED' );
				$wpdb->query( 'START TRANSACTION' );
			}
			try {
				$value = $work();
				$wpdb->query( $nested ? 'RELEASE SAVEPOINT ' . self::SAVEPOINT : 'COMMIT' );
				return $value;
			} catch ( \Throwable $e ) {
				$wpdb->query( $nested ? 'ROLLBACK TO SAVEPOINT ' . self::SAVEPOINT : 'ROLLBACK' );
				if ( ! $e instanceof RuntimeException || $nested || $attempt >= self::ATTEMPTS || ! self::is_deadlock( $e->getMessage() ) ) {
					throw $e;
				}
				usleep( wp_rand( 5000, 50000 ) * $attempt );
			}
		}
	}

	/**
	 * Runs one statement of a unit of work: a database error becomes an exception (rollback).
	 *
	 * @since 0.2.0
	 *
	 * @param string $sql Prepared SQL.
	 * @return int Rows affected (or selected).
	 * @throws RuntimeException On a database error.
	 */
	public static function query( string $sql ): int {
		global $wpdb;
		$result = $wpdb->query( $sql );
		if ( false === $result ) {
			throw new RuntimeException( esc_html( '' !== $wpdb->last_error ? $wpdb->last_error : 'database error' ) );
		}
		return (int) $result;
	}

	/**
	 * Throws when the last statement failed (a locking read returns no rows on a deadlock).
	 *
	 * @since 0.2.0
	 *
	 * @throws RuntimeException On a database error.
	 */
	public static function check(): void {
		global $wpdb;
		if ( '' !== $wpdb->last_error ) {
			throw new RuntimeException( esc_html( $wpdb->last_error ) );
		}
	}

	/**
	 * Whether the connection is inside a transaction already. MariaDB says so (@@in_transaction);
	 * MySQL has no such variable, so there autocommit off is the sign.
	 */
	private static function in_transaction(): bool {
		global $wpdb;
		if ( '0' === (string) $wpdb->get_var( 'SELECT @@autocommit' ) ) {
			return true;
		}
		$suppress = $wpdb->suppress_errors( true );
		$open     = $wpdb->get_var( 'SELECT @@in_transaction' );
		$wpdb->suppress_errors( $suppress );
		return '1' === (string) $open;
	}

	/**
	 * Whether the error is one that a retry may cure.
	 *
	 * @param string $message Database error.
	 */
	private static function is_deadlock( string $message ): bool {
		return false !== stripos( $message, 'deadlock' ) || false !== stripos( $message, 'lock wait timeout' );
	}
}
