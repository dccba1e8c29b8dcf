<?php
/**
 * The start time as people and the list read it. The stored start is an ISO 8601 moment with the
 * webinar's own offset, which does not sort across time zones as text ("18:00+03:00" is before
 * "16:00+00:00"): Core keeps a derived UTC copy (Webinar::META_STARTS_AT_UTC) as the sort key.
 *
 * @package Webinars
 */

namespace Webinars\Modules\Core\Admin;

use DateTimeImmutable;
use DateTimeZone;
use Exception;
use Webinars\Contracts\Webinar;

defined( 'ABSPATH' ) || exit;

/**
 * Derived UTC sort key and the zoned display of a webinar's start.
 *
 * @since 0.2.0
 */
final class StartsAt {

	/**
	 * Keeps the sort key in step with the start time.
	 *
	 * @since 0.2.0
	 */
	public function register(): void {
		foreach ( array( 'added_post_meta', 'updated_post_meta', 'deleted_post_meta' ) as $action ) {
			add_action( $action, array( $this, 'meta_changed' ), 10, 3 );
		}
		add_filter( 'is_protected_meta', array( $this, 'is_protected' ), 10, 2 );
	}

	/**
	 * The is_protected_meta filter: the derived key stays out of the Custom Fields box (editing
	 * it by hand would only mis-sort the list).
	 *
	 * @since 0.2.0
	 *
	 * @param bool   $is_protected Whether the key is protected.
	 * @param string $meta_key     Meta key.
	 */
	public function is_protected( $is_protected, $meta_key ): bool {
		return Webinar::META_STARTS_AT_UTC === $meta_key || (bool) $is_protected;
	}

	/**
	 * The added_post_meta / updated_post_meta / deleted_post_meta actions: keeps the UTC copy in
	 * step with the start time, however it was written (REST, wp_insert_post, update_post_meta).
	 *
	 * @since 0.2.0
	 *
	 * @param int|int[] $meta_id   Meta ID(s).
	 * @param int       $object_id Post ID.
	 * @param string    $meta_key  Meta key.
	 */
	public function meta_changed( $meta_id, $object_id, $meta_key ): void {
		if ( Webinar::META_STARTS_AT !== $meta_key || Webinar::POST_TYPE !== get_post_type( (int) $object_id ) ) {
			return;
		}
		self::index( (int) $object_id );
	}

	/**
	 * Writes (or removes) the UTC copy of a webinar's start.
	 *
	 * @since 0.2.0
	 *
	 * @param int $webinar_id Webinar.
	 * @return string The UTC value ('' when the start is not set or not a time).
	 */
	public static function index( int $webinar_id ): string {
		$utc = self::utc( (string) get_post_meta( $webinar_id, Webinar::META_STARTS_AT, true ) );
		if ( '' === $utc ) {
			delete_post_meta( $webinar_id, Webinar::META_STARTS_AT_UTC );
		} else {
			update_post_meta( $webinar_id, Webinar::META_STARTS_AT_UTC, $utc );
		}
		return $utc;
	}

	/**
	 * An ISO 8601 moment as "Y-m-d H:i:s" in UTC (sorts as text); '' when not a time.
	 *
	 * @since 0.2.0
	 *
	 * @param string $iso The moment.
	 */
	public static function utc( string $iso ): string {
		$moment = self::parse( $iso );
		return null === $moment ? '' : $moment->setTimezone( new DateTimeZone( 'UTC' ) )->format( 'Y-m-d H:i:s' );
	}

	/**
	 * The start in the webinar's zone, with the zone named: "3 Dec 2026, 18:00 CET (Europe/Berlin)".
	 *
	 * @since 0.2.0
	 *
	 * @param string $iso  The moment.
	 * @param string $zone IANA name; the site's when empty or unknown.
	 * @return string '' when the start is not set or not a time.
	 */
	public static function display( string $iso, string $zone ): string {
		$moment = self::parse( $iso );
		if ( null === $moment ) {
			return '';
		}
		try {
			$timezone = new DateTimeZone( '' === $zone ? wp_timezone_string() : $zone );
		} catch ( Exception $e ) {
			$timezone = wp_timezone();
		}
		$name = $timezone->getName();
		if ( 1 === preg_match( '/^[+-]\d{2}:\d{2}$/', $name ) ) {
			// A manual offset (Settings → General "UTC+3") has no abbreviation nor IANA name.
			$timezone = new DateTimeZone( $name );
			$name     = '+00:00' === $name || '-00:00' === $name ? 'UTC' : 'UTC' . $name;
			/* translators: Date format of a webinar's start in the Webinars list, see https://www.php.net/manual/datetime.format.php */
			$format = _x( 'j M Y, H:i', 'webinar start without a zone', 'webinars' );
			return wp_date( $format, $moment->getTimestamp(), $timezone ) . ' ' . $name;
		}
		/* translators: Date format of a webinar's start in the Webinars list, see https://www.php.net/manual/datetime.format.php ("T" is the zone's abbreviation). */
		$format = _x( 'j M Y, H:i T', 'webinar start', 'webinars' );
		$shown  = (string) wp_date( $format, $moment->getTimestamp(), $timezone );
		if ( $timezone->getName() === wp_date( 'T', $moment->getTimestamp(), $timezone ) ) {
			return $shown; // "UTC (UTC)" says it twice.
		}
		/* translators: 1: date and time with the zone's abbreviation, 2: IANA time zone name (Europe/Berlin). */
		return sprintf( __( '%1$s (%2$s)', 'webinars' ), $shown, $name );
	}

	/**
	 * Parses an ISO 8601 moment (with its offset).
	 *
	 * @param string $iso The moment.
	 */
	private static function parse( string $iso ): ?DateTimeImmutable {
		if ( '' === $iso ) {
			return null;
		}
		try {
			return new DateTimeImmutable( $iso );
		} catch ( Exception $e ) {
			return null;
		}
	}
}
