<?php
/**
 * Who may do what with one webinar, through map_meta_cap. A webinar's organizers (its author and
 * the users in its organizers list) edit, publish and delete it like its author; everybody else
 * needs webinars_edit_others_webinars. Controlling the room and organizing it are meta
 * capabilities checked with the webinar ID.
 *
 * @package Webinars
 */

namespace Webinars\Modules\Core;

use Webinars\Contracts\Capabilities;
use Webinars\Contracts\Webinar;
use WP_Post;

defined( 'ABSPATH' ) || exit;

/**
 * Per-webinar capabilities.
 *
 * @since 0.2.0
 */
final class Access {

	/**
	 * Roles a user holds in a webinar (webinars_participant_role).
	 *
	 * @since 0.2.0
	 */
	public const ROLE_ORGANIZER     = 'organizer';
	public const ROLE_SPEAKER       = 'speaker';
	public const ROLE_ADMINISTRATOR = 'administrator';

	/**
	 * Core's per-post meta capabilities that Access narrows for webinars.
	 */
	private const POST_CAPS = array( 'edit_post', 'delete_post', 'read_post', 'publish_post' );

	/**
	 * The map_meta_cap filter.
	 *
	 * @since 0.2.0
	 *
	 * @param string[]     $caps    Primitive capabilities WordPress (or an earlier filter) requires.
	 * @param string       $cap     Capability being checked.
	 * @param int          $user_id User.
	 * @param array<mixed> $args    Arguments; [0] is the post ID.
	 * @return string[]
	 */
	public static function map( array $caps, string $cap, int $user_id, array $args ): array {
		$id = isset( $args[0] ) && is_numeric( $args[0] ) ? (int) $args[0] : 0;
		if ( Capabilities::CONTROL_WEBINAR === $cap ) {
			return self::control( $id, $user_id );
		}
		if ( Capabilities::ORGANIZE_WEBINAR === $cap ) {
			return self::organize( $id, $user_id );
		}
		if ( ! in_array( $cap, self::POST_CAPS, true ) || ! self::webinar( $id ) instanceof WP_Post ) {
			return $caps;
		}
		if ( self::ROLE_ORGANIZER !== self::role_of( $id, $user_id ) ) {
			// Core asks nothing per post for publish_post: someone else's webinar is "others".
			return 'publish_post' === $cap ? array_merge( $caps, array( Capabilities::EDIT_OTHERS_WEBINARS ) ) : $caps;
		}
		// An organizer stands where the author stands: "others" becomes "own".
		$own = static function ( string $primitive ): string {
			return Capabilities::EDIT_OTHERS_WEBINARS === $primitive ? Capabilities::EDIT_WEBINARS : $primitive;
		};
		return array_values( array_unique( array_map( $own, $caps ) ) );
	}

	/**
	 * The webinar's role of a user: organizer, speaker, administrator (may control every webinar
	 * and is on neither list) or null.
	 *
	 * @since 0.2.0
	 *
	 * @param int $webinar_id Webinar.
	 * @param int $user_id    User.
	 */
	public static function participant_role( int $webinar_id, int $user_id ): ?string {
		if ( $user_id <= 0 || ! self::webinar( $webinar_id ) instanceof WP_Post ) {
			return null;
		}
		$role = self::role_of( $webinar_id, $user_id );
		if ( null === $role && user_can( $user_id, Capabilities::CONTROL_ALL ) ) {
			return self::ROLE_ADMINISTRATOR;
		}
		return $role;
	}

	/**
	 * The webinar with this ID, or null.
	 *
	 * @since 0.2.0
	 *
	 * @param int $webinar_id Post ID.
	 */
	public static function webinar( int $webinar_id ): ?WP_Post {
		$post = $webinar_id > 0 ? get_post( $webinar_id ) : null;
		return $post instanceof WP_Post && Webinar::POST_TYPE === $post->post_type ? $post : null;
	}

	/**
	 * Control the room (start, stop, CTA): a control_all user, or an organizer or speaker of this
	 * webinar who holds control_assigned.
	 *
	 * @param int $webinar_id Webinar.
	 * @param int $user_id    User.
	 * @return string[]
	 */
	private static function control( int $webinar_id, int $user_id ): array {
		if ( ! self::webinar( $webinar_id ) instanceof WP_Post ) {
			return array( 'do_not_allow' );
		}
		if ( user_can( $user_id, Capabilities::CONTROL_ALL ) ) {
			return array( Capabilities::CONTROL_ALL );
		}
		return null !== self::role_of( $webinar_id, $user_id ) ? array( Capabilities::CONTROL_ASSIGNED ) : array( 'do_not_allow' );
	}

	/**
	 * Organize the webinar (e.g. reset it after a rehearsal): its organizer holding edit_webinars,
	 * or whoever may edit others' webinars.
	 *
	 * @param int $webinar_id Webinar.
	 * @param int $user_id    User.
	 * @return string[]
	 */
	private static function organize( int $webinar_id, int $user_id ): array {
		if ( ! self::webinar( $webinar_id ) instanceof WP_Post ) {
			return array( 'do_not_allow' );
		}
		$organizer = self::ROLE_ORGANIZER === self::role_of( $webinar_id, $user_id ) && user_can( $user_id, Capabilities::EDIT_WEBINARS );
		return array( $organizer ? Capabilities::EDIT_WEBINARS : Capabilities::EDIT_OTHERS_WEBINARS );
	}

	/**
	 * Organizer (the author, or listed) or speaker of the webinar, by its post and meta.
	 *
	 * @param int $webinar_id Webinar.
	 * @param int $user_id    User.
	 */
	private static function role_of( int $webinar_id, int $user_id ): ?string {
		$post = self::webinar( $webinar_id );
		if ( $user_id <= 0 || null === $post ) {
			return null;
		}
		if ( (int) $post->post_author === $user_id || in_array( $user_id, Staff::ids( $webinar_id, Webinar::META_ORGANIZERS ), true ) ) {
			return self::ROLE_ORGANIZER;
		}
		return in_array( $user_id, Staff::ids( $webinar_id, Webinar::META_SPEAKERS ), true ) ? self::ROLE_SPEAKER : null;
	}
}
