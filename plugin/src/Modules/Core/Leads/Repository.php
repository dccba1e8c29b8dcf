<?php
/**
 * Reads and writes of the lead tables. Every write that decides identity goes through a UNIQUE
 * key: an insert that collides locks the existing row instead of creating a second one (INSERT …
 * ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id)), never "select, then insert". On SQLite the
 * same statement is INSERT … ON CONFLICT DO UPDATE … RETURNING id.
 *
 * @package Webinars
 * @since   0.2.0
 */

namespace Webinars\Modules\Core\Leads;

// phpcs:disable WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQL.NotPrepared -- the plugin's own tables (names from Tables); every value goes through $wpdb->prepare().

defined( 'ABSPATH' ) || exit;

/**
 * Lead rows.
 *
 * @since 0.2.0
 */
final class Repository {

	/**
	 * Columns a submission may set, besides email and the timestamps.
	 *
	 * @since 0.2.0
	 */
	public const FIELDS = array( 'phone', 'name', 'locale', 'ref_id', 'consent', 'consent_at', 'consent_version', 'user_id', 'source' );

	/**
	 * Claims an idempotency key. A concurrent claim of the same key waits for this transaction
	 * and then finds the key taken.
	 *
	 * @since 0.2.0
	 *
	 * @param string $hash   SHA-256 of the key.
	 * @param string $source Who sent it.
	 * @return bool Whether this call claimed it (false: a replay).
	 */
	public static function claim_key( string $hash, string $source ): bool {
		global $wpdb;
		$table = Tables::ingests();
		return 1 === Transaction::query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (key_hash, source, created_at) VALUES (%s, %s, %s)", $hash, $source, current_time( 'mysql', true ) ) );
	}

	/**
	 * Records what a claimed key did.
	 *
	 * @since 0.2.0
	 *
	 * @param string $hash    SHA-256 of the key.
	 * @param int    $lead_id Lead.
	 * @param string $result  created, updated, merged or unchanged.
	 */
	public static function settle_key( string $hash, int $lead_id, string $result ): void {
		global $wpdb;
		Transaction::query( $wpdb->prepare( 'UPDATE ' . Tables::ingests() . ' SET lead_id = %d, result = %s WHERE key_hash = %s', $lead_id, $result, $hash ) );
	}

	/**
	 * What the first ingest of a key did.
	 *
	 * @since 0.2.0
	 *
	 * @param string $hash SHA-256 of the key.
	 * @return array{lead_id: int, result: string}
	 */
	public static function key_result( string $hash ): array {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT lead_id, result FROM ' . Tables::ingests() . ' WHERE key_hash = %s', $hash ), ARRAY_A );
		return array(
			'lead_id' => (int) ( $row['lead_id'] ?? 0 ),
			'result'  => (string) ( $row['result'] ?? '' ),
		);
	}

	/**
	 * Inserts a lead, or, when its e-mail or phone is taken, locks the row that holds it.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $row Normalised columns (email, phone, …).
	 * @return array{int, bool} The row's ID and whether it was inserted.
	 */
	public static function insert_or_lock( array $row ): array {
		global $wpdb;
		$columns = array_keys( $row );
		$values  = array();
		foreach ( $row as $value ) {
			$values[] = null === $value ? 'NULL' : ( is_int( $value ) ? (string) $value : $wpdb->prepare( '%s', $value ) );
		}
		$sql      = 'INSERT INTO ' . Tables::leads() . ' (' . implode( ', ', $columns ) . ') VALUES (' . implode( ', ', $values ) . ') ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id)';
		$inserted = 1 === Transaction::query( $sql );
		return array( (int) $wpdb->insert_id, $inserted );
	}

	/**
	 * Locks and returns the rows holding this e-mail or phone (merged ones included).
	 *
	 * @since 0.2.0
	 *
	 * @param string $email Normalised e-mail.
	 * @param string $phone Normalised phone or ''.
	 * @return list<array<string, mixed>>
	 */
	public static function lock_holders( string $email, string $phone ): array {
		global $wpdb;
		$sql = '' === $phone
			? $wpdb->prepare( 'SELECT * FROM ' . Tables::leads() . ' WHERE email = %s FOR UPDATE', $email )
			: $wpdb->prepare( 'SELECT * FROM ' . Tables::leads() . ' WHERE email = %s OR phone = %s FOR UPDATE', $email, $phone );
		return self::rows( $sql );
	}

