<?php
/**
 * Presence: who is in which room now, for "attendees now". Only attendees count: organizers,
 * speakers and administrators in the room are not its audience, so their heartbeats are not kept.
 *
 * @package Webinars
 */

namespace Webinars\Modules\Core;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- our own table; a live figure.

/**
 * Records presence and counts attendees.
 *
 * @since 0.2.0
 */
final class Presence {

	/**
	 * Seconds a participant counts as present after their last heartbeat.
	 *
	 * @since 0.2.0
	 */
	public const WINDOW = 30;

	/**
	 * Seconds within which a repeated heartbeat writes nothing.
	 */
	private const RESOLUTION = 10;

	/**
	 * The webinars_room_presence action: the participant is in the room now. Writes at most once
	 * per 10 s per participant (the UPDATE skips a fresh row).
	 *
	 * @since 0.1.0
	 * @since 0.2.0 The third argument: only attendees are recorded.
	 *
	 * @param int|mixed    $webinar_id  Webinar.
	 * @param string|mixed $participant Participant key (user:5, lead:7, …).
	 * @param bool         $is_attendee Whether the participant is in the audience (not an organizer,
	 *                                  speaker or administrator). Callers of 0.1.0 did not say: true.
	 */
	public function presence( $webinar_id, $participant, $is_attendee = true ): void {
		global $wpdb;
		$webinar_id = is_numeric( $webinar_id ) ? (int) $webinar_id : 0;
		if ( ! $is_attendee || $webinar_id <= 0 || ! is_scalar( $participant ) ) {
			return;
		}
		$table       = Tables::presence();
		$participant = substr( (string) $participant, 0, 64 );
		$now         = time();
		$inserted    = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (webinar_id, participant, last_seen) VALUES (%d, %s, %s)", $webinar_id, $participant, gmdate( 'Y-m-d H:i:s', $now ) ) );
		if ( ! $inserted ) {
			$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET last_seen = %s WHERE webinar_id = %d AND participant = %s AND last_seen < %s", gmdate( 'Y-m-d H:i:s', $now ), $webinar_id, $participant, gmdate( 'Y-m-d H:i:s', $now - self::RESOLUTION ) ) );
		}
	}

	/**
	 * The webinars_room_attendance filter: attendees seen in the presence window.
	 *
	 * @since 0.1.0
	 *
	 * @param int|null  $count      Count from an earlier filter.
	 * @param int|mixed $webinar_id Webinar.
	 */
	public function attendance( $count, $webinar_id = 0 ): int {
		global $wpdb;
		if ( null !== $count ) {
			return (int) $count;
		}
		$table = Tables::presence();
		return (int) $wpdb->get_var(
			$wpdb->prepare(
				"SELECT COUNT(*) FROM {$table} WHERE webinar_id = %d AND last_seen >= %s",
				is_numeric( $webinar_id ) ? (int) $webinar_id : 0,
				gmdate( 'Y-m-d H:i:s', time() - self::WINDOW )
			)
		);
	}
}
