<?php
/**
 * The `webinar` post type: what a webinar is (title, description, start time with its time zone,
 * type, organizers and speakers, CTA content), and its meta fields as the contract describes them
 * (models.webinar): private fields only in the REST edit context, staff lists and the CTA URL
 * sanitized however they are written. Who may do what with a webinar lives in Access.
 *
 * @package Webinars
 */

namespace Webinars\Modules\Core;

use Webinars\Contracts\Capabilities;
use Webinars\Contracts\Webinar;
use WP_Post;

defined( 'ABSPATH' ) || exit;

/**
 * Post type and meta.
 *
 * @since 0.1.0
 */
final class Webinars {

	/**
	 * Registers the post type, its meta and the REST guard of the staff lists.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		$own    = Capabilities::EDIT_WEBINARS;
		$others = Capabilities::EDIT_OTHERS_WEBINARS;
		register_post_type(
			Webinar::POST_TYPE,
			array(
				'labels'          => Admin\Labels::post_type(),
				'public'          => true,
				'show_in_rest'    => true,
				'rest_base'       => Webinar::REST_BASE,
				'menu_icon'       => 'dashicons-video-alt2',
				'supports'        => array( 'title', 'editor', 'excerpt', 'thumbnail', 'custom-fields' ),
				'has_archive'     => false,
				'rewrite'         => array( 'slug' => Webinar::REWRITE_SLUG ),
				'map_meta_cap'    => true,
				'capability_type' => array( Webinar::POST_TYPE, Webinar::POST_TYPE . 's' ),
				// WordPress maps edit_post / delete_post / read_post onto these primitives; Access
				// treats a webinar's organizers like its author, so "others" means "not yours".
				'capabilities'    => array(
					'edit_posts'             => $own,
					'edit_others_posts'      => $others,
					'edit_private_posts'     => $own,
					'edit_published_posts'   => $own,
					'publish_posts'          => $own,
					'read_private_posts'     => $others,
					'delete_posts'           => $own,
					'delete_others_posts'    => $others,
					'delete_private_posts'   => $own,
					'delete_published_posts' => $own,
					'create_posts'           => $own,
				),
			)
		);
		foreach ( Webinar::META as $key => $field ) {
			register_post_meta( Webinar::POST_TYPE, $key, self::meta_args( $key, $field ) );
		}
		add_filter( 'rest_pre_insert_' . Webinar::POST_TYPE, array( Staff::class, 'guard_rest' ), 10, 2 );
	}

	/**
	 * The register_post_meta() arguments of one contract field: its schema (edit context only
	 * unless the field is public), its sanitizer, and who may change it.
	 *
	 * @param string               $key   Meta key.
	 * @param array<string, mixed> $field Contract field (Webinar::META).
	 * @phpstan-param array{public: bool, default: mixed, capability: string|null, schema: array<string, mixed>} $field
	 * @return array<string, mixed>
	 */
	private static function meta_args( string $key, array $field ): array {
		$schema = $field['schema'];
		if ( ! $field['public'] ) {
			$schema['context'] = array( 'edit' ); // Hidden CTA and staff ids never reach a view-context read.
		}
		$capability = $field['capability'];
		$args       = array(
			'type'          => $schema['type'],
			'single'        => true,
			'default'       => $field['default'],
			'show_in_rest'  => array( 'schema' => $schema ),
			'auth_callback' => static function ( $allowed, $meta_key, $post_id, $user_id ) use ( $capability ): bool {
				return user_can( (int) $user_id, 'edit_post', (int) $post_id )
					&& ( null === $capability || user_can( (int) $user_id, $capability ) );
			},
		);
		if ( in_array( $key, array( Webinar::META_CTA_URL, Webinar::META_STREAM_URL, Webinar::META_RECORDING_URL ), true ) ) {
			$args['sanitize_callback'] = array( self::class, 'sanitize_url' );
		} elseif ( null !== $capability ) {
			$args['sanitize_callback'] = array( Staff::class, 'sanitize' );
		}
		return $args;
	}

	/**
	 * A URL field (CTA, stream, recording) as stored: http or https only (a javascript: URL becomes empty), however it is
	 * written (REST, wp-admin, update_post_meta).
	 *
	 * @since 0.2.0
	 *
	 * @param mixed $value Raw value.
	 */
	public static function sanitize_url( $value ): string {
		return is_string( $value ) ? esc_url_raw( trim( $value ), array( 'http', 'https' ) ) : '';
	}

	/**
	 * The "Webinar" panel of the block editor (start time, time zone, type, organizers, speakers,
	 * call-to-action), for webinar posts only.
	 *
	 * @since 0.1.0
	 */
	public function enqueue_editor(): void {
		$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
		$asset  = dirname( WEBINARS_FILE ) . '/build/editor/index.asset.php';
		if ( null === $screen || Webinar::POST_TYPE !== $screen->post_type || ! is_readable( $asset ) ) {
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
	 * Maps the per-webinar meta capabilities (see Access::map).
	 *
	 * @since 0.1.0
	 *
	 * @param string[]     $caps    Primitive capabilities required.
	 * @param string       $cap     Capability being checked.
	 * @param int          $user_id User.
	 * @param array<mixed> $args    Arguments; [0] is the post ID.
	 * @return string[]
	 */
	public function map_meta_cap( $caps, $cap, $user_id, $args ) {
		return Access::map( (array) $caps, (string) $cap, (int) $user_id, (array) $args );
	}

	/**
	 * The webinars_participant_role filter (see Access::participant_role).
	 *
	 * @since 0.1.0
	 *
	 * @param string|null $role       Role from an earlier filter.
	 * @param int         $webinar_id Webinar.
	 * @param int         $user_id    User.
	 */
	public function participant_role( $role, $webinar_id, $user_id ): ?string {
		return is_string( $role ) ? $role : Access::participant_role( (int) $webinar_id, (int) $user_id );
	}

	/**
	 * Whether $webinar_id is a webinar.
	 *
	 * @since 0.1.0
	 *
	 * @param int $webinar_id Post ID.
	 */
	public function exists( int $webinar_id ): bool {
		return Access::webinar( $webinar_id ) instanceof WP_Post;
	}
}
