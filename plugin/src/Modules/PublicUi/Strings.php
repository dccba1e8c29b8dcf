<?php
/**
 * Every human sentence of the attendee view, translated here: the script module has no wp.i18n,
 * so PHP renders the first paint with these and hands the same templates to the store.
 *
 * @package Webinars
 */

namespace Webinars\Modules\PublicUi;

use Webinars\Contracts\Room;

defined( 'ABSPATH' ) || exit;

/**
 * Translated strings and sentence templates of webinars/public.
 *
 * @since 0.2.0
 */
final class Strings {

	/**
	 * Day counts whose plural form the browser matches (Intl.PluralRules) to pick a template:
	 * together they cover every plural category of the languages WordPress ships.
	 */
	private const DAY_SAMPLES = array( 0, 1, 2, 3, 5, 11, 21, 22, 25, 100, 101, 102, 105 );

	/**
	 * What the view says while the room is in a status (scheduled: without a usable start time).
	 *
	 * @since 0.2.0
	 *
	 * @param string $status Room status.
	 */
	public static function status( string $status ): string {
		switch ( $status ) {
			case Room::STATUS_LIVE:
				return __( 'Live now', 'webinars' );
			case Room::STATUS_PAUSED:
				return __( 'The webinar is paused. It will resume shortly.', 'webinars' );
			case Room::STATUS_ENDED:
			case Room::STATUS_ARCHIVED:
				return __( 'This webinar has ended', 'webinars' );
			default:
				return __( 'This webinar has not started yet.', 'webinars' );
		}
	}

	/**
	 * The polite announcement of a new status.
	 *
	 * @param string $status Room status.
	 */
	private static function announcement( string $status ): string {
		switch ( $status ) {
			case Room::STATUS_LIVE:
				return __( 'The webinar is live now.', 'webinars' );
			case Room::STATUS_PAUSED:
				return __( 'The webinar is paused.', 'webinars' );
			case Room::STATUS_ENDED:
			case Room::STATUS_ARCHIVED:
				return __( 'This webinar has ended.', 'webinars' );
			default:
				return __( 'The webinar has not started yet.', 'webinars' );
		}
	}

	/**
	 * "3 days, 04:05:06", "04:05:06" or "05:06": the time left, rounded up so it never shows
	 * 00:00 before the start.
	 *
	 * @since 0.2.0
	 *
	 * @param int $seconds Seconds left.
	 */
	public static function countdown( int $seconds ): string {
		$seconds = max( 0, $seconds );
		$days    = intdiv( $seconds, 86400 );
		$hours   = intdiv( $seconds % 86400, 3600 );
		$minutes = intdiv( $seconds % 3600, 60 );
		$clock   = $days > 0 || $hours > 0
			? sprintf( '%02d:%02d:%02d', $hours, $minutes, $seconds % 60 )
			: sprintf( '%02d:%02d', $minutes, $seconds % 60 );
		return 0 === $days ? $clock : sprintf( self::days( $days ), $days, $clock );
	}

	/**
	 * The "N days, clock" template for a day count.
	 *
	 * @param int $days Days.
	 */
	private static function days( int $days ): string {
		/* translators: 1: number of days, 2: hours:minutes:seconds. */
		return _n( '%1$d day, %2$s', '%1$d days, %2$s', $days, 'webinars' );
	}

	/**
	 * The strings the store needs, for wp_interactivity_state().
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, mixed>
	 */
	public static function for_store(): array {
		$status       = array();
		$announcement = array();
		foreach ( Room::STATUSES as $name ) {
			$status[ $name ]       = self::status( $name );
			$announcement[ $name ] = self::announcement( $name );
		}
		$days = array();
		foreach ( self::DAY_SAMPLES as $count ) {
			$days[ (string) $count ] = self::days( $count );
		}
		return array(
			'status'       => $status,
			'announcement' => $announcement,
			'days'         => $days,
			/* translators: %s: time left, e.g. "2 days, 03:04:05". */
			'startsIn'     => __( 'Starts in %s', 'webinars' ),
			'startingSoon' => __( 'Starting soon…', 'webinars' ),
			/* translators: %s: the start time in the viewer's time zone, e.g. "19:00". */
			'yourTime'     => __( '%s your time', 'webinars' ),
			/* translators: %s: the call to action's text. */
			'newOffer'     => __( 'New offer: %s', 'webinars' ),
			'offerGone'    => __( 'The offer is no longer shown.', 'webinars' ),
		);
	}
}
