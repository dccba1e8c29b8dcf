<?php
/**
 * Room keys and join tokens. Both are HMAC-SHA256 with a key derived from the site's salts (the
 * same on every PHP node of the site), so nothing is stored and nothing is per-process.
 *
 * - Room key: HMAC( "room|{webinar_id}" ). Authorises reading a room's shared state only; handed
 *   to authenticated participants. It never expires: rotate the site's salts to revoke all keys.
 * - Join token: "{payload}.{signature}", payload = "{webinar_id}.{participant}.{expires}" in
 *   base64url. Authenticates an attendee who has no account, for one webinar, until it expires.
 *
 * @package Webinars
 */

namespace Webinars\Modules\WebinarControlIntegration;

defined( 'ABSPATH' ) || exit;

/**
 * Signs and verifies room keys and join tokens.
 *
 * @since 0.1.0
 */
final class Keys {

	/**
	 * The room key of a webinar (64 hex characters).
	 *
	 * @since 0.1.0
	 *
	 * @param int $webinar_id Webinar.
	 */
	public static function room_key( int $webinar_id ): string {
		return hash_hmac( 'sha256', 'room|' . $webinar_id, self::secret( 'room' ) );
	}

	/**
	 * Whether $key is the room key of $webinar_id (constant-time).
	 *
	 * @since 0.1.0
	 *
	 * @param int    $webinar_id Webinar.
	 * @param string $key        Presented key.
	 */
	public static function is_room_key( int $webinar_id, string $key ): bool {
		return '' !== $key && hash_equals( self::room_key( $webinar_id ), $key );
	}

	/**
	 * A join token.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $webinar_id  Webinar.
	 * @param string $participant Participant key, e.g. lead:42 (no dots).
	 * @param int    $ttl         Seconds it stays valid.
	 */
	public static function issue( int $webinar_id, string $participant, int $ttl ): string {
		$payload = self::base64url( $webinar_id . '.' . str_replace( '.', '', $participant ) . '.' . ( time() + $ttl ) );
		return $payload . '.' . self::base64url( hash_hmac( 'sha256', $payload, self::secret( 'join' ), true ) );
	}

	/**
	 * The participant a token authenticates for $webinar_id, or null when it is forged, expired,
	 * malformed or for another webinar.
	 *
	 * @since 0.1.0
	 *
	 * @param string $token      Presented token.
	 * @param int    $webinar_id Webinar the request is about.
	 */
	public static function verify( string $token, int $webinar_id ): ?string {
		$parts = explode( '.', $token );
		if ( 2 !== count( $parts ) ) {
			return null;
		}
		list( $payload, $signature ) = $parts;
		$expected                    = self::base64url( hash_hmac( 'sha256', $payload, self::secret( 'join' ), true ) );
		if ( ! hash_equals( $expected, $signature ) ) {
			return null;
		}
		$decoded = base64_decode( strtr( $payload, '-_', '+/' ), true ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode -- token encoding.
		$fields  = false === $decoded ? array() : explode( '.', $decoded );
		if ( 3 !== count( $fields ) || (int) $fields[0] !== $webinar_id || (int) $fields[2] < time() || '' === $fields[1] ) {
			return null;
		}
		return $fields[1];
	}

	/**
	 * The webinars_room_key filter.
	 *
	 * @since 0.1.0
	 *
	 * @param string $key        Key from an earlier filter.
	 * @param int    $webinar_id Webinar.
	 */
	public static function filter_room_key( $key, $webinar_id ): string {
		return '' !== (string) $key ? (string) $key : self::room_key( (int) $webinar_id );
	}

	/**
	 * The webinars_issue_join_token filter.
	 *
	 * @since 0.1.0
	 *
	 * @param string $token       Token from an earlier filter.
	 * @param int    $webinar_id  Webinar.
	 * @param string $participant Participant key.
	 * @param int    $ttl         Seconds.
	 */
	public static function filter_issue( $token, $webinar_id, $participant, $ttl ): string {
		return '' !== (string) $token ? (string) $token : self::issue( (int) $webinar_id, (string) $participant, (int) $ttl );
	}

	/**
	 * A signing key for one purpose, derived from the site's salts.
	 *
	 * @param string $purpose room or join.
	 */
	private static function secret( string $purpose ): string {
		return hash_hmac( 'sha256', 'webinars|' . $purpose, wp_salt( 'auth' ) );
	}

	/**
	 * URL-safe base64 without padding.
	 *
	 * @param string $data Bytes.
	 */
	private static function base64url( string $data ): string {
		return rtrim( strtr( base64_encode( $data ), '+/', '-_' ), '=' ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- token encoding.
	}
}
