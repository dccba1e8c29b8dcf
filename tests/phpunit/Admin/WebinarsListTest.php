<?php
/**
 * The Webinars list (edit.php?post_type=webinar): its columns, the start-time sort across time
 * zones and the room status filter.
 *
 * @package Webinars
 */

// phpcs:disable WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound, WordPress.NamingConventions.ValidHookName.UseUnderscores -- the tests fire WordPress's own hooks.

namespace Webinars\Tests\Admin;

use Webinars\Contracts\Room;
use Webinars\Contracts\Webinar;
use Webinars\Modules\Core\Admin\ListColumns;
use Webinars\Modules\Core\Admin\ListQuery;
use Webinars\Modules\Core\Tables;
use Webinars\Tests\TestCase;
use WP_Query;

/**
 * Tests for the list table's columns and query.
 */
final class WebinarsListTest extends TestCase {

	/**
	 * Creates a webinar.
	 *
	 * @param string               $starts_at Start (ISO 8601).
	 * @param array<string, mixed> $meta      More meta.
	 * @param string               $status    Post status.
	 */
	private function webinar( string $starts_at, array $meta = array(), string $status = 'publish' ): int {
		$meta += array( Webinar::META_TIMEZONE => 'Europe/Berlin' );
		if ( '' !== $starts_at ) {
			$meta[ Webinar::META_STARTS_AT ] = $starts_at;
		}
		return $this->create_post(
			array(
				'post_type'   => Webinar::POST_TYPE,
				'post_status' => $status,
				'meta_input'  => $meta,
			)
		);
	}

