<?php
/**
 * The attendee view's server render: what a guest, an attendee and a join-token holder get in
 * the first paint, the start time in the webinar's zone, and the editor preview.
 *
 * @package Webinars
 */

// phpcs:disable WordPress.Security.NonceVerification.Recommended -- The test plays the request.

namespace Webinars\Tests\PublicUi;

use Webinars\Contracts\Hooks;
use Webinars\Contracts\Webinar;
use Webinars\Tests\Room\RoomTestCase;

/**
 * Render tests of webinars/public.
 */
final class AttendeeViewTest extends RoomTestCase {

	/**
	 * The view renders from the webinar Core describes; until Core's filter exists, the test
	 * describes it the documented way.
	 */
	public function set_up(): void {
		parent::set_up();
		if ( ! has_filter( Hooks::WEBINARS_WEBINAR ) ) {
			add_filter(
				Hooks::WEBINARS_WEBINAR,
				static function ( $found, $id ) {
					$post = get_post( (int) $id );
					if ( null !== $found || ! $post || Webinar::POST_TYPE !== $post->post_type ) {
						return $found;
					}
					$zone = (string) get_post_meta( $post->ID, Webinar::META_TIMEZONE, true );
					return array(
						'id'        => $post->ID,
						'title'     => get_the_title( $post ),
						'permalink' => (string) get_permalink( $post ),
						'status'    => $post->post_status,
						'starts_at' => (string) get_post_meta( $post->ID, Webinar::META_STARTS_AT, true ),
						'timezone'  => '' !== $zone ? $zone : wp_timezone_string(),
					);
				},
				10,
				2
			);
		}
		update_option( 'date_format', 'j F Y' );
		update_option( 'time_format', 'H:i' );
		unset( $_GET['wt'] );
	}

	/**
	 * Clears the request.
	 */
	public function tear_down(): void {
		unset( $_GET['wt'] );
		parent::tear_down();
	}

	/**
	 * Renders the block as the current user.
	 *
	 * @param array<string, mixed> $attributes Attributes.
	 */
	private function render( array $attributes = array() ): string {
		$attributes = array_merge( array( 'webinarId' => $this->webinar ), $attributes );
		return do_blocks( '<!-- wp:webinars/public ' . wp_json_encode( $attributes ) . ' /-->' );
	}

	/**
	 * The data-wp-context of a render.
	 *
	 * @param string $html Output.
	 * @return array<string, mixed>
	 */
	private function context( string $html ): array {
		$this->assertSame( 1, preg_match( "/data-wp-context='([^']*)'/", $html, $match ), $html );
		$context = json_decode( html_entity_decode( $match[1], ENT_QUOTES ), true );
		$this->assertIsArray( $context );
		return $context;
	}

	/**
	 * The room as it is once the organizer showed the CTA (what Core's state filter then says;
	 * the render reads nothing else).
	 */
	private function show_cta(): void {
		add_filter(
			Hooks::WEBINARS_ROOM_STATE,
			static function ( $state ) {
				if ( ! is_array( $state ) ) {
					return $state;
				}
				$state['version'] = (int) $state['version'] + 1;
				$state['cta']     = array(
					'visible' => true,
					'text'    => 'Get the course',
					'label'   => 'Buy now',
					'url'     => 'https://example.org/buy',
				);
				return $state;
			},
			20
		);
	}

	/**
	 * A logged-out visitor: a way in, no key, no live status, no CTA.
	 */
	public function test_guest_gets_a_login_link_and_nothing_to_poll(): void {
		$this->show_cta();
		wp_set_current_user( 0 );
		$html = $this->render();
		$this->assertStringContainsString( 'The live status is shown to registered attendees.', $html );
		$this->assertMatchesRegularExpression( '#<a class="webinars-public__login" href="[^"]*wp-login\.php[^"]*">Log in</a>#', $html );
		$context = $this->context( $html );
		$this->assertFalse( $context['following'] );
		$this->assertSame( '', $context['key'] );
		$this->assertStringNotContainsString( 'Get the course', $html );
		$this->assertStringNotContainsString( 'webinars-public__status', $html );
	}

	/**
	 * A logged-in attendee: the key, the real version and the visible CTA in the first paint.
	 */
	public function test_attendee_gets_key_version_and_cta(): void {
		$this->show_cta();
		$this->as_user( $this->users['attendee'] );
		$html    = $this->render();
		$context = $this->context( $html );
		$this->assertTrue( $context['following'] );
		$this->assertMatchesRegularExpression( '/^[0-9a-f]{64}$/', $context['key'] );
		$this->assertSame( $this->state()['version'], $context['version'] );
		$this->assertTrue( $context['cta']['visible'] );
		$this->assertStringContainsString( 'data-wp-interactive="webinars/public"', $html );
		$this->assertStringContainsString( '>Get the course</p>', $html );
		$this->assertStringContainsString( 'href="https://example.org/buy"', $html );
		$this->assertStringNotContainsString( 'Log in', $html );
	}

	/**
	 * Defect 10: a join-token holder's page withholds the CTA, so it claims version 0.
	 */
	public function test_token_holder_first_paint_claims_no_version(): void {
		$this->show_cta();
		$this->assertGreaterThan( 0, $this->state()['version'] );
		wp_set_current_user( 0 );
		$_GET['wt'] = apply_filters( Hooks::WEBINARS_ISSUE_JOIN_TOKEN, '', $this->webinar, 'lead:42', HOUR_IN_SECONDS );
		$html       = $this->render();
		$context    = $this->context( $html );
		$this->assertTrue( $context['following'] );
		$this->assertSame( 0, $context['version'] );
		$this->assertFalse( $context['known'] );
		$this->assertFalse( $context['cta']['visible'] );
		$this->assertSame( '', $context['key'] );
		$this->assertSame( $_GET['wt'], $context['token'] );
		$this->assertStringNotContainsString( 'Get the course', $html );
	}

	/**
	 * Defect 4: the start time once, in the webinar's zone, the zone named.
	 */
	public function test_start_time_in_the_webinars_zone(): void {
		update_post_meta( $this->webinar, Webinar::META_STARTS_AT, '2026-12-01T18:00:00+01:00' );
		update_post_meta( $this->webinar, Webinar::META_TIMEZONE, 'Europe/Berlin' );
		$this->as_user( $this->users['attendee'] );
		$html = $this->render();
		$this->assertStringContainsString( '<time datetime="2026-12-01T17:00:00+00:00">1 December 2026 18:00 CET (Europe/Berlin)</time>', $html );
		$this->assertSame( 'Europe/Berlin', $this->context( $html )['zone'] );
	}

	/**
	 * The editor's preview is the real (scheduled) state, labelled, and does not poll.
	 */
	public function test_editor_preview_shows_the_real_state(): void {
		$this->as_user( $this->users['admin'] );
		$html    = $this->render( array( 'preview' => true ) );
		$context = $this->context( $html );
		$this->assertStringContainsString( '>Preview</p>', $html );
		$this->assertFalse( $context['following'] );
		$this->assertSame( 'scheduled', $context['status'] );
		$this->assertStringNotContainsString( 'Live now', $html );
		$this->assertStringNotContainsString( 'webinars-public__cta-text" data-wp-text="context.cta.text" data-wp-bind--hidden="!context.cta.text">', $html );
	}
}
