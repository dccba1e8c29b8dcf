<?php
/**
 * The last answer of webinars_participant_role, for those the webinar's staff lists do not name:
 * its author acts as an organizer, and whoever may control or edit every webinar acts as an
 * administrator (the audit log names them so, never "organizer").
 *
 * @package Webinars
 */

namespace Webinars\Modules\Core;

use Webinars\Contracts\Capabilities;
use Webinars\Contracts\Webinar;
use WP_Post;

defined( 'ABSPATH' ) || exit;

/**
 * Role of a user not listed as organizer or speaker.
 *
 * @since 0.2.0
 */
final class ActorRole {

	/**
	 * The webinars_participant_role filter, late (priority 20): only when no one answered.
	 *
	 * @since 0.2.0
	 *
	 * @param string|null $role       Role from an earlier filter.
	 * @param int|mixed   $webinar_id Webinar.
	 * @param int|mixed   $user_id    User.
	 */
	public function role( $role, $webinar_id = 0, $user_id = 0 ): ?string {
		if ( null !== $role ) {
			return (string) $role;
		}
		$user_id    = is_numeric( $user_id ) ? (int) $user_id : 0;
		$webinar_id = is_numeric( $webinar_id ) ? (int) $webinar_id : 0;
		$post       = $webinar_id > 0 ? get_post( $webinar_id ) : null;
		if ( $user_id <= 0 || ! $post instanceof WP_Post || Webinar::POST_TYPE !== $post->post_type ) {
			return null;
		}
		if ( (int) $post->post_author === $user_id ) {
			return 'organizer';
		}
		if ( user_can( $user_id, Capabilities::CONTROL_ALL ) || user_can( $user_id, Capabilities::EDIT_OTHERS_WEBINARS ) ) {
			return 'administrator';
		}
		return null;
	}
}