	/**
	 * Puts a webinar's room into a status (as Core's store would).
	 *
	 * @param int    $webinar_id Webinar.
	 * @param string $status     Room status.
	 */
	private function set_room_status( int $webinar_id, string $status ): void {
		global $wpdb;
		$wpdb->update( Tables::rooms(), array( 'status' => $status ), array( 'webinar_id' => $webinar_id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		wp_cache_flush();
	}

	/**
	 * IDs a webinar query returns.
	 *
	 * @param array<string, mixed> $args Query arguments.
	 * @return int[]
	 */
	private function ids( array $args ): array {
		$query = new WP_Query(
			$args + array(
				'post_type'      => Webinar::POST_TYPE,
				'post_status'    => 'any',
				'fields'         => 'ids',
				'posts_per_page' => -1,
			)
		);
		return array_map( 'intval', $query->posts );
	}

	/**
	 * Our columns come right after the title, and the start is sortable.
	 */
	public function test_columns_follow_the_title(): void {
		$columns = apply_filters(
			'manage_' . Webinar::POST_TYPE . '_posts_columns',
			array(
				'cb'    => '<input type="checkbox" />',
				'title' => 'Title',
				'date'  => 'Date',
			)
		);
		$this->assertSame( array( 'cb', 'title', ListColumns::START, ListColumns::STATUS, ListColumns::TYPE, ListColumns::SPEAKERS, 'date' ), array_keys( $columns ) );
		$this->assertSame( array( 'Starts', 'Status', 'Type', 'Speakers' ), array_values( array_slice( $columns, 2, 4 ) ) );
		$sortable = apply_filters( 'manage_edit-' . Webinar::POST_TYPE . '_sortable_columns', array() );
		$this->assertSame( array( ListQuery::ORDERBY, false ), $sortable[ ListColumns::START ] );
	}

	/**
	 * The start is shown in the webinar's zone with the zone named; the site's zone when it has none.
	 */
	public function test_start_column_names_the_zone(): void {
		$columns = new ListColumns();
		$berlin  = $this->webinar( '2026-12-03T18:00:00+01:00' );
		$this->assertSame( '3 Dec 2026, 18:00 CET (Europe/Berlin)', $columns->value( ListColumns::START, $berlin ) );

		update_option( 'timezone_string', 'America/New_York' );
		$site = $this->webinar( '2026-12-03T18:00:00+01:00', array( Webinar::META_TIMEZONE => '' ) );
		$this->assertSame( '3 Dec 2026, 12:00 EST (America/New_York)', $columns->value( ListColumns::START, $site ) );

		// Zones without a name of their own are said once.
		$utc = $this->webinar( '2026-12-03T18:00:00+01:00', array( Webinar::META_TIMEZONE => 'UTC' ) );
		$this->assertSame( '3 Dec 2026, 17:00 UTC', $columns->value( ListColumns::START, $utc ) );
		$offset = $this->webinar( '2026-12-03T18:00:00+01:00', array( Webinar::META_TIMEZONE => '+00:00' ) );
		$this->assertSame( '3 Dec 2026, 17:00 UTC', $columns->value( ListColumns::START, $offset ) );
		$plus3 = $this->webinar( '2026-12-03T18:00:00+01:00', array( Webinar::META_TIMEZONE => '+03:00' ) );
		$this->assertSame( '3 Dec 2026, 20:00 UTC+03:00', $columns->value( ListColumns::START, $plus3 ) );

		$unset = $this->webinar( '' );
		$this->assertSame( '', $columns->value( ListColumns::START, $unset ) );
		$this->assertNull( $columns->value( 'title', $unset ) );
	}

	/**
	 * The status column follows the room; an unpublished webinar reads "Draft".
	 */
	public function test_status_column_follows_the_room(): void {
		$columns = new ListColumns();
		$id      = $this->webinar( '2026-12-03T18:00:00+01:00' );
		$this->assertSame( Room::status_label( Room::STATUS_SCHEDULED ), $columns->value( ListColumns::STATUS, $id ) );
		$this->assertSame( 'Scheduled', $columns->value( ListColumns::STATUS, $id ) );
		$this->set_room_status( $id, Room::STATUS_LIVE );
		$this->assertSame( 'Live', $columns->value( ListColumns::STATUS, $id ) );
		$this->set_room_status( $id, Room::STATUS_ENDED );
		$this->assertSame( 'Ended', $columns->value( ListColumns::STATUS, $id ) );

		$draft = $this->webinar( '2026-12-03T18:00:00+01:00', array(), 'draft' );
		$this->assertSame( 'Draft', $columns->value( ListColumns::STATUS, $draft ) );
	}

	/**
	 * Type and speakers (display names, in their order).
	 */
	public function test_type_and_speakers_columns(): void {
		$columns = new ListColumns();
		$ada     = $this->create_user( 'webinars_speaker', array( 'display_name' => 'Ada Lovelace' ) );
		$alan    = $this->create_user( 'webinars_speaker', array( 'display_name' => 'Alan Turing' ) );
		$auto    = $this->webinar(
			'2026-12-03T18:00:00+01:00',
			array(
				Webinar::META_TYPE     => Webinar::TYPE_AUTO,
				Webinar::META_SPEAKERS => array( $alan, $ada ),
			)
		);
		$live    = $this->webinar( '2026-12-03T18:00:00+01:00' );
		$this->assertSame( 'Automated', $columns->value( ListColumns::TYPE, $auto ) );
		$this->assertSame( 'Live', $columns->value( ListColumns::TYPE, $live ) );
		$this->assertSame( 'Alan Turing, Ada Lovelace', $columns->value( ListColumns::SPEAKERS, $auto ) );
		$this->assertSame( '', $columns->value( ListColumns::SPEAKERS, $live ) );

		ob_start();
		$columns->render( ListColumns::SPEAKERS, $live );
		$this->assertStringContainsString( 'Not set', (string) ob_get_clean() );
	}

	/**
	 * The sort compares moments, not text: 18:00+03:00 is before 16:00+00:00; no start comes last.
	 */
	public function test_sort_by_start_across_time_zones(): void {
		$moscow   = $this->webinar( '2026-12-03T18:00:00+03:00' ); // 15:00 UTC.
		$london   = $this->webinar( '2026-12-03T16:00:00+00:00' ); // 16:00 UTC.
		$new_york = $this->webinar( '2026-12-03T09:30:00-05:00' ); // 14:30 UTC.
		$unset    = $this->webinar( '' );
		$this->assertSame( '2026-12-03 15:00:00', get_post_meta( $moscow, Webinar::META_STARTS_AT_UTC, true ) );

		$ascending = $this->ids(
			array(
				'orderby' => ListQuery::ORDERBY,
				'order'   => 'ASC',
			)
		);
		$this->assertSame( array( $new_york, $moscow, $london, $unset ), $ascending );
		$descending = $this->ids(
			array(
				'orderby' => ListQuery::ORDERBY,
				'order'   => 'desc',
			)
		);
		$this->assertSame( array( $london, $moscow, $new_york, $unset ), $descending );

		// The key follows the start, however it is written.
		update_post_meta( $london, Webinar::META_STARTS_AT, '2026-12-03T08:00:00+00:00' );
		$this->assertSame( '2026-12-03 08:00:00', get_post_meta( $london, Webinar::META_STARTS_AT_UTC, true ) );
		delete_post_meta( $london, Webinar::META_STARTS_AT );
		$this->assertSame( '', get_post_meta( $london, Webinar::META_STARTS_AT_UTC, true ) );
		// Not a custom field anyone edits by hand.
		$this->assertTrue( is_protected_meta( Webinar::META_STARTS_AT_UTC, 'post' ) );
		$this->assertFalse( is_protected_meta( 'some_field', 'post' ) );
	}

	/**
	 * A webinar saved before the sort key existed gets it when the list shows it.
	 */
	public function test_start_column_backfills_the_sort_key(): void {
		$id = $this->webinar( '2026-12-03T18:00:00+03:00' );
		delete_post_meta( $id, Webinar::META_STARTS_AT_UTC );
		( new ListColumns() )->value( ListColumns::START, $id );
		$this->assertSame( '2026-12-03 15:00:00', get_post_meta( $id, Webinar::META_STARTS_AT_UTC, true ) );
	}

	/**
	 * The room status filter keeps published webinars whose room has that status.
	 */
	public function test_filter_by_room_status(): void {
		$scheduled = $this->webinar( '2026-12-03T18:00:00+01:00' );
		$live      = $this->webinar( '2026-12-04T18:00:00+01:00' );
		$ended     = $this->webinar( '2026-12-05T18:00:00+01:00' );
		$draft     = $this->webinar( '2026-12-06T18:00:00+01:00', array(), 'draft' );
		$this->set_room_status( $live, Room::STATUS_LIVE );
		$this->set_room_status( $ended, Room::STATUS_ENDED );

		$this->assertSame( array( $live ), $this->ids( array( ListQuery::STATUS_VAR => Room::STATUS_LIVE ) ) );
		$this->assertSame( array( $ended ), $this->ids( array( ListQuery::STATUS_VAR => Room::STATUS_ENDED ) ) );
		$this->assertSame( array( $scheduled ), $this->ids( array( ListQuery::STATUS_VAR => Room::STATUS_SCHEDULED ) ) );
		$this->assertSame( array(), $this->ids( array( ListQuery::STATUS_VAR => Room::STATUS_ARCHIVED ) ) );
		// No filter, or not a status: everything.
		$all = array( $scheduled, $live, $ended, $draft );
		$this->assertEqualsCanonicalizing( $all, $this->ids( array() ) );
		$this->assertEqualsCanonicalizing( $all, $this->ids( array( ListQuery::STATUS_VAR => Room::STATUS_LIVE . "' OR 1=1 -- " ) ) );
		// Other post types are left alone.
		$post = $this->create_post();
		$this->assertContains(
			$post,
			$this->ids(
				array(
					'post_type'           => 'post',
					ListQuery::STATUS_VAR => Room::STATUS_LIVE,
				)
			)
		);

		// Combined with the sort.
		$this->assertSame(
			array( $live ),
			$this->ids(
				array(
					ListQuery::STATUS_VAR => Room::STATUS_LIVE,
					'orderby'             => ListQuery::ORDERBY,
				)
			)
		);
	}

	/**
	 * The dropdown lists every room status, translated, the current one selected.
	 */
	public function test_status_dropdown(): void {
		set_query_var( ListQuery::STATUS_VAR, Room::STATUS_LIVE );
		ob_start();
		do_action( 'restrict_manage_posts', Webinar::POST_TYPE, 'top' );
		$html = (string) ob_get_clean();
		$this->assertStringContainsString( 'name="' . ListQuery::STATUS_VAR . '"', $html );
		foreach ( Room::STATUSES as $status ) {
			$this->assertStringContainsString( '>' . Room::status_label( $status ) . '</option>', $html );
		}
		$this->assertMatchesRegularExpression( '/value="' . Room::STATUS_LIVE . '"\s+selected/', $html );
		$this->assertContains( ListQuery::STATUS_VAR, apply_filters( 'query_vars', array() ) );

		ob_start();
		do_action( 'restrict_manage_posts', 'post', 'top' );
		$this->assertStringNotContainsString( ListQuery::STATUS_VAR, (string) ob_get_clean() );
	}
}
