<?php
/**
 * Room state: Core applies core_webinar_set_status and core_webinar_set_cta_visibility with a
 * compare-and-set UPDATE (the database decides which of concurrent requests wins, on any number of
 * PHP nodes), bumps the state version with every change, logs each effective change once, and
 * answers the webinars_room_state filter from one primary-key read (cached in the object cache).
 *
 * @package Webinars
 */

namespace Webinars\Modules\Core;

use Webinars\Contracts\Hooks;
use Webinars\Contracts\Outcome;
use Webinars\Contracts\Room;
use WP_Post;

defined( 'ABSPATH' ) || exit;

/**
 * Reads and changes room state.
 */
final class Rooms {

	private const CACHE_GROUP = 'webinars';

	/**
	 * Seconds a participant counts as present after their last heartbeat.
	 */
	public const PRESENCE_WINDOW = 30;

	/**
	 * The webinars_room_state filter: the shared state of a webinar's room, or null.
	 *
	 * @param array<string, mixed>|null $state      State from an earlier filter.
	 * @param int                       $webinar_id Webinar.
	 * @return array<string, mixed>|null
	 */
	public function state( $state, $webinar_id ) {
		if ( null !== $state ) {
			return $state;
		}
		$webinar_id = (int) $webinar_id;
		$cached     = wp_cache_get( self::cache_key( $webinar_id ), self::CACHE_GROUP );
		if ( is_array( $cached ) ) {
			return $cached;
		}
		$row = $this->row( $webinar_id );
		if ( null === $row ) {
			// Webinars created before the plugin's tables existed get their row on first read.
			$post = get_post( $webinar_id );
			if ( ! $post instanceof WP_Post || Webinars::POST_TYPE !== $post->post_type ) {
				return null;
			}
			$this->sync( $webinar_id, $post );
			$row = $this->row( $webinar_id );
		}
		if ( null === $row || ! $row['published'] ) {
			return null;
		}
		$state = self::present( $row );
		wp_cache_set( self::cache_key( $webinar_id ), $state, self::CACHE_GROUP, MINUTE_IN_SECONDS );
		return $state;
	}

	/**
	 * Listener of core_webinar_set_status.
	 *
	 * @param array<string, mixed> $payload Validated payload: webinar_id, status, context.
	 * @param Outcome|null         $outcome What happened, for the caller (null: nobody asks).
	 */
	public function set_status( array $payload, ?Outcome $outcome = null ): void {
		global $wpdb;
		$outcome = $outcome ?? new Outcome();
		if ( $outcome->is_settled() ) {
			return;
		}
		$webinar_id = (int) $payload['webinar_id'];
		$requested  = (string) $payload['status'];
		$context    = (array) $payload['context'];
		$current    = $this->current_or_refuse( $webinar_id, $outcome );
		if ( null === $current ) {
			return;
		}
		$from = Room::TRANSITIONS[ $requested ]['from'];
		$to   = Room::TRANSITIONS[ $requested ]['to'];
		if ( $to === $current['status'] ) {
			$outcome->unchanged( $current );
			return; // Already there: a retry or a double click, not an error and not a change.
		}
		if ( ! in_array( $current['status'], $from, true ) ) {
			$outcome->refuse( Room::ERROR_ILLEGAL_TRANSITION, self::illegal_message( $requested, $current['status'] ) );
			return;
		}
		$placeholders = implode( ', ', array_fill( 0, count( $from ), '%s' ) );
		$table        = Tables::rooms();
		// Compare-and-set: only the request that still sees an allowed from-status changes the row.
		$changed = $wpdb->query( // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- the cache is invalidated below.
			$wpdb->prepare( // phpcs:ignore WordPress.DB.PreparedSQLPlaceholders.ReplacementsWrongNumber -- the replacements are one array.
				"UPDATE {$table} SET status = %s, version = version + 1, changed_at = %s, changed_by = %d WHERE webinar_id = %d AND status IN ({$placeholders})", // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare, WordPress.DB.PreparedSQLPlaceholders.ReplacementsWrongNumber -- table name and a placeholder list.
				array_merge( array( $to, current_time( 'mysql', true ), (int) ( $context['actor_id'] ?? 0 ), $webinar_id ), $from )
			)
		);
		$this->after_update( $webinar_id, 'status', $current, (int) $changed, $requested, $context, $outcome );
	}

