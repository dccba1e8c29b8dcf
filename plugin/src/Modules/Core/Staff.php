<?php
/**
 * A webinar's staff lists (organizers, speakers): who may change them (the field's contract
 * `capability`) and who may be on them (its `holder_capability`). Through REST a change is refused
 * before anything is written, naming the field and the user; any other write (update_post_meta,
 * meta_input) keeps only users who hold the capability.
 *
 * @package Webinars
 */

namespace Webinars\Modules\Core;

use Webinars\Contracts\Webinar;
use WP_Error;
use WP_REST_Request;
use WP_User;

defined( 'ABSPATH' ) || exit;

/**
 * Staff list rules.
 *
 * @since 0.2.0
 */
final class Staff {

	/**
	 * The user IDs of a staff list as stored.
	 *
	 * @since 0.2.0
	 *
	 * @param int    $webinar_id Webinar.
	 * @param string $key        Webinar::META_ORGANIZERS or Webinar::META_SPEAKERS.
	 * @return list<int>
	 */
	public static function ids( int $webinar_id, string $key ): array {
		return self::integers( get_post_meta( $webinar_id, $key, true ) );
	}

	/**
	 * The sanitize_callback of a staff list: positive unique IDs of users who hold the field's
	 * holder capability; anything else is dropped.
	 *
	 * @since 0.2.0
	 *
	 * @param mixed  $value    Raw value.
	 * @param string $meta_key Meta key.
	 * @return list<int>
	 */
	public static function sanitize( $value, $meta_key ): array {
		$holder = Webinar::META[ (string) $meta_key ]['holder_capability'] ?? null;
		$ids    = self::integers( $value );
		if ( null === $holder ) {
			return $ids;
		}
		return array_values(
			array_filter(
				$ids,
				static function ( int $id ) use ( $holder ): bool {
					return user_can( $id, $holder );
				}
			)
		);
	}

	/**
	 * The rest_pre_insert_webinar filter: every meta field given must match its contract schema
	 * (400); a staff list that changes needs the field's capability (403), and every user on it
	 * must hold the holder capability (400 naming field and user).
	 *
	 * @since 0.2.0
	 *
	 * @param \stdClass|WP_Error $prepared Post about to be written.
	 * @param WP_REST_Request    $request  Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return \stdClass|WP_Error
	 */
	public static function guard_rest( $prepared, $request ) {
		$meta = $request['meta'];
		if ( is_wp_error( $prepared ) || ! is_array( $meta ) ) {
			return $prepared;
		}
		$post_id = isset( $prepared->ID ) ? (int) $prepared->ID : 0;
		foreach ( Webinar::META as $key => $field ) {
			if ( ! array_key_exists( $key, $meta ) || null === $meta[ $key ] ) {
				continue;
			}
			// Core validates meta only after it has saved the post: refuse before anything is written.
			$valid = rest_validate_value_from_schema( $meta[ $key ], $field['schema'], 'meta.' . $key );
			if ( is_wp_error( $valid ) ) {
				return self::invalid( $key, $valid->get_error_message() );
			}
			if ( null === $field['capability'] ) {
				continue;
			}
			$ids    = self::integers( rest_sanitize_value_from_schema( $meta[ $key ], $field['schema'] ) );
			$stored = $post_id > 0 ? self::ids( $post_id, $key ) : array();
			if ( $stored === $ids ) {
				continue; // Unchanged: the editor sends every field on each save.
			}
			if ( ! current_user_can( $field['capability'] ) ) {
				return new WP_Error(
					'rest_cannot_update',
					/* translators: %s: meta field key. */
					sprintf( __( 'Sorry, you are not allowed to choose who is listed in %s.', 'webinars' ), $key ),
					array(
						'key'    => $key,
						'status' => rest_authorization_required_code(),
					)
				);
			}
			$refused = self::first_unfit( $ids, (string) $field['holder_capability'] );
			if ( null !== $refused ) {
				return self::invalid( $key, self::unfit_message( $key, $refused, (string) $field['holder_capability'] ) );
			}
		}
		return $prepared;
	}

	/**
	 * The first ID that is no user holding $capability, or null.
	 *
	 * @param int[]  $ids        User IDs.
	 * @param string $capability Holder capability ('' for none).
	 */
	private static function first_unfit( array $ids, string $capability ): ?int {
		foreach ( $ids as $id ) {
			if ( '' !== $capability && ! user_can( $id, $capability ) ) {
				return $id;
			}
		}
		return null;
	}

	/**
	 * Why a user cannot be on a list.
	 *
	 * @param string $key        Meta key.
	 * @param int    $user_id    User ID.
	 * @param string $capability Capability they lack.
	 */
	private static function unfit_message( string $key, int $user_id, string $capability ): string {
		$user = get_userdata( $user_id );
		if ( ! $user instanceof WP_User ) {
			/* translators: 1: meta field key, 2: user ID. */
			return sprintf( __( '%1$s: there is no user with ID %2$d.', 'webinars' ), $key, $user_id );
		}
		/* translators: 1: meta field key, 2: user's display name, 3: user ID, 4: capability. */
		return sprintf( __( '%1$s: %2$s (user %3$d) cannot be listed here: their role lacks the %4$s capability.', 'webinars' ), $key, $user->display_name, $user_id, $capability );
	}

	/**
	 * A 400 about the meta parameter, shaped like WordPress's own rest_invalid_param.
	 *
	 * @param string $key     Meta key.
	 * @param string $message Reason.
	 */
	private static function invalid( string $key, string $message ): WP_Error {
		return new WP_Error(
			'rest_invalid_param',
			/* translators: %s: parameter name. */
			sprintf( __( 'Invalid parameter(s): %s', 'webinars' ), 'meta' ),
			array(
				'status' => 400,
				'params' => array( 'meta' => $message ),
				'key'    => $key,
			)
		);
	}

	/**
	 * Positive unique integers of a list (anything else is dropped).
	 *
	 * @param mixed $value Raw value.
	 * @return list<int>
	 */
	private static function integers( $value ): array {
		$ids = array();
		foreach ( is_array( $value ) ? $value : array() as $item ) {
			if ( is_int( $item ) || ( is_string( $item ) && ctype_digit( $item ) ) ) {
				$ids[] = (int) $item;
			}
		}
		return array_values( array_unique( array_filter( $ids, static fn ( int $id ): bool => $id > 0 ) ) );
	}
}
