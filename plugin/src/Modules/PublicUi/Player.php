<?php
/**
 * The attendee view's player: the stream while live, the recording once ended, for participants
 * only. A logged-in participant's page carries the players (the page is per user anyway); a
 * join-token holder's page does not (it may be cached for everyone) and gets them from /me. The
 * shared room state never carries them.
 *
 * @package Webinars
 */

namespace Webinars\Modules\PublicUi;

use Webinars\Contracts\Room;

defined( 'ABSPATH' ) || exit;

/**
 * The player's part of the view's context, and its first paint.
 *
 * @since 0.2.0
 */
final class Player {

	/**
	 * Context fields media, player and titles.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $webinar  The webinar (webinars_webinar's shape).
	 * @param string               $status   Room status.
	 * @param bool                 $included Whether this page may carry the players.
	 * @return array{media: array{stream: array{kind: string, src: string}|null, recording: array{kind: string, src: string}|null}|null, player: array{kind: string, src: string, recording: bool}, titles: array{stream: string, recording: string}}
	 */
	public static function context( array $webinar, string $status, bool $included ): array {
		$media = $included && is_array( $webinar['media'] ?? null ) ? array(
			'stream'    => self::medium( $webinar['media']['stream'] ?? null ),
			'recording' => self::medium( $webinar['media']['recording'] ?? null ),
		) : null;
		$title = is_string( $webinar['title'] ?? null ) ? wp_strip_all_tags( $webinar['title'] ) : '';
		return array(
			'media'  => $media,
			'player' => self::for_status( $status, $media ),
			'titles' => array(
				/* translators: %s: webinar title. */
				'stream'    => sprintf( __( 'Live stream: %s', 'webinars' ), $title ),
				/* translators: %s: webinar title. */
				'recording' => sprintf( __( 'Recording: %s', 'webinars' ), $title ),
			),
		);
	}

	/**
	 * What a status shows (the store's playerFor() does the same).
	 *
	 * @param string                                                                                                      $status Room status.
	 * @param array{stream: array{kind: string, src: string}|null, recording: array{kind: string, src: string}|null}|null $media  Players.
	 * @return array{kind: string, src: string, recording: bool}
	 */
	private static function for_status( string $status, ?array $media ): array {
		$medium = null;
		if ( Room::STATUS_LIVE === $status ) {
			$medium = $media['stream'] ?? null;
		} elseif ( Room::STATUS_ENDED === $status ) {
			$medium = $media['recording'] ?? null;
		}
		return null !== $medium ? array(
			'kind'      => $medium['kind'],
			'src'       => $medium['src'],
			'recording' => Room::STATUS_ENDED === $status,
		) : array(
			'kind'      => '',
			'src'       => '',
			'recording' => false,
		);
	}

	/**
	 * A player from webinars_webinar, or null.
	 *
	 * @param mixed $medium Value.
	 * @return array{kind: string, src: string}|null
	 */
	private static function medium( $medium ): ?array {
		if ( ! is_array( $medium ) || ! is_string( $medium['kind'] ?? null ) || ! is_string( $medium['src'] ?? null ) || '' === $medium['src'] ) {
			return null;
		}
		return array(
			'kind' => $medium['kind'],
			'src'  => $medium['src'],
		);
	}

	/**
	 * The player's element for the first paint ('' when nothing plays).
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $context The view's context.
	 */
	public static function element( array $context ): string {
		$player = $context['player'];
		if ( '' === $player['src'] ) {
			return '';
		}
		$title = $player['recording'] ? $context['titles']['recording'] : $context['titles']['stream'];
		if ( 'embed' === $player['kind'] ) {
			return sprintf(
				'<iframe title="%1$s" src="%2$s" allow="autoplay; encrypted-media; fullscreen; picture-in-picture" allowfullscreen referrerpolicy="strict-origin-when-cross-origin"></iframe>',
				esc_attr( $title ),
				esc_url( $player['src'] )
			);
		}
		return sprintf( '<video controls playsinline preload="metadata" aria-label="%1$s" src="%2$s"></video>', esc_attr( $title ), esc_url( $player['src'] ) );
	}
}
