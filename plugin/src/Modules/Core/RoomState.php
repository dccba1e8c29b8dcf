<?php
/**
 * The state reader: answers webinars_room_state from one primary-key read, cached in the object
 * cache, and shapes the row into the shared state (the CTA's content only while it is visible).
 *
 * @package Webinars
 */

namespace Webinars\Modules\Core;

defined( 'ABSPATH' ) || exit;

/**
 * Reads room state.
 *
 * @since 0.2.0
 */
final class RoomState {

	private const CACHE_GROUP = 'webinars';

	/**
	 * Room rows.
	 *
	 * @var RoomStore
	 */
	private RoomStore $store;

	/**
	 * Creates rows for webinars older than the tables.
	 *
	 * @var RoomContent
	 */
	private RoomContent $content;

	/**
	 * Constructor.
	 *
	 * @since 0.2.0
	 *
	 * @param RoomStore   $store   Room rows.
	 * @param RoomContent $content Content sync.
	 */
	public function __construct( RoomStore $store, RoomContent $content ) {
		$this->store   = $store;
		$this->content = $content;
	}

	/**
	 * The webinars_room_state filter: the shared state of a webinar's room, or null.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed>|null $state      State from an earlier filter.
	 * @param int|mixed                 $webinar_id Webinar.
	 * @return array<string, mixed>|null
	 */
	public function state( $state, $webinar_id = 0 ) {
		if ( null !== $state ) {
			return $state;
		}
		return is_numeric( $webinar_id ) ? $this->read( (int) $webinar_id ) : null;
	}

	/**
	 * The state of a published webinar's room, or null. One primary-key read at most; $fresh
	 * skips the cache (after a write, to see what the database decided).
	 *
	 * @since 0.2.0
	 *
	 * @param int  $webinar_id Webinar.
	 * @param bool $fresh      Read the database, not the cache.
	 * @return array<string, mixed>|null
	 */
	public function read( int $webinar_id, bool $fresh = false ): ?array {
		if ( $webinar_id <= 0 ) {
			return null;
		}
		if ( ! $fresh ) {
			$cached = wp_cache_get( self::cache_key( $webinar_id ), self::CACHE_GROUP );
			if ( is_array( $cached ) ) {
				return $cached;
			}
		}
		$row = $this->store->row( $webinar_id );
		if ( null === $row && $this->content->sync( $webinar_id ) ) {
			// A webinar created before the plugin's tables existed gets its row on first read.
			$row = $this->store->row( $webinar_id );
		}
		if ( null === $row || ! (int) $row['published'] ) {
			return null;
		}
		$state = self::present( $row );
		wp_cache_set( self::cache_key( $webinar_id ), $state, self::CACHE_GROUP, MINUTE_IN_SECONDS );
		return $state;
	}

	/**
	 * Forgets the cached state (after a write).
	 *
	 * @since 0.2.0
	 *
	 * @param int $webinar_id Webinar.
	 */
	public static function forget( int $webinar_id ): void {
		wp_cache_delete( self::cache_key( $webinar_id ), self::CACHE_GROUP );
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
}
