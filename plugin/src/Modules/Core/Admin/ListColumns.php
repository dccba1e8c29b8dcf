<?php
/**
 * The Webinars list (edit.php?post_type=webinar): start time with its zone, room status, type and
 * speakers beside the title, the start sortable.
 *
 * @package Webinars
 */

namespace Webinars\Modules\Core\Admin;

use Webinars\Contracts\Hooks;
use Webinars\Contracts\Room;
use Webinars\Contracts\Webinar;

defined( 'ABSPATH' ) || exit;

/**
 * Columns of the Webinars list table.
 *
 * @since 0.2.0
 */
final class ListColumns {

	/**
	 * Column: the start time in the webinar's zone.
	 *
	 * @since 0.2.0
	 */
	public const START = 'webinars-start';

	/**
	 * Column: the room status.
	 *
	 * @since 0.2.0
	 */
	public const STATUS = 'webinars-status';

	/**
	 * Column: live or automated.
	 *
	 * @since 0.2.0
	 */
	public const TYPE = 'webinars-type';

	/**
	 * Column: the speakers' display names.
	 *
	 * @since 0.2.0
	 */
	public const SPEAKERS = 'webinars-speakers';

	/**
	 * Hooks the list table's columns.
	 *
	 * @since 0.2.0
	 */
	public function register(): void {
		add_filter( 'manage_' . Webinar::POST_TYPE . '_posts_columns', array( $this, 'columns' ) );
		add_filter( 'manage_edit-' . Webinar::POST_TYPE . '_sortable_columns', array( $this, 'sortable' ) );
		add_action( 'manage_' . Webinar::POST_TYPE . '_posts_custom_column', array( $this, 'render' ), 10, 2 );
	}

	/**
	 * The manage_{post_type}_posts_columns filter: our columns right after the title.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, string> $columns Column labels by key.
	 * @return array<string, string>
	 */
	public function columns( $columns ) {
		$ours   = array(
			self::START    => __( 'Starts', 'webinars' ),
			self::STATUS   => __( 'Status', 'webinars' ),
			self::TYPE     => __( 'Type', 'webinars' ),
			self::SPEAKERS => __( 'Speakers', 'webinars' ),
		);
		$result = array();
		foreach ( $columns as $key => $label ) {
			$result[ $key ] = $label;
			if ( 'title' === $key ) {
				$result += $ours;
			}
		}
		// A list without a title column (a plugin removed it) still gets ours.
		return $result + $ours;
	}

	/**
	 * The manage_edit-{post_type}_sortable_columns filter.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $columns Sortable columns.
	 * @return array<string, mixed>
	 */
	public function sortable( $columns ) {
		$columns[ self::START ] = array( ListQuery::ORDERBY, false );
		return $columns;
	}

	/**
	 * The manage_{post_type}_posts_custom_column action.
	 *
	 * @since 0.2.0
	 *
	 * @param string $column  Column key.
	 * @param int    $post_id Webinar.
	 */
	public function render( $column, $post_id ): void {
		$value = $this->value( (string) $column, (int) $post_id );
		if ( null === $value ) {
			return;
		}
		echo '' === $value
			? '<span aria-hidden="true">—</span><span class="screen-reader-text">' . esc_html__( 'Not set', 'webinars' ) . '</span>'
			: esc_html( $value );
	}

	/**
	 * The text of one of our cells ('' when empty, null for a column that is not ours).
	 *
	 * @since 0.2.0
	 *
	 * @param string $column  Column key.
	 * @param int    $post_id Webinar.
	 */
	public function value( string $column, int $post_id ): ?string {
		switch ( $column ) {
			case self::START:
				$iso = (string) get_post_meta( $post_id, Webinar::META_STARTS_AT, true );
				// Webinars saved before the sort key existed get it when first listed.
				if ( '' !== $iso && '' === get_post_meta( $post_id, Webinar::META_STARTS_AT_UTC, true ) ) {
					StartsAt::index( $post_id );
				}
				return StartsAt::display( $iso, (string) get_post_meta( $post_id, Webinar::META_TIMEZONE, true ) );
			case self::STATUS:
				return self::status( $post_id );
			case self::TYPE:
				return Webinar::TYPE_AUTO === get_post_meta( $post_id, Webinar::META_TYPE, true )
					? _x( 'Automated', 'webinar type', 'webinars' )
					: _x( 'Live', 'webinar type', 'webinars' );
			case self::SPEAKERS:
				return self::speakers( $post_id );
		}
		return null;
	}

	/**
	 * The room status as a label; "Draft" while the webinar is not published (it has no room).
	 *
	 * @param int $post_id Webinar.
	 */
	private static function status( int $post_id ): string {
		$state = 'publish' === get_post_status( $post_id )
			? apply_filters( Hooks::WEBINARS_ROOM_STATE, null, $post_id )
			: null;
		if ( ! is_array( $state ) || ! is_string( $state['status'] ?? null ) ) {
			return _x( 'Draft', 'room status of an unpublished webinar', 'webinars' );
		}
		return Room::status_label( $state['status'] );
	}

	/**
	 * The speakers' display names, comma-separated.
	 *
	 * @param int $post_id Webinar.
	 */
	private static function speakers( int $post_id ): string {
		$ids = array_filter( array_map( 'intval', (array) get_post_meta( $post_id, Webinar::META_SPEAKERS, true ) ) );
		if ( array() === $ids ) {
			return '';
		}
		$names = array();
		foreach ( get_users(
			array(
				'include' => $ids,
				'fields'  => array( 'ID', 'display_name' ),
				'orderby' => 'include',
			)
		) as $user ) {
			$names[] = (string) $user->display_name;
		}
		return implode( wp_get_list_item_separator(), $names );
	}
}