	/**
	 * Listener of core_webinar_set_cta_visibility.
	 *
	 * @param array<string, mixed> $payload Validated payload: webinar_id, visible, context.
	 * @param Outcome|null         $outcome What happened, for the caller (null: nobody asks).
	 */
	public function set_cta_visibility( array $payload, ?Outcome $outcome = null ): void {
		global $wpdb;
		$outcome = $outcome ?? new Outcome();
		if ( $outcome->is_settled() ) {
			return;
		}
		$webinar_id = (int) $payload['webinar_id'];
		$visible    = (bool) $payload['visible'];
		$context    = (array) $payload['context'];
		$current    = $this->current_or_refuse( $webinar_id, $outcome );
		if ( null === $current ) {
			return;
		}
		if ( $visible === $current['cta']['visible'] ) {
			$outcome->unchanged( $current );
			return;
		}
		if ( ! Room::cta_may_change( (string) $current['status'] ) ) {
			$outcome->refuse(
				Room::ERROR_ILLEGAL_TRANSITION,
				/* translators: %s: why, e.g. "it is archived". */
				sprintf( __( 'The call-to-action cannot change: %s.', 'webinars' ), self::status_label( $current['status'] ) )
			);
			return;
		}
		$table   = Tables::rooms();
		$changed = $wpdb->query( // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- the cache is invalidated below.
			$wpdb->prepare(
				"UPDATE {$table} SET cta_visible = %d, version = version + 1, changed_at = %s, changed_by = %d WHERE webinar_id = %d AND cta_visible = %d AND status IN ('scheduled', 'live', 'paused', 'ended')", // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name.
				(int) $visible,
				current_time( 'mysql', true ),
				(int) ( $context['actor_id'] ?? 0 ),
				$webinar_id,
				(int) ! $visible
			)
		);
		$this->after_update( $webinar_id, 'cta', $current, (int) $changed, $visible ? 'visible' : 'hidden', $context, $outcome );
	}

	/**
	 * Keeps the room row in step with the post (content a poll returns; published or not).
	 * Content changes bump the version too, so pollers' ETags change.
	 *
	 * @param int          $webinar_id Webinar.
	 * @param WP_Post|null $post       The post, when known.
	 */
	public function sync( $webinar_id, $post = null ): void {
		global $wpdb;
		$webinar_id = (int) $webinar_id;
		$post       = $post instanceof WP_Post ? $post : get_post( $webinar_id );
		if ( ! $post instanceof WP_Post || Webinars::POST_TYPE !== $post->post_type ) {
			return;
		}
		$content = array(
			'published' => (int) ( 'publish' === $post->post_status ),
			'starts_at' => (string) get_post_meta( $webinar_id, Webinars::META_STARTS_AT, true ),
			'cta_text'  => (string) get_post_meta( $webinar_id, Webinars::META_CTA_TEXT, true ),
			'cta_label' => (string) get_post_meta( $webinar_id, Webinars::META_CTA_LABEL, true ),
			'cta_url'   => (string) get_post_meta( $webinar_id, Webinars::META_CTA_URL, true ),
		);
		$table   = Tables::rooms();
		// Portable SQL (MySQL, MariaDB, and SQLite under WordPress Playground): create the row if
		// missing, then update the content only where it differs, bumping the version in the same
		// statement.
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- table name; the cache is invalidated below.
		$inserted = $wpdb->query(
			$wpdb->prepare(
				"INSERT IGNORE INTO {$table} (webinar_id, published, starts_at, cta_text, cta_label, cta_url, changed_at) VALUES (%d, %d, %s, %s, %s, %s, %s)",
				$webinar_id,
				$content['published'],
				$content['starts_at'],
				$content['cta_text'],
				$content['cta_label'],
				$content['cta_url'],
				current_time( 'mysql', true )
			)
		);
		$updated  = $wpdb->query(
			$wpdb->prepare(
				"UPDATE {$table} SET version = version + 1, published = %d, starts_at = %s, cta_text = %s, cta_label = %s, cta_url = %s
				WHERE webinar_id = %d AND NOT (published = %d AND starts_at = %s AND cta_text = %s AND cta_label = %s AND cta_url = %s)",
				$content['published'],
				$content['starts_at'],
				$content['cta_text'],
				$content['cta_label'],
				$content['cta_url'],
				$webinar_id,
				$content['published'],
				$content['starts_at'],
				$content['cta_text'],
				$content['cta_label'],
				$content['cta_url']
			)
		);
		$changed  = $inserted || $updated;
		// phpcs:enable
		if ( $changed ) {
			wp_cache_delete( self::cache_key( $webinar_id ), self::CACHE_GROUP );
		}
	}

