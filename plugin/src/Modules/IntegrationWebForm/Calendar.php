<?php
/**
 * "Add to calendar": GET /webinars/v1/webinars/{id}/calendar.ics (public for published webinars,
 * text/calendar, RFC 5545: escaped text, lines folded at 75 octets, CRLF) and a Google Calendar link.
 * The event lasts an hour by default (webinars_calendar_minutes is not a contract hook: a constant).
 *
 * @package Webinars
 * @since   0.2.0
 */

namespace Webinars\Modules\IntegrationWebForm;

use Webinars\Contracts\Room;
use WP_Error;
use WP_HTTP_Response;
use WP_REST_Request;
use WP_REST_Response;

defined( 'ABSPATH' ) || exit;

/**
 * Calendar links.
 *
 * @since 0.2.0
 */
final class Calendar {

	private const MINUTES = 60;
	private const ROUTE   = '/webinars/v1/webinars/(?P<id>\d+)/calendar\.ics';

	/**
	 * Registers the route (rest_api_init).
	 *
	 * @since 0.2.0
	 */
	public function register(): void {
		register_rest_route(
			'webinars/v1',
			'/webinars/(?P<id>\d+)/calendar\.ics',
			array(
				'methods'             => 'GET',
				'callback'            => array( $this, 'respond' ),
				'permission_callback' => array( $this, 'permission' ),
				'args'                => array(
					'id' => array(
						'type'    => 'integer',
						'minimum' => 1,
					),
				),
			)
		);
	}

	/**
	 * Published webinars with a start time only (404 otherwise).
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function permission( WP_REST_Request $request ) {
		$id      = $request->get_param( 'id' );
		$webinar = is_numeric( $id ) ? Registration::webinar( (int) $id ) : null;
		if ( null === $webinar || null === self::start( $webinar ) ) {
			return new WP_Error( Room::ERROR_NOT_FOUND, __( 'There is no such scheduled webinar.', 'webinars' ), array( 'status' => 404 ) );
		}
		return true;
	}

	/**
	 * The .ics body (served raw by serve()).
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	public function respond( WP_REST_Request $request ): WP_REST_Response {
		$webinar  = (array) Registration::webinar( (int) $request->get_param( 'id' ) );
		$response = new WP_REST_Response( self::ics( $webinar ), 200 );
		$response->header( 'Content-Type', 'text/calendar; charset=utf-8' );
		$response->header( 'Content-Disposition', 'attachment; filename="webinar-' . (int) $webinar['id'] . '.ics"' );
		return $response;
	}

	/**
	 * The rest_pre_serve_request filter: our .ics body goes out as is, not as JSON.
	 *
	 * @since 0.2.0
	 *
	 * @param mixed           $served  Served already.
	 * @param mixed           $result  Result.
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	public static function serve( $served, $result, $request ): bool {
		if ( $served || ! $result instanceof WP_HTTP_Response || 200 !== $result->get_status() || ! is_string( $result->get_data() ) || 1 !== preg_match( '#^' . self::ROUTE . '$#', (string) $request->get_route() ) ) {
			return (bool) $served;
		}
		echo $result->get_data(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- a text/calendar body, escaped by RFC 5545 rules.
		return true;
	}

	/**
	 * The RFC 5545 calendar of a webinar.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $webinar From webinars_webinar.
	 */
	public static function ics( array $webinar ): string {
		$start = (int) self::start( $webinar );
		$host  = (string) wp_parse_url( home_url(), PHP_URL_HOST );
		$lines = array(
			'BEGIN:VCALENDAR',
			'VERSION:2.0',
			'PRODID:-//Webinars//WordPress//EN',
			'CALSCALE:GREGORIAN',
			'METHOD:PUBLISH',
			'BEGIN:VEVENT',
			'UID:webinar-' . (int) $webinar['id'] . '-' . $start . '@' . $host,
			'DTSTAMP:' . gmdate( 'Ymd\THis\Z' ),
			'DTSTART:' . gmdate( 'Ymd\THis\Z', $start ),
			'DTEND:' . gmdate( 'Ymd\THis\Z', $start + self::MINUTES * MINUTE_IN_SECONDS ),
			'SUMMARY:' . self::text( (string) $webinar['title'] ),
			'URL:' . (string) $webinar['permalink'],
			'DESCRIPTION:' . self::text( (string) $webinar['permalink'] ),
			'END:VEVENT',
			'END:VCALENDAR',
		);
		return implode( "\r\n", array_map( array( self::class, 'fold' ), $lines ) ) . "\r\n";
	}

	/**
	 * A Google Calendar "add event" link, or '' without a start time.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $webinar From webinars_webinar.
	 */
	public static function google_url( array $webinar ): string {
		$start = self::start( $webinar );
		if ( null === $start ) {
			return '';
		}
		return add_query_arg(
			array(
				'action'  => 'TEMPLATE',
				'text'    => rawurlencode( wp_specialchars_decode( (string) $webinar['title'], ENT_QUOTES ) ),
				'dates'   => gmdate( 'Ymd\THis\Z', $start ) . '/' . gmdate( 'Ymd\THis\Z', $start + self::MINUTES * MINUTE_IN_SECONDS ),
				'details' => rawurlencode( (string) $webinar['permalink'] ),
			),
			'https://calendar.google.com/calendar/render'
		);
	}

	/**
	 * RFC 5545 TEXT escaping (3.3.11).
	 *
	 * @since 0.2.0
	 *
	 * @param string $text Text.
	 */
	public static function text( string $text ): string {
		$text = wp_specialchars_decode( $text, ENT_QUOTES );
		return str_replace( array( '\\', ';', ',', "\r\n", "\n", "\r" ), array( '\\\\', '\;', '\,', '\n', '\n', '\n' ), $text );
	}

	/**
	 * RFC 5545 line folding (3.1): at most 75 octets a line, never inside a UTF-8 character.
	 *
	 * @since 0.2.0
	 *
	 * @param string $line Content line.
	 */
	public static function fold( string $line ): string {
		$out    = '';
		$limit  = 75;
		$length = strlen( $line );
		while ( $length > $limit ) {
			$cut = $limit;
			while ( $cut > 0 && 0x80 === ( ord( $line[ $cut ] ) & 0xC0 ) ) {
				--$cut; // Do not split a multi-byte character.
			}
			$out   .= substr( $line, 0, $cut ) . "\r\n ";
			$line   = substr( $line, $cut );
			$length = strlen( $line );
			$limit  = 74; // The leading space counts.
		}
		return $out . $line;
	}

	/**
	 * The start as a Unix time, or null.
	 *
	 * @param array<string, mixed> $webinar Webinar.
	 */
	private static function start( array $webinar ): ?int {
		$time = '' !== (string) ( $webinar['starts_at'] ?? '' ) ? strtotime( (string) $webinar['starts_at'] ) : false;
		return false === $time ? null : $time;
	}
}
