<?php
/**
 * The webinars/public block: registered from the build, rendered by PHP from one template
 * (templates/attendee-view.php) whose data-wp-* directives the webinars/public script module
 * (Interactivity API) keeps live. Only participants get what lets them poll the room.
 *
 * @package Webinars
 */

namespace Webinars\Modules\PublicUi;

use Webinars\Contracts\Capabilities;
use Webinars\Contracts\Hooks;
use Webinars\Contracts\Webinar;
use WP_Block;
use WP_Block_Type;

defined( 'ABSPATH' ) || exit;

/**
 * Registration and server rendering of webinars/public.
 *
 * @since 0.1.0
 */
final class Block {

	/**
	 * Query argument of the page URL carrying an attendee's join token.
	 */
	public const TOKEN_QUERY_ARG = 'wt';

	/**
	 * Interactivity API namespace of the store.
	 *
	 * @since 0.2.0
	 */
	public const STORE = 'webinars/public';

	/**
	 * Registers the block from plugin/build/blocks/public; silently nothing when it is not built.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		$plugin_dir = dirname( __DIR__, 3 );
		$block_dir  = $plugin_dir . '/build/blocks/public';
		if ( ! is_readable( $block_dir . '/block.json' ) ) {
			return;
		}
		$type = register_block_type( $block_dir, array( 'render_callback' => array( $this, 'render' ) ) );
		if ( ! $type instanceof WP_Block_Type ) {
			return;
		}
		// WordPress looks for script translations in wp-content/languages only: point it at ours.
		foreach ( $type->editor_script_handles as $handle ) {
			wp_set_script_translations( $handle, 'webinars', $plugin_dir . '/languages' );
		}
	}

	/**
	 * Render callback.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $attributes Block attributes (webinarId, preview).
	 * @param string               $content    Inner content (none).
	 * @param WP_Block|null        $block      The block instance, for the post context.
	 * @return string The attendee view, or '' when there is no such (published) webinar.
	 */
	public function render( $attributes, $content = '', $block = null ): string {
		$attributes = (array) $attributes;
		$webinar_id = self::webinar_id( $attributes, $block );
		$webinar    = $webinar_id > 0 ? apply_filters( Hooks::WEBINARS_WEBINAR, null, $webinar_id ) : null;
		$state      = is_array( $webinar ) ? apply_filters( Hooks::WEBINARS_ROOM_STATE, null, $webinar_id ) : null;
		if ( ! is_array( $webinar ) || ! is_array( $state ) ) {
			return '';
		}

		$access = array(
			'interval'  => (int) apply_filters( Hooks::WEBINARS_POLL_INTERVAL, 2000, $webinar_id ),
			'room_link' => current_user_can( Capabilities::CONTROL_WEBINAR, $webinar_id )
				? (string) ( $webinar['permalink'] ?? '' ) . '#' . Template::ROOM_ANCHOR
				: '',
		);
		$viewer = self::viewer( $webinar_id, ! empty( $attributes['preview'] ), $access );
		if ( View::VIEWER_ATTENDEE === $viewer || View::VIEWER_TOKEN === $viewer ) {
			wp_enqueue_script( 'wp-hooks' ); // The mirror third-party listeners hear changes on.
			wp_interactivity_state( self::STORE, array( 'strings' => Strings::for_store() ) );
		}

		$view    = View::build( $webinar, $state, $viewer, $access );
		$wrapper = get_block_wrapper_attributes();
		ob_start();
		include __DIR__ . '/templates/attendee-view.php';
		return (string) ob_get_clean();
	}

	/**
	 * Who is looking, with what they get to join the room ($access is completed in place).
	 *
	 * @param int                  $webinar_id Webinar.
	 * @param bool                 $preview    Whether the editor asked for its preview.
	 * @param array<string, mixed> $access     Access data, completed with key, token, nonce, login_url.
	 * @return string One of View::VIEWER_*.
	 */
	private static function viewer( int $webinar_id, bool $preview, array &$access ): string {
		if ( $preview && current_user_can( 'edit_posts' ) ) {
			return View::VIEWER_PREVIEW;
		}
		if ( is_user_logged_in() ) {
			$may = current_user_can( Capabilities::ATTEND ) || current_user_can( Capabilities::CONTROL_WEBINAR, $webinar_id );
			$key = $may ? (string) apply_filters( Hooks::WEBINARS_ROOM_KEY, '', $webinar_id ) : '';
			if ( '' === $key ) {
				return View::VIEWER_GUEST;
			}
			$access['key']   = $key;
			$access['nonce'] = wp_create_nonce( 'wp_rest' );
			return View::VIEWER_ATTENDEE;
		}
		$token = self::join_token();
		if ( '' !== $token ) {
			$access['token'] = $token;
			return View::VIEWER_TOKEN;
		}
		$here                = is_singular() ? get_permalink( get_queried_object_id() ) : false;
		$access['login_url'] = wp_login_url( false !== $here ? $here : home_url( '/' ) );
		return View::VIEWER_GUEST;
	}

	/**
	 * The webinar of a block: its attribute, else the webinar whose content (or template) holds it.
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
	 * The join token from the page URL (?wt=…), reduced to the characters a token has
	 * (base64url and dots); '' when there is none.
	 */
	private static function join_token(): string {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- A join token is its own credential, verified by the REST API; nothing is changed here.
		$raw = isset( $_GET[ self::TOKEN_QUERY_ARG ] ) && is_string( $_GET[ self::TOKEN_QUERY_ARG ] ) ? sanitize_text_field( wp_unslash( $_GET[ self::TOKEN_QUERY_ARG ] ) ) : '';
		$raw = (string) preg_replace( '/[^A-Za-z0-9._-]/', '', $raw );
		return strlen( $raw ) <= 1024 ? $raw : '';
	}
}