	/**
	 * Meta of a webinar changed: resync its room row.
	 *
	 * @param int    $meta_id    Meta row.
	 * @param int    $object_id  Post ID.
	 * @param string $meta_key   Meta key.
	 */
	public function meta_changed( $meta_id, $object_id, $meta_key ): void {
		if ( in_array( $meta_key, array( Webinars::META_STARTS_AT, Webinars::META_CTA_TEXT, Webinars::META_CTA_LABEL, Webinars::META_CTA_URL ), true )
			&& Webinars::POST_TYPE === get_post_type( (int) $object_id ) ) {
			$this->sync( (int) $object_id );
		}
	}

	/**
	 * A webinar was deleted: so is its room.
	 *
	 * @param int $post_id Post ID.
	 */
	public function deleted( $post_id ): void {
		global $wpdb;
		if ( Webinars::POST_TYPE !== get_post_type( (int) $post_id ) ) {
			return;
		}
		$wpdb->delete( Tables::rooms(), array( 'webinar_id' => (int) $post_id ), array( '%d' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching
		wp_cache_delete( self::cache_key( (int) $post_id ), self::CACHE_GROUP );
	}

	/**
	 * The webinars_room_presence action: the participant is in the room now. Writes at most once
	 * per 10 s per participant (the UPDATE skips a fresh row).
	 *
	 * @param int    $webinar_id  Webinar.
	 * @param string $participant Participant key (user:5, lead:7, …).
	 */
	public function presence( $webinar_id, $participant ): void {
		global $wpdb;
		$table       = Tables::presence();
		$participant = substr( (string) $participant, 0, 64 );
		$now         = time();
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- table name; a live figure.
		$inserted = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (webinar_id, participant, last_seen) VALUES (%d, %s, %s)", (int) $webinar_id, $participant, gmdate( 'Y-m-d H:i:s', $now ) ) );
		if ( ! $inserted ) {
			$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET last_seen = %s WHERE webinar_id = %d AND participant = %s AND last_seen < %s", gmdate( 'Y-m-d H:i:s', $now ), (int) $webinar_id, $participant, gmdate( 'Y-m-d H:i:s', $now - 10 ) ) );
		}
		// phpcs:enable
	}

	/**
	 * The webinars_room_attendance filter: participants seen in the presence window.
	 *
	 * @param int|null $count      Count from an earlier filter.
	 * @param int      $webinar_id Webinar.
	 */
	public function attendance( $count, $webinar_id ): int {
		global $wpdb;
		if ( null !== $count ) {
			return (int) $count;
		}
		$table = Tables::presence();
		return (int) $wpdb->get_var( // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- live figure.
			$wpdb->prepare(
				"SELECT COUNT(*) FROM {$table} WHERE webinar_id = %d AND last_seen >= %s", // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name.
				(int) $webinar_id,
				gmdate( 'Y-m-d H:i:s', time() - self::PRESENCE_WINDOW )
			)
		);
	}

	/**
	 * After a compare-and-set UPDATE: the winner logs the change once and announces it; a loser
	 * re-reads (the state may already be what it asked for) or is refused.
	 *
	 * @param int                  $webinar_id Webinar.
	 * @param string               $field      status or cta.
	 * @param array<string, mixed> $previous   State before.
	 * @param int                  $rows       Rows the UPDATE changed.
	 * @param string               $requested  What was asked (start, visible, …).
	 * @param array<string, mixed> $context    Actor context.
	 * @param Outcome              $outcome    What happened, for the caller.
	 */
	private function after_update( int $webinar_id, string $field, array $previous, int $rows, string $requested, array $context, Outcome $outcome ): void {
		global $wpdb;
		wp_cache_delete( self::cache_key( $webinar_id ), self::CACHE_GROUP );
		$state = $this->state( null, $webinar_id );
		if ( null === $state ) {
			$outcome->refuse( Room::ERROR_NOT_FOUND, __( 'There is no such published webinar.', 'webinars' ) );
			return;
		}
		if ( 1 !== $rows ) {
			$wanted = 'status' === $field ? Room::target( $requested ) : ( 'visible' === $requested );
			$now    = 'status' === $field ? $state['status'] : $state['cta']['visible'];
			if ( $wanted !== $now ) {
				$outcome->refuse( Room::ERROR_CONFLICT, __( 'The room changed meanwhile: reload and try again.', 'webinars' ) );
				return;
			}
			$outcome->unchanged( $state );
			return;
		}
		$from = 'status' === $field ? (string) $previous['status'] : ( $previous['cta']['visible'] ? 'visible' : 'hidden' );
		$to   = 'status' === $field ? (string) $state['status'] : ( $state['cta']['visible'] ? 'visible' : 'hidden' );
		$wpdb->insert( // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery
			Tables::events(),
			array(
				'webinar_id' => $webinar_id,
				'field'      => $field,
				'from_value' => $from,
				'to_value'   => $to,
				'version'    => (int) $state['version'],
				'actor_id'   => (int) ( $context['actor_id'] ?? 0 ),
				'role'       => substr( (string) ( $context['role'] ?? '' ), 0, 16 ),
				'source'     => substr( (string) ( $context['source'] ?? '' ), 0, 64 ),
				'created_at' => current_time( 'mysql', true ),
			),
			array( '%d', '%s', '%s', '%s', '%d', '%d', '%s', '%s', '%s' )
		);

		$outcome->changed( $state );

		/** Documented in docs/hooks.md (webinars_room_state_changed). */
		do_action(
			Hooks::WEBINARS_ROOM_STATE_CHANGED,
			array(
				'webinar_id' => $webinar_id,
				'field'      => $field,
				'previous'   => $previous,
				'state'      => $state,
				'context'    => $context,
			)
		);
	}

	/**
	 * The current state, or null after refusing: there is no such webinar.
	 *
	 * @param int     $webinar_id Webinar.
	 * @param Outcome $outcome    What happened, for the caller.
	 * @return array<string, mixed>|null
	 */
	private function current_or_refuse( int $webinar_id, Outcome $outcome ): ?array {
		$current = $this->state( null, $webinar_id );
		if ( null === $current ) {
			$outcome->refuse( Room::ERROR_NOT_FOUND, __( 'There is no such published webinar.', 'webinars' ) );
		}
		return $current;
	}

	/**
	 * The room row, typed.
	 *
	 * @param int $webinar_id Webinar.
	 * @return array<string, mixed>|null
	 */
	private function row( int $webinar_id ): ?array {
		global $wpdb;
		$table = Tables::rooms();
		$row   = $wpdb->get_row( // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- cached by state().
			$wpdb->prepare( "SELECT webinar_id, status, cta_visible, version, published, starts_at, cta_text, cta_label, cta_url FROM {$table} WHERE webinar_id = %d", $webinar_id ), // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name.
			ARRAY_A
		);
		return is_array( $row ) ? $row : null;
	}

	/**
	 * The shared state as the REST API returns it (CTA content only while visible).
	 *
	 * @param array<string, mixed> $row Room row.
	 * @return array<string, mixed>
	 */
	private static function present( array $row ): array {
		$visible = (bool) (int) $row['cta_visible'];
		$cta     = array( 'visible' => $visible );
		if ( $visible ) {
			$cta += array(
				'text'  => (string) $row['cta_text'],
				'label' => (string) $row['cta_label'],
				'url'   => (string) $row['cta_url'],
			);
		}
		return array(
			'webinar_id' => (int) $row['webinar_id'],
			'status'     => (string) $row['status'],
			'version'    => (int) $row['version'],
			'starts_at'  => (string) $row['starts_at'],
			'cta'        => $cta,
		);
	}

	/**
	 * Object cache key of a room.
	 *
	 * @param int $webinar_id Webinar.
	 */
	private static function cache_key( int $webinar_id ): string {
		return 'room:' . $webinar_id;
	}

	/**
	 * Reason for an illegal transition.
	 *
	 * @param string $requested start, stop, pause or archive.
	 * @param string $status    Current status.
	 */
	private static function illegal_message( string $requested, string $status ): string {
		$verbs = array(
			'start'   => __( 'Cannot start the webinar', 'webinars' ),
			'stop'    => __( 'Cannot stop the webinar', 'webinars' ),
			'pause'   => __( 'Cannot pause the webinar', 'webinars' ),
			'archive' => __( 'Cannot archive the webinar', 'webinars' ),
		);
		/* translators: 1: "Cannot start the webinar" or similar, 2: why, e.g. "it has ended". */
		return sprintf( __( '%1$s: %2$s.', 'webinars' ), $verbs[ $requested ], self::status_label( $status ) );
	}

	/**
	 * The state of a webinar, as the end of a sentence.
	 *
	 * @param string $status Status.
	 */
	private static function status_label( string $status ): string {
		$labels = array(
			'scheduled' => __( 'it has not started yet', 'webinars' ),
			'live'      => __( 'it is live', 'webinars' ),
			'paused'    => __( 'it is paused', 'webinars' ),
			'ended'     => __( 'it has ended', 'webinars' ),
			'archived'  => __( 'it is archived', 'webinars' ),
		);
		return $labels[ $status ] ?? $status;
	}
}
