<?php
/**
 * The webinars/public block: registered from the build, rendered by PHP as a container the
 * script mounts on, with a fallback (status, and the CTA for participants) that is meaningful
 * before JavaScript. Only participants get what lets them poll the room.
 *
 * @package Webinars
 */

namespace Webinars\Modules\PublicUi;

use DateTimeZone;
use Exception;
use Webinars\Contracts\Hooks;
use WP_Block;
use WP_Block_Type;

defined( 'ABSPATH' ) || exit;

/**
 * Registration and server rendering of webinars/public.
 */
final class Block {

	/**
	 * Post type of webinars (Core's; blocks in a webinar's own content default to it).
	 */
	private const POST_TYPE = 'webinar';

	/**
	 * Query argument of the page URL carrying an attendee's join token.
	 */
	public const TOKEN_QUERY_ARG = 'wt';

	/**
	 * JSON for data attributes: no character that an HTML entity could be read into.
	 */
	private const JSON_FLAGS = JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE;

	/**
	 * Registers the block from plugin/build/blocks/public; silently nothing when it is not built.
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
		foreach ( array_merge( $type->editor_script_handles, $type->view_script_handles ) as $handle ) {
			wp_set_script_translations( $handle, 'webinars', $plugin_dir . '/languages' );
		}
	}

	/**
	 * Render callback.
	 *
	 * @param array<string, mixed> $attributes Block attributes (webinarId).
	 * @param string               $content    Inner content (none).
	 * @param WP_Block|null        $block      The block instance, for the post context.
	 * @return string The attendee view, or '' when there is no such (published) webinar.
	 */
	public function render( $attributes, $content = '', $block = null ): string {
		$webinar_id = self::webinar_id( (array) $attributes, $block );
		if ( $webinar_id <= 0 ) {
			return '';
		}
		$state = apply_filters( Hooks::WEBINARS_ROOM_STATE, null, $webinar_id );
		if ( ! is_array( $state ) ) {
			return '';
		}

		$logged_in = is_user_logged_in();
		$token     = $logged_in ? '' : self::join_token();
		// The CTA is the room's to hand out: only a logged-in user gets it in the page. A token is
		// checked by the REST API (/me), so its holder receives the CTA from there.
		if ( ! $logged_in ) {
			$state['cta'] = array( 'visible' => false );
		}

		$data = array(
			'data-webinar-id'    => (string) $webinar_id,
			'data-rest-root'     => esc_url_raw( rest_url() ),
			'data-poll-interval' => (string) (int) apply_filters( Hooks::WEBINARS_POLL_INTERVAL, 2000, $webinar_id ),
			'data-state'         => (string) wp_json_encode( $state, self::JSON_FLAGS ),
			'data-starts-at'     => is_string( $state['starts_at'] ?? null ) ? $state['starts_at'] : '',
		);
		if ( $logged_in ) {
			$data['data-nonce']    = wp_create_nonce( 'wp_rest' );
			$data['data-room-key'] = (string) apply_filters( Hooks::WEBINARS_ROOM_KEY, '', $webinar_id );
		} elseif ( '' !== $token ) {
			$data['data-token'] = $token;
		}

		return sprintf(
			'<div %1$s>%2$s</div>',
			get_block_wrapper_attributes( $data ),
			self::fallback( $webinar_id, $state, $logged_in || '' !== $token )
		);
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
		if ( $block instanceof WP_Block && self::POST_TYPE === ( $block->context['postType'] ?? null ) ) {
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
		$raw = isset( $_GET[ self::TOKEN_QUERY_ARG ] ) ? sanitize_text_field( wp_unslash( (string) $_GET[ self::TOKEN_QUERY_ARG ] ) ) : '';
		$raw = (string) preg_replace( '/[^A-Za-z0-9._-]/', '', $raw );
		return strlen( $raw ) <= 1024 ? $raw : '';
	}

	/**
	 * Markup shown until the script mounts (and instead of it without JavaScript).
	 *
	 * @param int                  $webinar_id  Webinar.
	 * @param array<string, mixed> $state       Room state.
	 * @param bool                 $participant Whether the viewer is a participant.
	 */
	private static function fallback( int $webinar_id, array $state, bool $participant ): string {
		$status = is_string( $state['status'] ?? null ) ? $state['status'] : '';
		switch ( $status ) {
			case 'scheduled':
				$when = self::start_text( $webinar_id, is_string( $state['starts_at'] ?? null ) ? $state['starts_at'] : '' );
				$text = '' !== $when
					/* translators: %s: the start date and time. */
					? sprintf( __( 'Starts on %s', 'webinars' ), $when )
					: __( 'This webinar has not started yet.', 'webinars' );
				break;
			case 'live':
				$text = __( 'Live now', 'webinars' );
				break;
			case 'paused':
				$text = __( 'The webinar is paused. It will resume shortly.', 'webinars' );
				break;
			default:
				$text = __( 'This webinar has ended', 'webinars' );
		}

		$html = sprintf(
			'<div class="webinars-public__banner is-%1$s"><p class="webinars-public__status">%2$s</p></div>',
			esc_attr( '' !== $status ? $status : 'unknown' ),
			esc_html( $text )
		);
		if ( ! $participant ) {
			$html .= '<p class="webinars-public__guest">' . esc_html__( 'Registered attendees see the live room here.', 'webinars' ) . '</p>';
		}
		$cta = is_array( $state['cta'] ?? null ) ? $state['cta'] : array();
		if ( ! empty( $cta['visible'] ) ) {
			$html .= '<div class="webinars-public__cta">';
			if ( ! empty( $cta['text'] ) && is_string( $cta['text'] ) ) {
				$html .= '<p class="webinars-public__cta-text">' . esc_html( $cta['text'] ) . '</p>';
			}
			$url = is_string( $cta['url'] ?? null ) ? esc_url( $cta['url'], array( 'http', 'https' ) ) : '';
			if ( '' !== $url ) {
				$label = is_string( $cta['label'] ?? null ) && '' !== $cta['label'] ? $cta['label'] : __( 'Learn more', 'webinars' );
				$html .= sprintf(
					'<a class="wp-element-button webinars-public__cta-button" href="%1$s" target="_blank" rel="noopener noreferrer">%2$s<span class="webinars-visually-hidden"> %3$s</span></a>',
					$url,
					esc_html( $label ),
					esc_html__( '(opens in a new tab)', 'webinars' )
				);
			}
			$html .= '</div>';
		}
		return '<div class="webinars-public">' . $html . '</div>';
	}

	/**
	 * The start time in the webinar's time zone (the site's when it has none), formatted with the
	 * site's date and time formats; '' when there is no valid start time.
	 *
	 * @param int    $webinar_id Webinar.
	 * @param string $starts_at  ISO 8601 start time.
	 */
	private static function start_text( int $webinar_id, string $starts_at ): string {
		$timestamp = '' !== $starts_at ? strtotime( $starts_at ) : false;
		if ( false === $timestamp ) {
			return '';
		}
		$zone = null;
		$name = (string) get_post_meta( $webinar_id, 'webinars_timezone', true );
		if ( '' !== $name ) {
			try {
				$zone = new DateTimeZone( $name );
			} catch ( Exception $e ) {
				$zone = null; // Not an IANA name: fall back to the site's time zone.
			}
		}
		$format = get_option( 'date_format' ) . ' ' . get_option( 'time_format' );
		$text   = wp_date( $format, $timestamp, $zone );
		if ( false === $text ) {
			return '';
		}
		return null !== $zone ? $text . ' (' . $zone->getName() . ')' : $text;
	}
}
