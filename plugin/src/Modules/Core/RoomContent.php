<?php
/**
 * Keeps each room row in step with its webinar post: the content a poll returns (published or
 * not, start time, CTA text, label and URL). Content changes bump the version too, so pollers'
 * ETags change. A deleted webinar takes its room with it.
 *
 * @package Webinars
 */

namespace Webinars\Modules\Core;

use Webinars\Contracts\Webinar;
use WP_Post;

defined( 'ABSPATH' ) || exit;

/**
 * Post → room row.
 *
 * @since 0.2.0
 */
final class RoomContent {

	/**
	 * Meta whose change a room shows.
	 */
	private const META = array( Webinar::META_STARTS_AT, Webinar::META_CTA_TEXT, Webinar::META_CTA_LABEL, Webinar::META_CTA_URL );

	/**
	 * Room rows.
	 *
	 * @var RoomStore
	 */
	private RoomStore $store;

	/**
	 * Constructor.
	 *
	 * @since 0.2.0
	 *
	 * @param RoomStore $store Room rows.
	 */
	public function __construct( RoomStore $store ) {
		$this->store = $store;
	}

	/**
	 * Brings the room row up to date with the post (save_post_{type}).
	 *
	 * @since 0.2.0
	 *
	 * @param int|mixed    $webinar_id Webinar.
	 * @param WP_Post|null $post       The post, when known.
	 * @return bool Whether $webinar_id is a webinar (its row exists now).
	 */
	public function sync( $webinar_id, $post = null ): bool {
		$webinar_id = is_numeric( $webinar_id ) ? (int) $webinar_id : 0;
		$post       = $post instanceof WP_Post ? $post : ( $webinar_id > 0 ? get_post( $webinar_id ) : null );
		if ( ! $post instanceof WP_Post || Webinar::POST_TYPE !== $post->post_type ) {
			return false;
		}
		$changed = $this->store->save_content(
			$webinar_id,
			array(
				'published' => (int) ( 'publish' === $post->post_status ),
				'starts_at' => (string) get_post_meta( $webinar_id, Webinar::META_STARTS_AT, true ),
				'cta_text'  => (string) get_post_meta( $webinar_id, Webinar::META_CTA_TEXT, true ),
				'cta_label' => (string) get_post_meta( $webinar_id, Webinar::META_CTA_LABEL, true ),
				'cta_url'   => (string) get_post_meta( $webinar_id, Webinar::META_CTA_URL, true ),
			)
		);
		if ( $changed ) {
			RoomState::forget( $webinar_id );
		}
		return true;
	}

	/**
	 * Meta of a webinar changed (added, updated or deleted_post_meta): resync its room row.
	 *
	 * @since 0.2.0
	 *
	 * @param int|int[] $meta_id   Meta row(s).
	 * @param int       $object_id Post ID.
	 * @param string    $meta_key  Meta key.
	 */
	public function meta_changed( $meta_id, $object_id, $meta_key ): void {
		if ( in_array( $meta_key, self::META, true ) && Webinar::POST_TYPE === get_post_type( (int) $object_id ) ) {
			$this->sync( (int) $object_id );
		}
	}

	/**
	 * A webinar was deleted: so is its room.
	 *
	 * @since 0.2.0
	 *
	 * @param int          $post_id Post ID.
	 * @param WP_Post|null $post    The deleted post.
	 */
	public function deleted( $post_id, $post = null ): void {
		$type = $post instanceof WP_Post ? $post->post_type : get_post_type( (int) $post_id );
		if ( Webinar::POST_TYPE !== $type ) {
			return;
		}
		$this->store->delete( (int) $post_id );
		RoomState::forget( (int) $post_id );
	}
}
