<?php
/**
 * Issue 7 item 9, the live stream: Core maps stream and recording URLs to players without the
 * network; webinars_webinar carries them; participants get them (in the render when logged in,
 * through /me with a join token) and only the player the status shows; the shared room state
 * never carries them.
 *
 * @package Webinars
 */

// phpcs:disable WordPress.Security.NonceVerification.Recommended -- The test plays the request.

namespace Webinars\Tests\Stream;

use Webinars\Contracts\Hooks;
use Webinars\Contracts\Room;
use Webinars\Contracts\Webinar;
use Webinars\Tests\Room\RoomTestCase;

/**
 * The stream and the recording.
 */
final class StreamTest extends RoomTestCase {

	private const STREAM    = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10';
	private const RECORDING = 'https://cdn.example.org/rec/webinar.mp4';

	/**
	 * A webinar with a stream and a recording.
	 */
	public function set_up(): void {
		parent::set_up();
		update_post_meta( $this->webinar, Webinar::META_STREAM_URL, self::STREAM );
		update_post_meta( $this->webinar, Webinar::META_RECORDING_URL, self::RECORDING );
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
	 * The player webinars_webinar gives for a stream URL.
	 *
	 * @param string $url Stream URL.
	 * @return array<string, string>|null
	 */
	private function player( string $url ): ?array {
		update_post_meta( $this->other_webinar, Webinar::META_STREAM_URL, $url );
		$webinar = apply_filters( Hooks::WEBINARS_WEBINAR, null, $this->other_webinar );
		$this->assertIsArray( $webinar );
		return $webinar['media']['stream'];
	}

	/**
	 * YouTube (watch, youtu.be, live), Vimeo, video files and HLS map offline; others go to the
	 * filter; unsafe and unknown URLs play nothing.
	 */
	public function test_urls_map_to_players(): void {
		$yt = array(
			'kind' => 'embed',
			'src'  => 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
		);
		$this->assertSame( $yt, $this->player( self::STREAM ) );
		$this->assertSame( $yt, $this->player( 'https://youtu.be/dQw4w9WgXcQ?si=x' ) );
		$this->assertSame( $yt, $this->player( 'https://m.youtube.com/live/dQw4w9WgXcQ?feature=share' ) );
		$this->assertSame( 'https://player.vimeo.com/video/76979871', $this->player( 'https://vimeo.com/76979871' )['src'] ?? null );
		$this->assertSame( 'https://player.vimeo.com/video/76979871?h=abc123', $this->player( 'https://vimeo.com/76979871/abc123' )['src'] ?? null );
		$this->assertSame( 'https://vimeo.com/event/42/embed', $this->player( 'https://vimeo.com/event/42' )['src'] ?? null );
		foreach ( array( 'https://x.test/a.mp4', 'https://x.test/a.WEBM', 'https://x.test/live/index.m3u8?token=1' ) as $url ) {
			$this->assertSame(
				array(
					'kind' => 'video',
					'src'  => $url,
				),
				$this->player( $url ),
				$url
			);
		}
		$this->assertNull( $this->player( 'https://example.org/page' ) );
		$this->assertNull( $this->player( 'javascript:alert(1)//.mp4' ) );
		$this->assertNull( $this->player( 'https://youtube.com/watch?v=<bad>' ) );
		$this->assertNull( $this->player( '' ) );

		add_filter(
			Hooks::WEBINARS_MEDIA_PLAYER,
			static function ( $player, $url ) {
				return str_contains( $url, 'twitch.tv' ) ? array(
					'kind' => 'embed',
					'src'  => 'https://player.twitch.tv/?channel=demo&parent=example.org',
				) : array(
					'kind' => 'embed',
					'src'  => 'javascript:alert(1)',
				);
			},
			10,
			2
		);
		$this->assertSame( 'https://player.twitch.tv/?channel=demo&parent=example.org', $this->player( 'https://www.twitch.tv/demo' )['src'] ?? null );
		$this->assertNull( $this->player( 'https://example.org/page' ), 'A filter answer without an http(s) source is dropped.' );
	}

	/**
	 * The webinars_webinar filter carries both URLs and both players; the meta is private (edit context).
	 */
	public function test_webinar_filter_carries_the_fields(): void {
		$webinar = apply_filters( Hooks::WEBINARS_WEBINAR, null, $this->webinar );
		$this->assertIsArray( $webinar );
		$this->assertSame( self::STREAM, $webinar['stream_url'] );
		$this->assertSame( self::RECORDING, $webinar['recording_url'] );
		$this->assertSame( 'embed', $webinar['media']['stream']['kind'] );
		$this->assertSame(
			array(
				'kind' => 'video',
				'src'  => self::RECORDING,
			),
			$webinar['media']['recording']
		);
		$this->assertFalse( Webinar::META[ Webinar::META_STREAM_URL ]['public'] );
		$this->assertFalse( Webinar::META[ Webinar::META_RECORDING_URL ]['public'] );
		update_post_meta( $this->webinar, Webinar::META_STREAM_URL, 'javascript:alert(1)' );
		$this->assertSame( '', get_post_meta( $this->webinar, Webinar::META_STREAM_URL, true ), 'Sanitized as stored.' );
	}

	/**
	 * Renders the attendee view and returns its context.
	 *
	 * @param string $html Set to the output.
	 * @return array<string, mixed>
	 */
	private function render( ?string &$html = null ): array {
		$html = do_blocks( '<!-- wp:webinars/public {"webinarId":' . $this->webinar . '} /-->' );
		$this->assertSame( 1, preg_match( "/data-wp-context='([^']*)'/", $html, $match ), $html );
		$context = json_decode( html_entity_decode( $match[1], ENT_QUOTES ), true );
		$this->assertIsArray( $context );
		return $context;
	}

	/**
	 * A logged-in participant: the players in the context, the iframe only while live, the
	 * recording once ended.
	 */
	public function test_logged_in_participant_gets_media_in_the_render(): void {
		$this->as_user( $this->users['attendee'] );
		$context = $this->render( $html );
		$this->assertSame( 'embed', $context['media']['stream']['kind'] );
		$this->assertSame( '', $context['player']['src'] );
		$this->assertStringNotContainsString( '<iframe', $html, 'No iframe before live.' );
		$this->assertStringContainsString( 'data-wp-watch="callbacks.player"', $html );

		$this->assertSame( 200, $this->set_status( Room::REQUEST_START, $this->users['speaker'] )->get_status() );
		$this->as_user( $this->users['attendee'] );
		$context = $this->render( $html );
		$this->assertSame( 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', $context['player']['src'] );
		$this->assertMatchesRegularExpression( '#<iframe title="Live stream: [^"]+" src="https://www\.youtube-nocookie\.com/embed/dQw4w9WgXcQ"#', $html );

		$this->assertSame( 200, $this->set_status( Room::REQUEST_STOP, $this->users['speaker'] )->get_status() );
		$this->as_user( $this->users['attendee'] );
		$context = $this->render( $html );
		$this->assertTrue( $context['player']['recording'] );
		$this->assertStringNotContainsString( '<iframe', $html );
		$this->assertStringContainsString( '<video controls playsinline preload="metadata" aria-label="Recording: ', $html );
	}

	/**
	 * A guest and a join-token holder get no media in the page (a token holder gets it from /me).
	 */
	public function test_guests_and_token_pages_carry_no_media(): void {
		$this->set_status( Room::REQUEST_START, $this->users['speaker'] );
		wp_set_current_user( 0 );
		$context = $this->render( $html );
		$this->assertNull( $context['media'] );
		$this->assertStringNotContainsString( 'youtube', $html );
		$this->assertStringNotContainsString( 'webinars-public__player', $html );
		$this->as_user( $this->users['subscriber'] ?? $this->create_user( 'subscriber' ) );
		$this->assertNull( $this->render()['media'], 'An account without webinars_attend is a guest.' );

		wp_set_current_user( 0 );
		$_GET['wt'] = apply_filters( Hooks::WEBINARS_ISSUE_JOIN_TOKEN, '', $this->webinar, 'lead:42', HOUR_IN_SECONDS );
		$context    = $this->render( $html );
		$this->assertNull( $context['media'] );
		$this->assertSame( '', $context['player']['src'] );
		$this->assertStringNotContainsString( 'youtube', $html );
	}

	/**
	 * /me gives a token holder and a logged-in participant the players; the shared state (the
	 * room key route) never does.
	 */
	public function test_me_has_media_the_shared_state_never(): void {
		$this->set_status( Room::REQUEST_START, $this->users['speaker'] );
		$token = (string) apply_filters( Hooks::WEBINARS_ISSUE_JOIN_TOKEN, '', $this->webinar, 'lead:42', HOUR_IN_SECONDS );
		$route = '/webinars/v1/rooms/' . $this->webinar;
		$me    = $this->rest( 'GET', $route . '/me', array( 'token' => $token ), 0 );
		$this->assertSame( 200, $me->get_status() );
		$data = $me->get_data();
		$this->assertSame( 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', $data['media']['stream']['src'] );
		$this->assertSame( self::RECORDING, $data['media']['recording']['src'] );
		$this->assertSame( array(), array_diff( array_keys( $data ), array_keys( Room::ME_SCHEMA['properties'] ) ) );

		$as_user = $this->rest( 'GET', $route . '/me', array(), $this->users['attendee'] )->get_data();
		$this->assertSame( 'embed', $as_user['media']['stream']['kind'] );

		$shared = $this->rest( 'GET', $route, array( 'key' => $data['room_key'] ), 0 );
		$this->assertSame( 200, $shared->get_status() );
		$json = (string) wp_json_encode( $shared->get_data() );
		$this->assertStringNotContainsString( 'youtube', $json );
		$this->assertStringNotContainsString( 'webinar.mp4', $json );
		$this->assertArrayNotHasKey( 'media', $shared->get_data() );

		delete_post_meta( $this->webinar, Webinar::META_STREAM_URL );
		$none = $this->rest( 'GET', $route . '/me', array( 'token' => $token ), 0 )->get_data();
		$this->assertNull( $none['media']['stream'] );
	}

	/**
	 * The speaker room carries the stream's player for its preview, and the edit link.
	 */
	public function test_speaker_room_previews_the_stream(): void {
		$this->as_user( $this->users['speaker'] );
		$html = do_blocks( '<!-- wp:webinars/room {"webinarId":' . $this->webinar . '} /-->' );
		$this->assertMatchesRegularExpression( '/data-stream="[^"]*youtube-nocookie\.com[^"]*"/', $html );
		$this->assertStringContainsString( 'data-edit-link=', $html );
	}
}
