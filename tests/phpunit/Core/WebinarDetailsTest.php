<?php
/**
 * The webinars_webinar filter: one value with what other modules may know about a webinar.
 *
 * @package Webinars
 */

namespace Webinars\Tests\Core;

use Webinars\Contracts\Hooks;
use Webinars\Contracts\Webinar;
use Webinars\Tests\TestCase;

/**
 * Tests for Core's WebinarDetails.
 */
final class WebinarDetailsTest extends TestCase {

	/**
	 * A webinar's details, with the site's time zone when it has none of its own.
	 */
	public function test_answers_a_webinar(): void {
		update_option( 'timezone_string', 'Europe/Berlin' );
		$organizer = $this->create_user( 'webinars_organizer' );
		$speaker   = $this->create_user( 'webinars_speaker' );
		$id        = $this->create_post(
			array(
				'post_type'   => Webinar::POST_TYPE,
				'post_title'  => 'Launch',
				'post_author' => $organizer,
				'meta_input'  => array(
					Webinar::META_STARTS_AT  => '2026-12-01T18:00:00+01:00',
					Webinar::META_TYPE       => Webinar::TYPE_LIVE,
					Webinar::META_ORGANIZERS => array( $organizer ),
					Webinar::META_SPEAKERS   => array( $speaker, $speaker ),
					Webinar::META_CTA_TEXT   => 'Get the course',
					Webinar::META_CTA_LABEL  => 'Buy now',
					Webinar::META_CTA_URL    => 'https://example.org/buy',
				),
			)
		);

		$this->assertSame(
			array(
				'id'            => $id,
				'title'         => 'Launch',
				'permalink'     => get_permalink( $id ),
				'status'        => 'publish',
				'type'          => Webinar::TYPE_LIVE,
				'starts_at'     => '2026-12-01T18:00:00+01:00',
				'timezone'      => 'Europe/Berlin',
				'cta'           => array(
					'text'  => 'Get the course',
					'label' => 'Buy now',
					'url'   => 'https://example.org/buy',
				),
				'organizers'    => array( $organizer ),
				'speakers'      => array( $speaker ),
				'author'        => $organizer,
				'stream_url'    => '',
				'recording_url' => '',
				'media'         => array(
					'stream'    => null,
					'recording' => null,
				),
			),
			apply_filters( Hooks::WEBINARS_WEBINAR, null, $id )
		);

		update_post_meta( $id, Webinar::META_TIMEZONE, 'America/New_York' );
		$this->assertSame( 'America/New_York', apply_filters( Hooks::WEBINARS_WEBINAR, null, $id )['timezone'] );
	}

	/**
	 * Anything else is null, without a warning, whatever the id looks like.
	 */
	public function test_null_for_anything_else(): void {
		foreach ( array( $this->create_post(), 0, -1, 999999, 'abc', array( 1 ), null ) as $id ) {
			$this->assertNull( apply_filters( Hooks::WEBINARS_WEBINAR, null, $id ), (string) wp_json_encode( $id ) );
		}
	}
}
