<?php
/**
 * GET /webinars/v1/webinars/{id}/calendar.ics: public for published, scheduled webinars; an RFC
 * 5545 body (UID, DTSTAMP, DTSTART in UTC, SUMMARY, URL; escaped text; folded lines; CRLF).
 *
 * @package Webinars
 */

namespace Webinars\Tests\Registration;

use Webinars\Contracts\Webinar;
use Webinars\Modules\IntegrationWebForm\Calendar;

/**
 * The calendar route.
 */
final class CalendarTest extends RegistrationTestCase {

	/**
	 * The body of a published webinar, anonymously.
	 */
	public function test_the_ics_body(): void {
		$response = $this->rest( 'GET', '/webinars/v1/webinars/' . $this->webinar . '/calendar.ics', null, 0 );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 'text/calendar; charset=utf-8', $response->get_headers()['Content-Type'] );
		$body = (string) $response->get_data();
		$this->assertStringStartsWith( "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", $body );
		$this->assertStringEndsWith( "END:VEVENT\r\nEND:VCALENDAR\r\n", $body );
		$this->assertSame( 0, preg_match( "/(?<!\r)\n/", $body ), 'Every line ends in CRLF.' );
		$this->assertStringContainsString( "\r\nDTSTART:20300115T070000Z\r\n", $body );
		$this->assertStringContainsString( "\r\nDTEND:20300115T080000Z\r\n", $body );
		$this->assertMatchesRegularExpression( "/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/", $body );
		$this->assertMatchesRegularExpression( "/\r\nUID:webinar-{$this->webinar}-\d+@[^\r]+\r\n/", $body );
		$this->assertStringContainsString( "\r\nSUMMARY:Growth\\, Q&A\\; 2027\r\n", $body );
		$this->assertStringContainsString( "\r\nURL:" . get_permalink( $this->webinar ) . "\r\n", $body );
		foreach ( explode( "\r\n", $body ) as $line ) {
			$this->assertLessThanOrEqual( 75, strlen( $line ), $line );
		}
	}

	/**
	 * Escaping and folding by themselves: backslashes, newlines, and no UTF-8 character split.
	 */
	public function test_escaping_and_folding(): void {
		$this->assertSame( 'a\\\\b\\nc\\;d\\,e', Calendar::text( "a\\b\nc;d,e" ) );
		$line   = 'SUMMARY:' . str_repeat( 'Вебинар ', 30 );
		$folded = Calendar::fold( $line );
		$parts  = explode( "\r\n", $folded );
		$this->assertGreaterThan( 1, count( $parts ) );
		foreach ( $parts as $i => $part ) {
			$this->assertLessThanOrEqual( 75, strlen( $part ) );
			$this->assertTrue( mb_check_encoding( $part, 'UTF-8' ), 'No character split.' );
			if ( $i > 0 ) {
				$this->assertSame( ' ', $part[0] );
			}
		}
		$this->assertSame( $line, implode( '', array_map( static fn( $p, $i ) => $i > 0 ? substr( $p, 1 ) : $p, $parts, array_keys( $parts ) ) ) );
	}

	/**
	 * Unknown, draft and unscheduled webinars: 404.
	 */
	public function test_only_published_scheduled_webinars(): void {
		$draft       = $this->create_post(
			array(
				'post_type'   => Webinar::POST_TYPE,
				'post_status' => 'draft',
				'meta_input'  => array( Webinar::META_STARTS_AT => '2030-01-15T10:00:00Z' ),
			)
		);
		$unscheduled = $this->create_post( array( 'post_type' => Webinar::POST_TYPE ) );
		foreach ( array( 999999, $draft, $unscheduled ) as $id ) {
			$this->assertSame( 404, $this->rest( 'GET', '/webinars/v1/webinars/' . $id . '/calendar.ics', null, 0 )->get_status(), (string) $id );
		}
	}
}
