<?php
/**
 * The webinars_webinar filter: what other modules may know about a webinar, as one value (so that
 * none of them reads Core's post meta or post type by name).
 *
 * @package Webinars
 */

namespace Webinars\Modules\Core;

use Webinars\Contracts\Webinar;
use WP_Post;

defined( 'ABSPATH' ) || exit;

/**
 * Answers webinars_webinar.
 *
 * @since 0.2.0
 */
final class WebinarDetails {

	/**
	 * The webinars_webinar filter.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed>|null $webinar    Answer of an earlier filter.
	 * @param int|mixed                 $webinar_id Post ID.
	 * @return array<string, mixed>|null Null when $webinar_id is not a webinar.
	 */
	public function answer( $webinar, $webinar_id = 0 ) {
		if ( null !== $webinar ) {
			return $webinar;
		}
		$id   = is_numeric( $webinar_id ) ? (int) $webinar_id : 0;
		$post = $id > 0 ? get_post( $id ) : null;
		if ( ! $post instanceof WP_Post || Webinar::POST_TYPE !== $post->post_type ) {
			return null;
		}
		$meta     = static function ( string $key ) use ( $id ) {
			return get_post_meta( $id, $key, true );
		};
		$timezone = (string) $meta( Webinar::META_TIMEZONE );
		$type     = (string) $meta( Webinar::META_TYPE );
		return array(
			'id'         => $id,
			'title'      => get_the_title( $post ),
			'permalink'  => (string) get_permalink( $post ),
			'status'     => (string) $post->post_status,
			'type'       => in_array( $type, Webinar::TYPES, true ) ? $type : Webinar::TYPE_LIVE,
			'starts_at'  => (string) $meta( Webinar::META_STARTS_AT ),
			'timezone'   => '' !== $timezone ? $timezone : wp_timezone_string(),
			'cta'        => array(
				'text'  => (string) $meta( Webinar::META_CTA_TEXT ),
				'label' => (string) $meta( Webinar::META_CTA_LABEL ),
				'url'   => Webinars::sanitize_url( $meta( Webinar::META_CTA_URL ) ), // Stored before the sanitizer existed: still http(s) only.
			),
			'organizers' => self::ids( $meta( Webinar::META_ORGANIZERS ) ),
			'speakers'   => self::ids( $meta( Webinar::META_SPEAKERS ) ),
			'author'     => (int) $post->post_author,
		) + self::media( $id );
	}

	/**
	 * The stream and recording URLs with their players (only edit context in REST: the caller
	 * decides who may see them).
	 *
	 * @param int $id Webinar.
	 * @return array{stream_url: string, recording_url: string, media: array{stream: array{kind: string, src: string}|null, recording: array{kind: string, src: string}|null}}
	 */
	private static function media( int $id ): array {
		$stream    = Webinars::sanitize_url( get_post_meta( $id, Webinar::META_STREAM_URL, true ) );
		$recording = Webinars::sanitize_url( get_post_meta( $id, Webinar::META_RECORDING_URL, true ) );
		return array(
			'stream_url'    => $stream,
			'recording_url' => $recording,
			'media'         => array(
				'stream'    => Media::player( $stream ),
				'recording' => Media::player( $recording ),
			),
		);
	}

	/**
	 * User IDs from a meta value (positive integers, no duplicates).
	 *
	 * @param mixed $value Stored value.
	 * @return list<int>
	 */
	private static function ids( $value ): array {
		$ids = array();
		foreach ( (array) $value as $id ) {
			if ( is_numeric( $id ) && (int) $id > 0 ) {
				$ids[] = (int) $id;
			}
		}
		return array_values( array_unique( $ids ) );
	}
}
