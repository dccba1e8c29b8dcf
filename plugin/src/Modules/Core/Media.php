<?php
/**
 * The player of a stream or recording URL, worked out without the network (the site may be
 * offline, and oEmbed discovery at render time would cost a request per page): YouTube and Vimeo
 * pages become their iframe players, video files and HLS a <video>; anything else goes to the
 * webinars_media_player filter.
 *
 * @package Webinars
 */

namespace Webinars\Modules\Core;

use Webinars\Contracts\Hooks;

defined( 'ABSPATH' ) || exit;

/**
 * Maps media URLs to players.
 *
 * @since 0.2.0
 */
final class Media {

	/**
	 * Player kind: an iframe.
	 *
	 * @since 0.2.0
	 */
	public const KIND_EMBED = 'embed';

	/**
	 * Player kind: a <video> element.
	 *
	 * @since 0.2.0
	 */
	public const KIND_VIDEO = 'video';

	/**
	 * The player of a URL, or null when it is empty or not playable.
	 *
	 * @since 0.2.0
	 *
	 * @param string $url Stream or recording URL (http or https).
	 * @return array{kind: string, src: string}|null
	 */
	public static function player( string $url ): ?array {
		$url   = Webinars::sanitize_url( $url );
		$parts = '' !== $url ? wp_parse_url( $url ) : false;
		if ( ! is_array( $parts ) || empty( $parts['host'] ) ) {
			return null;
		}
		$host = strtolower( (string) preg_replace( '/^(www\.|m\.)/i', '', $parts['host'] ) );
		$path = (string) ( $parts['path'] ?? '' );
		$src  = self::youtube( $host, $path, (string) ( $parts['query'] ?? '' ) ) ?? self::vimeo( $host, $path );
		if ( null !== $src ) {
			return array(
				'kind' => self::KIND_EMBED,
				'src'  => $src,
			);
		}
		if ( preg_match( '/\.(mp4|webm|m3u8)$/i', $path ) ) {
			return array(
				'kind' => self::KIND_VIDEO,
				'src'  => $url,
			);
		}
		/** Documented in docs/hooks.md (webinars_media_player). */
		return self::valid( apply_filters( Hooks::WEBINARS_MEDIA_PLAYER, null, $url ) );
	}

	/**
	 * The youtube-nocookie player of a YouTube watch, youtu.be, live or embed URL.
	 *
	 * @param string $host  Host without www.
	 * @param string $path  Path.
	 * @param string $query Query string.
	 */
	private static function youtube( string $host, string $path, string $query ): ?string {
		$id = '';
		if ( 'youtu.be' === $host ) {
			$id = trim( $path, '/' );
		} elseif ( in_array( $host, array( 'youtube.com', 'youtube-nocookie.com' ), true ) ) {
			parse_str( $query, $args );
			if ( '/watch' === rtrim( $path, '/' ) ) {
				$id = is_string( $args['v'] ?? null ) ? $args['v'] : '';
			} elseif ( preg_match( '#^/(?:live|embed|shorts)/([^/]+)#', $path, $match ) ) {
				$id = $match[1];
			}
		}
		return preg_match( '/^[A-Za-z0-9_-]{6,20}$/', $id ) ? 'https://www.youtube-nocookie.com/embed/' . $id : null;
	}

	/**
	 * The Vimeo player of a vimeo.com video URL (with the hash of an unlisted one).
	 *
	 * @param string $host Host without www.
	 * @param string $path Path.
	 */
	private static function vimeo( string $host, string $path ): ?string {
		if ( 'player.vimeo.com' === $host && preg_match( '#^/video/(\d+)#', $path, $match ) ) {
			return 'https://player.vimeo.com/video/' . $match[1];
		}
		if ( 'vimeo.com' !== $host ) {
			return null;
		}
		if ( preg_match( '#^/event/(\d+)#', $path, $match ) ) {
			return 'https://vimeo.com/event/' . $match[1] . '/embed';
		}
		if ( preg_match( '#/(\d+)(?:/([0-9a-f]+))?/?$#', $path, $match ) ) {
			return 'https://player.vimeo.com/video/' . $match[1] . ( isset( $match[2] ) ? '?h=' . $match[2] : '' );
		}
		return null;
	}

	/**
	 * A filter's answer when it is a player with an http(s) source; null otherwise.
	 *
	 * @param mixed $player Filtered value.
	 * @return array{kind: string, src: string}|null
	 */
	private static function valid( $player ): ?array {
		if ( ! is_array( $player ) || ! in_array( $player['kind'] ?? null, array( self::KIND_EMBED, self::KIND_VIDEO ), true ) ) {
			return null;
		}
		$src = Webinars::sanitize_url( $player['src'] ?? '' );
		return '' !== $src ? array(
			'kind' => (string) $player['kind'],
			'src'  => $src,
		) : null;
	}
}
