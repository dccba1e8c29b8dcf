<?php
/**
 * The Webinars list's query: sorted by start time (the UTC sort key, so zones compare right) and
 * filtered by room status (a dropdown above the list; the status lives in Core's rooms table).
 *
 * @package Webinars
 */

namespace Webinars\Modules\Core\Admin;

use Webinars\Contracts\Room;
use Webinars\Contracts\Webinar;
use Webinars\Modules\Core\Tables;
use WP_Query;

defined( 'ABSPATH' ) || exit;

/**
 * Sort and status filter of webinar queries.
 *
 * @since 0.2.0
 */
final class ListQuery {

	/**
	 * The orderby value that sorts by start time.
	 *
	 * @since 0.2.0
	 */
	public const ORDERBY = 'webinars-start';

	/**
	 * The query variable (and dropdown name) of the room status filter.
	 *
	 * @since 0.2.0
	 */
	public const STATUS_VAR = 'webinars_room_status';


	/**
	 * Hooks the query changes and the dropdown.
	 *
	 * @since 0.2.0
	 */
	public function register(): void {
		add_filter( 'query_vars', array( $this, 'query_vars' ) );
		add_action( 'restrict_manage_posts', array( $this, 'dropdown' ) );
		add_action( 'pre_get_posts', array( $this, 'prepare' ) );
		add_filter( 'posts_clauses', array( $this, 'clauses' ), 10, 2 );
	}

	/**
	 * The query_vars filter: the status filter is a query variable, so that the list's own
	 * request parsing reads it (no direct $_GET access).
	 *
	 * @since 0.2.0
	 *
	 * @param string[] $vars Public query variables.
	 * @return string[]
	 */
	public function query_vars( $vars ) {
		$vars[] = self::STATUS_VAR;
		return $vars;
	}

	/**
	 * The restrict_manage_posts action: the room status dropdown above the Webinars list.
	 *
	 * @since 0.2.0
	 *
	 * @param string $post_type Post type of the list.
	 */
	public function dropdown( $post_type ): void {
		if ( Webinar::POST_TYPE !== $post_type ) {
			return;
		}
		$current = (string) get_query_var( self::STATUS_VAR );
		printf( '<label class="screen-reader-text" for="%1$s">%2$s</label>', esc_attr( self::STATUS_VAR ), esc_html__( 'Filter by room status', 'webinars' ) );
		printf( '<select name="%1$s" id="%1$s">', esc_attr( self::STATUS_VAR ) );
		printf( '<option value="">%s</option>', esc_html__( 'All room statuses', 'webinars' ) );
		foreach ( Room::STATUSES as $status ) {
			printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $status ), selected( $current, $status, false ), esc_html( Room::status_label( $status ) ) );
		}
		echo '</select>';
	}

	/**
	 * The pre_get_posts action: with a status filter, published webinars only (drafts have no room).
	 *
	 * @since 0.2.0
	 *
	 * @param WP_Query $query Query.
	 */
	public function prepare( $query ): void {
		if ( self::is_webinar_query( $query ) && '' !== self::status_of( $query ) ) {
			$query->set( 'post_status', 'publish' );
		}
	}

	/**
	 * The posts_clauses filter: the room status filter, and the start-time sort on the UTC key
	 * (webinars without a start last, in either direction).
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, string> $clauses Query clauses (where, join, orderby, …).
	 * @param WP_Query              $query   Query.
	 * @return array<string, string>
	 */
	public function clauses( $clauses, $query ) {
		if ( ! self::is_webinar_query( $query ) ) {
			return $clauses;
		}
		global $wpdb;
		$status = self::status_of( $query );
		if ( '' !== $status ) {
			$rooms             = Tables::rooms();
			$clauses['where'] .= $wpdb->prepare( " AND {$wpdb->posts}.ID IN (SELECT webinar_id FROM {$rooms} WHERE status = %s)", $status ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names.
		}
		if ( self::ORDERBY === $query->get( 'orderby' ) ) {
			$order              = 'DESC' === strtoupper( (string) $query->get( 'order' ) ) ? 'DESC' : 'ASC';
			$clauses['join']   .= $wpdb->prepare( " LEFT JOIN {$wpdb->postmeta} AS webinars_start ON ( webinars_start.post_id = {$wpdb->posts}.ID AND webinars_start.meta_key = %s )", Webinar::META_STARTS_AT_UTC );
			$clauses['orderby'] = "webinars_start.meta_value IS NULL ASC, webinars_start.meta_value {$order}, {$wpdb->posts}.ID {$order}";
		}
		return $clauses;
	}

	/**
	 * Whether a query lists webinars only.
	 *
	 * @param WP_Query $query Query.
	 */
	private static function is_webinar_query( WP_Query $query ): bool {
		$type = $query->get( 'post_type' );
		return Webinar::POST_TYPE === $type || array( Webinar::POST_TYPE ) === $type;
	}

	/**
	 * The requested room status, '' when none or not a status.
	 *
	 * @param WP_Query $query Query.
	 */
	private static function status_of( WP_Query $query ): string {
		$status = $query->get( self::STATUS_VAR );
		return is_string( $status ) && in_array( $status, Room::STATUSES, true ) ? $status : '';
	}
}
