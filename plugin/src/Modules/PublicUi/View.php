<?php
/**
 * The attendee view's model: what one render of webinars/public shows and what its store starts
 * from (the data-wp-context), built from the webinar (webinars_webinar), the room state
 * (webinars_room_state) and who is looking.
 *
 * @package Webinars
 */

namespace Webinars\Modules\PublicUi;

use DateTimeZone;
use Exception;
use Webinars\Contracts\Room;

defined( 'ABSPATH' ) || exit;

/**
 * Builds the template variables of one attendee view.
 *
 * @since 0.2.0
 */
final class View {

	/**
	 * The viewer polls the room with a key from the markup (a logged-in attendee).
	 */
	public const VIEWER_ATTENDEE = 'attendee';

	/**
	 * The viewer holds a join token: /me hands out the key and the withheld CTA.
	 */
	public const VIEWER_TOKEN = 'token';

	/**
	 * The viewer may not see the live room (a logged-out visitor, or a user without the capability).
	 */
	public const VIEWER_GUEST = 'guest';

	/**
	 * The block editor's preview: the real state, labelled, never polling.
	 */
	public const VIEWER_PREVIEW = 'preview';

	/**
	 * The template variables.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $webinar The webinar (webinars_webinar's shape).
	 * @param array<string, mixed> $state   The room state.
	 * @param string               $viewer  One of the VIEWER_* constants.
	 * @param array<string, mixed> $access  key, token, nonce, interval, room_link, login_url.
	 * @return array<string, mixed> context (for data-wp-context) and the static parts.
	 */
	public static function build( array $webinar, array $state, string $viewer, array $access ): array {
		$id        = (int) $webinar['id'];
		$status    = is_string( $state['status'] ?? null ) ? $state['status'] : Room::STATUS_SCHEDULED;
		$starts_at = is_string( $state['starts_at'] ?? null ) && '' !== $state['starts_at'] ? $state['starts_at'] : (string) ( $webinar['starts_at'] ?? '' );
		$timestamp = '' !== $starts_at ? strtotime( $starts_at ) : false;
		$zone      = self::zone( is_string( $webinar['timezone'] ?? null ) ? $webinar['timezone'] : '' );
		$withheld  = self::VIEWER_TOKEN === $viewer || self::VIEWER_GUEST === $viewer;
		$cta       = is_array( $state['cta'] ?? null ) && ! $withheld ? $state['cta'] : array( 'visible' => false );

		$context                  = array(
			'webinarId'    => $id,
			'following'    => self::VIEWER_ATTENDEE === $viewer || self::VIEWER_TOKEN === $viewer,
			'rooms'        => esc_url_raw( rest_url( 'webinars/v1/rooms/' . $id ) ),
			'key'          => (string) ( $access['key'] ?? '' ),
			'token'        => (string) ( $access['token'] ?? '' ),
			'tokenArg'     => Block::TOKEN_QUERY_ARG,
			'nonce'        => (string) ( $access['nonce'] ?? '' ),
			'interval'     => max( 500, (int) ( $access['interval'] ?? 2000 ) ),
			// A page that withheld the CTA must not claim the version it was cut from (defect 10).
			'version'      => $withheld ? 0 : (int) ( $state['version'] ?? 0 ),
			'known'        => ! $withheld,
			'status'       => $status,
			'is'           => array_fill_keys( Room::STATUSES, false ),
			'startTs'      => false !== $timestamp ? $timestamp * 1000 : 0,
			'zone'         => '+00:00' === $zone->getName() ? 'UTC' : $zone->getName(),
			'statusText'   => self::status_text( $status, false !== $timestamp ? $timestamp : 0 ),
			'localText'    => '',
			'cta'          => array(
				'visible' => ! empty( $cta['visible'] ),
				'text'    => is_string( $cta['text'] ?? null ) ? $cta['text'] : '',
				'label'   => is_string( $cta['label'] ?? null ) && '' !== $cta['label'] ? $cta['label'] : __( 'Learn more', 'webinars' ),
				'url'     => is_string( $cta['url'] ?? null ) ? esc_url_raw( $cta['url'], array( 'http', 'https' ) ) : '',
			),
			'announcement' => '',
			'reconnecting' => false,
		);
		$context['is'][ $status ] = true;
		$context                 += Player::context( $webinar, $status, self::VIEWER_ATTENDEE === $viewer || self::VIEWER_PREVIEW === $viewer );

		return array(
			'context'   => $context,
			'viewer'    => $viewer,
			'when'      => false !== $timestamp ? self::start_text( $timestamp, $zone ) : '',
			'starts_at' => false !== $timestamp ? gmdate( 'c', $timestamp ) : '',
			'room_link' => (string) ( $access['room_link'] ?? '' ),
			'login_url' => (string) ( $access['login_url'] ?? '' ),
		);
	}

	/**
	 * The status line of the first paint; the store recomputes it with the same strings.
	 *
	 * @param string $status    Room status.
	 * @param int    $timestamp Start (Unix seconds), 0 when unknown.
	 */
	private static function status_text( string $status, int $timestamp ): string {
		if ( Room::STATUS_SCHEDULED !== $status || $timestamp <= 0 ) {
			return Strings::status( $status );
		}
		$left = $timestamp - time();
		if ( $left <= 0 ) {
			return __( 'Starting soon…', 'webinars' );
		}
		/* translators: %s: time left, e.g. "2 days, 03:04:05". */
		return sprintf( __( 'Starts in %s', 'webinars' ), Strings::countdown( $left ) );
	}

	/**
	 * The webinar's time zone; the filter already falls back to the site's, this to UTC.
	 *
	 * @param string $name IANA name.
	 */
	private static function zone( string $name ): DateTimeZone {
		try {
			return '' !== $name ? new DateTimeZone( $name ) : wp_timezone();
		} catch ( Exception $e ) {
			return wp_timezone(); // Not an IANA name.
		}
	}

	/**
	 * "1 December 2026 18:00 CET (Europe/Berlin)": the start in the webinar's zone, zone named.
	 *
	 * @since 0.2.0
	 *
	 * @param int               $timestamp Start (Unix seconds).
	 * @param DateTimeZone|null $zone      The webinar's time zone.
	 */
	public static function start_text( int $timestamp, ?DateTimeZone $zone ): string {
		$zone   = $zone ?? wp_timezone();
		$format = get_option( 'date_format' ) . ' ' . get_option( 'time_format' );
		$text   = wp_date( $format, $timestamp, $zone );
		$abbr   = wp_date( 'T', $timestamp, $zone );
		if ( false === $text ) {
			return '';
		}
		$name   = $zone->getName();
		$abbr   = is_string( $abbr ) ? $abbr : '';
		$offset = (bool) preg_match( '/^[+-]\d/', $name );
		if ( '+00:00' === $name || 'UTC' === $name ) {
			return $text . ' UTC';
		}
		if ( $offset || $abbr === $name ) {
			return $text . ' ' . ( $offset ? 'UTC' . $name : $name ); // The name is the label.
		}
		// Zones without an abbreviation print an offset ("+04"): the name says more.
		$label = '' !== $abbr && ! preg_match( '/^[+-]\d/', $abbr ) ? ' ' . $abbr : '';
		return $text . $label . ' (' . $name . ')';
	}
}
