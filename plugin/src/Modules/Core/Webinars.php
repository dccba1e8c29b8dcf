<?php
/**
 * The `webinar` post type: what a webinar is (title, description, start time with its time zone,
 * type, organizers and speakers, CTA content), who may edit it, and who may control its room.
 *
 * @package Webinars
 */

namespace Webinars\Modules\Core;

use Webinars\Contracts\Capabilities;
use WP_Post;

defined( 'ABSPATH' ) || exit;

/**
 * Post type, meta and per-webinar capabilities.
 */
final class Webinars {

	public const POST_TYPE = 'webinar';

	/**
	 * Meta keys (registered with show_in_rest, so the block editor edits them).
	 */
	public const META_STARTS_AT  = 'webinars_starts_at';
	public const META_TIMEZONE   = 'webinars_timezone';
	public const META_TYPE       = 'webinars_type';
	public const META_ORGANIZERS = 'webinars_organizers';
	public const META_SPEAKERS   = 'webinars_speakers';
	public const META_CTA_TEXT   = 'webinars_cta_text';
	public const META_CTA_LABEL  = 'webinars_cta_label';
	public const META_CTA_URL    = 'webinars_cta_url';

	/**
	 * Registers the post type and its meta.
	 */
	public function register(): void {
		$edit = Capabilities::EDIT_WEBINARS;
		register_post_type(
			self::POST_TYPE,
			array(
				'labels'          => Admin\Labels::post_type(),
				'public'          => true,
				'show_in_rest'    => true,
				'rest_base'       => 'webinars',
				'menu_icon'       => 'dashicons-video-alt2',
				'supports'        => array( 'title', 'editor', 'excerpt', 'thumbnail', 'custom-fields' ),
				'has_archive'     => false,
				'rewrite'         => array( 'slug' => 'webinar' ),
				'map_meta_cap'    => true,
				'capability_type' => array( 'webinar', 'webinars' ),
				// Every primitive of the type is the one plugin capability; WordPress maps
				// edit_post / delete_post / read_post onto these through map_meta_cap.
				'capabilities'    => array(
					'edit_posts'             => $edit,
					'edit_others_posts'      => $edit,
					'edit_private_posts'     => $edit,
					'edit_published_posts'   => $edit,
					'publish_posts'          => $edit,
					'read_private_posts'     => $edit,
					'delete_posts'           => $edit,
					'delete_others_posts'    => $edit,
					'delete_private_posts'   => $edit,
					'delete_published_posts' => $edit,
					'create_posts'           => $edit,
				),
			)
		);

		$string = static function ( string $description, string $format = '' ) {
			$schema = array(
				'type'        => 'string',
				'description' => $description,
			);
			if ( '' !== $format ) {
				$schema['format'] = $format;
			}
			return $schema;
		};
		$users  = array(
			'type'  => 'array',
			'items' => array(
				'type'    => 'integer',
				'minimum' => 1,
			),
		);
		$meta   = array(
			self::META_STARTS_AT  => array( $string( __( 'Start time (ISO 8601 with offset).', 'webinars' ) ), '' ),
			self::META_TIMEZONE   => array( $string( __( 'Time zone of the start time (IANA name).', 'webinars' ) ), '' ),
			self::META_TYPE       => array(
				array(
					'type'        => 'string',
					'enum'        => array( 'live', 'auto' ),
					'description' => __( 'Live, or automated (evergreen).', 'webinars' ),
				),
				'live',
			),
			self::META_ORGANIZERS => array( $users + array( 'description' => __( 'User IDs of the organizers.', 'webinars' ) ), array() ),
			self::META_SPEAKERS   => array( $users + array( 'description' => __( 'User IDs of the speakers.', 'webinars' ) ), array() ),
			self::META_CTA_TEXT   => array( $string( __( 'Call-to-action text.', 'webinars' ) ), '' ),
			self::META_CTA_LABEL  => array( $string( __( 'Call-to-action button label.', 'webinars' ) ), '' ),
			self::META_CTA_URL    => array( $string( __( 'Call-to-action URL.', 'webinars' ), 'uri' ), '' ),
		);
		foreach ( $meta as $key => list( $schema, $default ) ) {
			register_post_meta(
				self::POST_TYPE,
				$key,
				array(
					'type'          => $schema['type'],
					'single'        => true,
					'default'       => $default,
					'show_in_rest'  => array( 'schema' => $schema ),
					'auth_callback' => static function ( $allowed, $meta_key, $post_id ) {
						return current_user_can( 'edit_post', (int) $post_id );
					},
				)
			);
		}
	}