	/**
	 * Locks and returns leads by ID, oldest first.
	 *
	 * @since 0.2.0
	 *
	 * @param int[] $ids Lead IDs.
	 * @return list<array<string, mixed>>
	 */
	public static function lock( array $ids ): array {
		$ids = array_map( 'intval', $ids );
		return array() === $ids ? array() : self::rows( 'SELECT * FROM ' . Tables::leads() . ' WHERE id IN (' . implode( ',', $ids ) . ') ORDER BY created_at, id FOR UPDATE' );
	}

	/**
	 * Whether any row holds this phone.
	 *
	 * @since 0.2.0
	 *
	 * @param string $phone Normalised phone.
	 */
	public static function phone_taken( string $phone ): bool {
		global $wpdb;
		return null !== $wpdb->get_var( $wpdb->prepare( 'SELECT id FROM ' . Tables::leads() . ' WHERE phone = %s', $phone ) );
	}

	/**
	 * Updates columns of a lead (and its updated_at).
	 *
	 * @since 0.2.0
	 *
	 * @param int                  $id      Lead.
	 * @param array<string, mixed> $columns Column => value (null allowed).
	 */
	public static function update( int $id, array $columns ): void {
		global $wpdb;
		$set = array();
		foreach ( $columns + array( 'updated_at' => current_time( 'mysql', true ) ) as $column => $value ) {
			$set[] = $column . ' = ' . ( null === $value ? 'NULL' : ( is_int( $value ) ? (string) $value : $wpdb->prepare( '%s', $value ) ) );
		}
		Transaction::query( 'UPDATE ' . Tables::leads() . ' SET ' . implode( ', ', $set ) . $wpdb->prepare( ' WHERE id = %d', $id ) );
	}

	/**
	 * Points a merged lead, and every lead merged into it before, at the survivor.
	 *
	 * @since 0.2.0
	 *
	 * @param int $merged   Lead merged away.
	 * @param int $survivor Surviving lead.
	 */
	public static function point_at( int $merged, int $survivor ): void {
		global $wpdb;
		Transaction::query( $wpdb->prepare( 'UPDATE ' . Tables::leads() . ' SET merged_into = %d WHERE id = %d OR merged_into = %d', $survivor, $merged, $merged ) );
	}

	/**
	 * The live lead (not merged away) with this ID, or the one a merged ID points at.
	 *
	 * @since 0.2.0
	 *
	 * @param int $id Lead ID.
	 * @return array<string, mixed>|null
	 */
	public static function find( int $id ): ?array {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM ' . Tables::leads() . ' WHERE id = %d', $id ), ARRAY_A );
		if ( is_array( $row ) && (int) $row['merged_into'] > 0 ) {
			$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM ' . Tables::leads() . ' WHERE id = %d AND merged_into = 0', (int) $row['merged_into'] ), ARRAY_A );
		}
		return is_array( $row ) ? $row : null;
	}

	/**
	 * The live lead that this normalised e-mail address belongs to.
	 *
	 * @since 0.2.0
	 *
	 * @param string $email Normalised e-mail.
	 * @return array<string, mixed>|null
	 */
	public static function find_by_email( string $email ): ?array {
		global $wpdb;
		$id = $wpdb->get_var( $wpdb->prepare( 'SELECT id FROM ' . Tables::leads() . ' WHERE email = %s', $email ) );
		return null === $id ? null : self::find( (int) $id );
	}

	/**
	 * Deletes a live lead and the rows merged into it.
	 *
	 * @since 0.2.0
	 *
	 * @param int $id Live lead ID.
	 * @return int Rows deleted.
	 */
	public static function delete( int $id ): int {
		global $wpdb;
		return (int) $wpdb->query( $wpdb->prepare( 'DELETE FROM ' . Tables::leads() . ' WHERE (id = %d AND merged_into = 0) OR merged_into = %d', $id, $id ) );
	}

	/**
	 * Rows of a locking read.
	 *
	 * @param string $sql Prepared SELECT.
	 * @return list<array<string, mixed>>
	 * @throws \RuntimeException On a database error (a deadlock: the transaction is retried).
	 */
	private static function rows( string $sql ): array {
		global $wpdb;
		$rows = $wpdb->get_results( $sql, ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- prepared by the caller.
		Transaction::check();
		return is_array( $rows ) ? array_values( $rows ) : array();
	}
}
