<?php
/**
 * The room store: Core's SQL for room rows and their event log. A state change is one
 * compare-and-set UPDATE (the database decides which of concurrent requests wins, on any number of
 * PHP nodes), and every write bumps the row's version. Nothing here knows the rules or the cache.
 *
 * @package Webinars
 */

namespace Webinars\Modules\Core;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching, WordPress.DB.PreparedSQLPlaceholders.ReplacementsWrongNumber -- our own table names; replacements passed as one array; RoomState caches reads and forgets them after writes.

/**
 * Reads and writes room rows.
 *
 * @since 0.2.0
 */
final class RoomStore {

	/**
	 * The room row (one primary-key read), or null.
	 *
	 * @since 0.2.0
	 *
	 * @param int $webinar_id Webinar.
	 * @return array<string, mixed>|null
	 */
	public function row( int $webinar_id ): ?array {
		global $wpdb;
		$table = Tables::rooms();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT webinar_id, status, cta_visible, version, published, starts_at, cta_text, cta_label, cta_url FROM {$table} WHERE webinar_id = %d", $webinar_id ), ARRAY_A );
		return is_array( $row ) ? $row : null;
	}

	/**
	 * Creates the row if missing, then updates its content where it differs (bumping the version
	 * in the same statement). Portable SQL: MySQL, MariaDB, and SQLite under Playground.
	 *
	 * @since 0.2.0
	 *
	 * @param int                                                                                            $webinar_id Webinar.
	 * @param array{published: int, starts_at: string, cta_text: string, cta_label: string, cta_url: string} $content    Content.
	 * @return bool Whether anything changed.
	 */
	public function save_content( int $webinar_id, array $content ): bool {
		global $wpdb;
		$table    = Tables::rooms();
		$values   = array( $content['published'], $content['starts_at'], $content['cta_text'], $content['cta_label'], $content['cta_url'] );
		$inserted = $wpdb->query(
			$wpdb->prepare(
				"INSERT IGNORE INTO {$table} (webinar_id, published, starts_at, cta_text, cta_label, cta_url, changed_at) VALUES (%d, %d, %s, %s, %s, %s, %s)",
				array_merge( array( $webinar_id ), $values, array( current_time( 'mysql', true ) ) )
			)
		);
		$updated  = $wpdb->query(
			$wpdb->prepare(
				"UPDATE {$table} SET version = version + 1, published = %d, starts_at = %s, cta_text = %s, cta_label = %s, cta_url = %s
				WHERE webinar_id = %d AND NOT (published = %d AND starts_at = %s AND cta_text = %s AND cta_label = %s AND cta_url = %s)",
				array_merge( $values, array( $webinar_id ), $values )
			)
		);
		return (bool) $inserted || (bool) $updated;
	}

	/**
	 * Compare-and-set of the status: only a request that still sees one of $from changes the row.
	 *
	 * @since 0.2.0
	 *
	 * @param int      $webinar_id Webinar.
	 * @param string   $to         New status.
	 * @param string[] $from       Statuses the change is allowed from.
	 * @param bool     $hide_cta   Also hide the CTA (a room back to its initial status).
	 * @param int      $actor_id   Who.
	 * @return int Rows changed (1 for the winner, 0 otherwise).
	 */
	public function change_status( int $webinar_id, string $to, array $from, bool $hide_cta, int $actor_id ): int {
		global $wpdb;
		$table = Tables::rooms();
		$in    = implode( ', ', array_fill( 0, count( $from ), '%s' ) );
		$cta   = $hide_cta ? ', cta_visible = 0' : '';
		return (int) $wpdb->query(
			$wpdb->prepare(
				"UPDATE {$table} SET status = %s{$cta}, version = version + 1, changed_at = %s, changed_by = %d WHERE webinar_id = %d AND status IN ({$in})", // phpcs:ignore WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare -- a placeholder list.
				array_merge( array( $to, current_time( 'mysql', true ), $actor_id, $webinar_id ), $from )
			)
		);
	}

	/**
	 * Compare-and-set of the CTA's visibility, in the statuses where it may change.
	 *
	 * @since 0.2.0
	 *
	 * @param int      $webinar_id Webinar.
	 * @param bool     $visible    Show or hide.
	 * @param string[] $statuses   Statuses in which the CTA may change.
	 * @param int      $actor_id   Who.
	 * @return int Rows changed.
	 */
	public function change_cta( int $webinar_id, bool $visible, array $statuses, int $actor_id ): int {
		global $wpdb;
		$table = Tables::rooms();
		$in    = implode( ', ', array_fill( 0, count( $statuses ), '%s' ) );
		return (int) $wpdb->query(
			$wpdb->prepare(
				"UPDATE {$table} SET cta_visible = %d, version = version + 1, changed_at = %s, changed_by = %d WHERE webinar_id = %d AND cta_visible = %d AND status IN ({$in})", // phpcs:ignore WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare -- a placeholder list.
				array_merge( array( (int) $visible, current_time( 'mysql', true ), $actor_id, $webinar_id, (int) ! $visible ), $statuses )
			)
		);
	}

	/**
	 * Appends one effective change to the event log (the audit trail).
	 *
	 * @since 0.2.0
	 *
	 * @param int                  $webinar_id Webinar.
	 * @param string               $field      status or cta.
	 * @param string               $from       Value before.
	 * @param string               $to         Value after.
	 * @param int                  $version    Version after.
	 * @param array<string, mixed> $context    Actor context (actor_id, role, source).
	 */
	public function log( int $webinar_id, string $field, string $from, string $to, int $version, array $context ): void {
		global $wpdb;
		$wpdb->insert(
			Tables::events(),
			array(
				'webinar_id' => $webinar_id,
				'field'      => $field,
				'from_value' => $from,
				'to_value'   => $to,
				'version'    => $version,
				'actor_id'   => (int) ( $context['actor_id'] ?? 0 ),
				'role'       => substr( (string) ( $context['role'] ?? '' ), 0, 16 ),
				'source'     => substr( (string) ( $context['source'] ?? '' ), 0, 64 ),
				'created_at' => current_time( 'mysql', true ),
			),
			array( '%d', '%s', '%s', '%s', '%d', '%d', '%s', '%s', '%s' )
		);
	}

	/**
	 * Deletes a room.
	 *
	 * @since 0.2.0
	 *
	 * @param int $webinar_id Webinar.
	 */
	public function delete( int $webinar_id ): void {
		global $wpdb;
		$wpdb->delete( Tables::rooms(), array( 'webinar_id' => $webinar_id ), array( '%d' ) );
	}
}