	/**
	 * The "Webinar" panel of the block editor (start time, time zone, type, organizers, speakers,
	 * call-to-action), for webinar posts only.
	 */
	public function enqueue_editor(): void {
		$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
		$asset  = dirname( WEBINARS_FILE ) . '/build/editor/index.asset.php';
		if ( null === $screen || self::POST_TYPE !== $screen->post_type || ! is_readable( $asset ) ) {
			return;
		}
		$meta = require $asset;
		$src  = plugins_url( 'build/editor/index.js', WEBINARS_FILE );
		if ( '' === $src ) {
			return;
		}
		wp_enqueue_script( 'webinars-webinar-editor', $src, $meta['dependencies'], $meta['version'], true );
		wp_set_script_translations( 'webinars-webinar-editor', 'webinars', dirname( WEBINARS_FILE ) . '/languages' );
	}

	/**
	 * Maps the meta capability webinars_control_webinar (args: webinar ID): organizers and speakers
	 * of that webinar who hold the "assigned" capability, or whoever may control all webinars.
	 *
	 * @param string[]     $caps    Primitive capabilities required.
	 * @param string       $cap     Capability being checked.
	 * @param int          $user_id User.
	 * @param array<mixed> $args    Arguments; [0] is the webinar ID.
	 * @return string[]
	 */
	public function map_meta_cap( $caps, $cap, $user_id, $args ) {
		if ( Capabilities::CONTROL_WEBINAR !== $cap ) {
			return $caps;
		}
		$webinar_id = (int) ( $args[0] ?? 0 );
		if ( ! $this->exists( $webinar_id ) ) {
			return array( 'do_not_allow' );
		}
		if ( user_can( (int) $user_id, Capabilities::CONTROL_ALL ) ) {
			return array( Capabilities::CONTROL_ALL );
		}
		if ( null !== $this->role_of( $webinar_id, (int) $user_id ) ) {
			return array( Capabilities::CONTROL_ASSIGNED );
		}
		return array( 'do_not_allow' );
	}

	/**
	 * The canonical role a user holds in a webinar: organizer, speaker, or null.
	 *
	 * @param string|null $role       Role from an earlier filter.
	 * @param int         $webinar_id Webinar.
	 * @param int         $user_id    User.
	 */
	public function participant_role( $role, $webinar_id, $user_id ): ?string {
		return $role ?? $this->role_of( (int) $webinar_id, (int) $user_id );
	}

	/**
	 * Whether $webinar_id is a webinar.
	 *
	 * @param int $webinar_id Post ID.
	 */
	public function exists( int $webinar_id ): bool {
		$post = $webinar_id > 0 ? get_post( $webinar_id ) : null;
		return $post instanceof WP_Post && self::POST_TYPE === $post->post_type;
	}

	/**
	 * Organizer or speaker of the webinar, by its meta.
	 *
	 * @param int $webinar_id Webinar.
	 * @param int $user_id    User.
	 */
	private function role_of( int $webinar_id, int $user_id ): ?string {
		if ( $user_id <= 0 ) {
			return null;
		}
		$keys = array(
			'organizer' => self::META_ORGANIZERS,
			'speaker'   => self::META_SPEAKERS,
		);
		foreach ( $keys as $role => $key ) {
			$ids = array_map( 'intval', (array) get_post_meta( $webinar_id, $key, true ) );
			if ( in_array( $user_id, $ids, true ) ) {
				return $role;
			}
		}
		return null;
	}
}
