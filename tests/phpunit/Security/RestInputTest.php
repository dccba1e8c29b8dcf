<?php
/**
 * Issue 6 items 11, 12 and the missing key of 14: hostile parameters. Arrays where strings are
 * expected never raise a PHP warning (also not in rest_send_allow_header(), which calls every
 * permission callback of a route with unvalidated input) and answer a clean 4xx; ids past the
 * contract's maximum are a 400 and change nothing; a missing room key is a 401.
 *
 * @package Webinars
 */

namespace Webinars\Tests\Security;

use Webinars\Contracts\Hooks;
use Webinars\Contracts\Room;
use WP_REST_Request;
use WP_REST_Response;

/**
 * Hostile input.
 */
final class RestInputTest extends SecurityTestCase {

	/**
	 * Dispatches like serve_request() does, rest_post_dispatch included (so the Allow header is
	 * computed from the permission callbacks, with the raw request).
	 *
	 * @param string               $method Method.
	 * @param string               $route  Route.
	 * @param array<string, mixed> $query  Query parameters.
	 * @param array<string, mixed> $body   JSON body.
	 */
	private function serve( string $method, string $route, array $query = array(), array $body = array() ): WP_REST_Response {
		$request = new WP_REST_Request( $method, $route );
		$request->set_query_params( $query );
		if ( array() !== $body ) {
			$request->set_header( 'Content-Type', 'application/json' );
			$request->set_body( (string) wp_json_encode( $body ) );
			$request->set_body_params( $body );
		}
		$server   = rest_get_server();
		$response = rest_ensure_response( $server->dispatch( $request ) );
		return rest_ensure_response( apply_filters( 'rest_post_dispatch', $response, $server, $request ) ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's own hook, as serve_request() applies it.
	}

	/**
	 * Arrays in the key, the token and the webinar id: a 4xx, no warning, as any caller.
	 */
	public function test_array_parameters_are_a_clean_4xx_without_warnings(): void {
		$room   = '/webinars/v1/rooms/' . $this->webinar;
		$cases  = array(
			array( 'GET', $room, array( 'key' => array( 'x' ) ), array() ),
			array( 'GET', $room . '/me', array( 'token' => array( 'x' ) ), array() ),
			array(
				'POST',
				'/webinars/v1/actions/' . Hooks::CORE_WEBINAR_SET_STATUS,
				array(),
				array(
					'webinar_id' => array( 1 ),
					'status'     => Room::REQUEST_START,
				),
			),
			array(
				'POST',
				'/webinars/v1/actions/' . Hooks::CORE_WEBINAR_SET_CTA_VISIBILITY,
				array(),
				array(
					'webinar_id' => array( $this->webinar ),
					'visible'    => array( true ),
				),
			),
		);
		$before = $this->state();
		foreach ( array( 0, $this->users['attendee'], $this->users['admin'] ) as $user_id ) {
			wp_set_current_user( $user_id );
			foreach ( $cases as list( $method, $route, $query, $body ) ) {
				$response = $this->without_warnings(
					function () use ( $method, $route, $query, $body ) {
						return $this->serve( $method, $route, $query, $body );
					}
				);
				$status   = $response->get_status();
				$this->assertGreaterThanOrEqual( 400, $status, "$method $route as $user_id" );
				$this->assertLessThan( 500, $status, "$method $route as $user_id" );
			}
		}
		$this->assertSame( $before, $this->state() );
	}

	/**
	 * An id past 2^53 (which wrapped around to 4096 as a PHP integer) is a 400 in the body and in
	 * the URL, and nothing fires.
	 */
	public function test_out_of_range_ids_are_a_400(): void {
		$huge   = '18446744073709555712';
		$fired  = did_action( Hooks::CORE_WEBINAR_SET_STATUS );
		$before = $this->state();
		$body   = '{"webinar_id":' . $huge . ',"status":"' . Room::REQUEST_START . '"}';

		wp_set_current_user( $this->users['admin'] );
		$request = new WP_REST_Request( 'POST', '/webinars/v1/actions/' . Hooks::CORE_WEBINAR_SET_STATUS );
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_body( $body );
		$command = rest_ensure_response( rest_do_request( $request ) );
		$this->assertSame( 400, $command->get_status(), (string) wp_json_encode( $command->get_data() ) );
		$this->assertSame( 'rest_invalid_param', $command->get_data()['code'] );

		$key = apply_filters( Hooks::WEBINARS_ROOM_KEY, '', 4096 );
		$this->assertSame( 400, $this->rest( 'GET', '/webinars/v1/rooms/' . $huge, array( 'key' => $key ) )->get_status() );
		$this->assertSame( 400, $this->rest( 'GET', '/webinars/v1/rooms/' . $huge . '/me' )->get_status() );
		$this->assertSame( 400, $this->rest( 'GET', '/webinars/v1/rooms/9007199254740992/me' )->get_status(), 'One past the maximum.' );

		$this->assertSame( $fired, did_action( Hooks::CORE_WEBINAR_SET_STATUS ) );
		$this->assertSame( $before, $this->state() );
	}

	/**
	 * The shared state without a key: 401 with the contract's code (not 400
	 * rest_missing_callback_param), like a wrong key.
	 */
	public function test_missing_room_key_is_a_401(): void {
		$route   = '/webinars/v1/rooms/' . $this->webinar;
		$missing = $this->rest( 'GET', $route, null, 0 );
		$this->assertSame( 401, $missing->get_status() );
		$this->assertSame( Room::ERROR_UNAUTHENTICATED, $missing->get_data()['code'] );
		$this->assertSame( 401, $this->rest( 'GET', $route, array( 'key' => str_repeat( 'a', 64 ) ), 0 )->get_status() );
		$this->assertSame( 400, $this->rest( 'GET', $route, array( 'key' => 'not-hex' ), 0 )->get_status(), 'A malformed key is still a 400.' );
	}
}
