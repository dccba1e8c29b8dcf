<?php
/**
 * The webinars/room block: registered from the build, rendered by PHP (a container the script
 * mounts on, with a fallback that is meaningful before JavaScript) for those who may control
 * the webinar only.
 *
 * @package Webinars
 */

namespace Webinars\Modules\RoomUi;

use Webinars\Contracts\Capabilities;
use Webinars\Contracts\Hooks;
use Webinars\Contracts\Room;
use Webinars\Contracts\Webinar;
use WP_Block;
use WP_Block_Type;

defined( 'ABSPATH' ) || exit;

/**
 * Registration and server rendering of webinars/room.
 *
 * @since 0.1.0
 */
final class Block {

	/**
	 * JSON for data attributes: no character that an HTML entity could be read into.
	 */
	private const JSON_FLAGS = JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE;

	/**
	 * Registers the block from plugin/build/blocks/room; silently nothing when it is not built.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		$plugin_dir = dirname( __DIR__, 3 );
		$block_dir  = $plugin_dir . '/build/blocks/room';
		if ( ! is_readable( $block_dir . '/block.json' ) ) {
			return;
		}
		$type = register_block_type( $block_dir, array( 'render_callback' => array( $this, 'render' ) ) );
		if ( ! $type instanceof WP_Block_Type ) {
			return;
		}
		// WordPress looks for script translations in wp-content/languages only: point it at ours.
		foreach ( array_merge( $type->editor_script_handles, $type->view_script_handles ) as $handle ) {
			wp_set_script_translations( $handle, 'webinars', $plugin_dir . '/languages' );
		}
	}

	/**
	 * Render callback.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $attributes Block attributes (webinarId).
	 * @param string               $content    Inner content (none).
	 * @param WP_Block|null        $block      The block instance, for the post context.
	 * @return string The room, or '' for anyone who may not control the webinar.
	 */
	public function render( $attributes, $content = '', $block = null ): string {
		$webinar_id = self::webinar_id( (array) $attributes, $block );
		if ( $webinar_id <= 0 || ! current_user_can( Capabilities::CONTROL_WEBINAR, $webinar_id ) ) {
			return '';
		}
		$state = apply_filters( Hooks::WEBINARS_ROOM_STATE, null, $webinar_id );
		if ( ! is_array( $state ) ) {
			return ''; // No such (published) webinar.
		}
		// Core's view of the webinar (title, CTA): through its filter, never its meta keys.
		$webinar = apply_filters( Hooks::WEBINARS_WEBINAR, null, $webinar_id );
		$webinar = is_array( $webinar ) ? $webinar : array();
		$title   = is_string( $webinar['title'] ?? null ) ? $webinar['title'] : '';

		$data = array(
			'data-webinar-id'    => (string) $webinar_id,
			'data-rest-root'     => esc_url_raw( rest_url() ),
			'data-nonce'         => wp_create_nonce( 'wp_rest' ),
			'data-room-key'      => (string) apply_filters( Hooks::WEBINARS_ROOM_KEY, '', $webinar_id ),
			'data-poll-interval' => (string) (int) apply_filters( Hooks::WEBINARS_POLL_INTERVAL, 2000, $webinar_id ),
			'data-state'         => (string) wp_json_encode( $state, self::JSON_FLAGS ),
			'data-starts-at'     => is_string( $state['starts_at'] ?? null ) ? $state['starts_at'] : '',
			'data-title'         => $title,
			// The state carries the CTA only while it is visible; the speaker previews it always.
			'data-cta'           => (string) wp_json_encode( self::cta( $webinar['cta'] ?? null ), self::JSON_FLAGS ),
			// The stream's player for the preview (staff only: this block renders for them alone).
			'data-stream'        => (string) wp_json_encode( $webinar['media']['stream'] ?? null, self::JSON_FLAGS ),
			'data-edit-link'     => (string) get_edit_post_link( $webinar_id, 'raw' ),
		);

		return sprintf(
			'<div %1$s>%2$s</div>',
			get_block_wrapper_attributes( $data ),
			self::fallback( $webinar_id, $title, is_string( $state['status'] ?? null ) ? $state['status'] : '' )
		);
	}

	/**
	 * The configured CTA's text, label and URL as strings.
	 *
	 * @param mixed $cta The webinar's `cta` (array{text, label, url}).
	 * @return array{text: string, label: string, url: string}
	 */
	private static function cta( $cta ): array {
		$cta = is_array( $cta ) ? $cta : array();
		$out = array();
		foreach ( array( 'text', 'label', 'url' ) as $field ) {
			$out[ $field ] = is_string( $cta[ $field ] ?? null ) ? $cta[ $field ] : '';
		}
		return $out;
	}

	/**
	 * The webinar of a block: its attribute, else the webinar whose content holds the block.
	 *
	 * @param array<string, mixed> $attributes Block attributes.
	 * @param WP_Block|null        $block      Block instance.
	 */
	private static function webinar_id( array $attributes, $block ): int {
		$id = (int) ( $attributes['webinarId'] ?? 0 );
		if ( $id > 0 ) {
			return $id;
		}
		if ( $block instanceof WP_Block && Webinar::POST_TYPE === ( $block->context['postType'] ?? null ) ) {
			return (int) ( $block->context['postId'] ?? 0 );
		}
		return 0;
	}

	/**
	 * Markup shown until the script mounts (and instead of it without JavaScript): the same
	 * header as the script's, so nothing moves when it mounts.
	 *
	 * @param int    $webinar_id Webinar.
	 * @param string $title      Its title.
	 * @param string $status     Room status.
	 */
	private static function fallback( int $webinar_id, string $title, string $status ): string {
		$title_id = 'webinars-room-' . $webinar_id . '-title';
		return sprintf(
			'<section class="webinars-room" aria-labelledby="%1$s"><div class="webinars-room__header"><div class="webinars-room__heading"><p class="webinars-room__eyebrow">%2$s</p><h2 id="%1$s" class="webinars-room__title">%3$s</h2></div><p class="webinars-room__status"><span class="webinars-visually-hidden">%4$s </span><span class="webinars-room__badge is-%5$s">%6$s</span></p></div><p class="webinars-room__loading">%7$s</p></section>',
			esc_attr( $title_id ),
			esc_html__( 'Speaker room', 'webinars' ),
			esc_html( '' !== $title ? $title : __( '(no title)', 'webinars' ) ),
			esc_html__( 'Status:', 'webinars' ),
			esc_attr( '' !== $status ? $status : 'unknown' ),
			esc_html( Room::status_label( $status ) ),
			esc_html__( 'Loading the controls… They need JavaScript.', 'webinars' )
		);
	}
}
