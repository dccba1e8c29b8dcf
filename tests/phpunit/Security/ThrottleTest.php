<?php
/**
 * Issue 6 items 14 and 15 (throttling): the limits and the room-state switch go through their
 * generated hook names, commands have a default limit, the client address goes through
 * webinars_client_ip and is never stored raw; the counters table is declared to the schema routine.
 *
 * @package Webinars
 */

namespace Webinars\Tests\Security;

use Webinars\Contracts\Hooks;

/**
 * Per-client limits.
 */
final class ThrottleTest extends SecurityTestCase {

	/**
	 * The defaults include a command limit of 20 per 10 s.
	 */
	public function test_default_limits_include_commands(): void {
		$limits = null;
		add_filter(
			Hooks::WEBINARS_THROTTLE_LIMITS,
			static function ( $given ) use ( &$limits ) {
				$limits = $given;
				return $given;
			}
		);
		$this->rest( 'GET', '/webinars/v1/rooms/' . $this->webinar . '/me', null, $this->users['attendee'] );
		$this->assertIsArray( $limits );
		$this->assertSame( array( 20, 10 ), $limits['command'] );
		$this->assertSame( array( 20, 10 ), $limits['me'] );
		$this->assertSame( array( 30, 10 ), $limits['room'] );
	}

	/**
	 * The shared route counts per address as webinars_client_ip reports it (a proxy setup
	 * forwards the real one), and stores only a hash of it.
	 */
	public function test_room_state_is_throttled_per_filtered_client_ip(): void {
		global $wpdb;
		$client = '203.0.113.7';
		add_filter( Hooks::WEBINARS_THROTTLE_ROOM_STATE, '__return_true' );
		add_filter(
			Hooks::WEBINARS_THROTTLE_LIMITS,
			static function ( array $limits ): array {
				$limits['room'] = array( 2, HOUR_IN_SECONDS );
				return $limits;
			}
		);
		add_filter(
			Hooks::WEBINARS_CLIENT_IP,
			static function ( string $address ) use ( &$client ): string {
				return '' !== $client ? $client : $address;
			}
		);
		$_SERVER['REMOTE_ADDR'] = '10.0.0.1'; // The proxy: everyone would share it.
		$key                    = (string) apply_filters( Hooks::WEBINARS_ROOM_KEY, '', $this->webinar );
		$route                  = '/webinars/v1/rooms/' . $this->webinar;

		$this->assertSame( 200, $this->rest( 'GET', $route, array( 'key' => $key ) )->get_status() );
		$this->assertSame( 200, $this->rest( 'GET', $route, array( 'key' => $key ) )->get_status() );
		$throttled = $this->rest( 'GET', $route, array( 'key' => $key ) );
		$this->assertSame( 429, $throttled->get_status() );
		$this->assertArrayHasKey( 'Retry-After', $throttled->get_headers() );

		$client = '198.51.100.9';
		$this->assertSame( 200, $this->rest( 'GET', $route, array( 'key' => $key ) )->get_status(), 'Another client has its own counter.' );

		$rows = (string) wp_json_encode( $wpdb->get_results( "SELECT * FROM {$wpdb->prefix}webinars_throttle", ARRAY_A ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$this->assertStringContainsString( md5( 'room|' . $this->webinar . '|203.0.113.7' ), $rows );
		foreach ( array( '203.0.113.7', '198.51.100.9', '10.0.0.1' ) as $address ) {
			$this->assertStringNotContainsString( $address, $rows, 'No raw IP is stored.' );
		}
		unset( $_SERVER['REMOTE_ADDR'] );
	}

	/**
	 * The counters table is declared through webinars_schema, with the routine's placeholders.
	 */
	public function test_counters_table_is_declared_to_the_schema_routine(): void {
		$tables = apply_filters( Hooks::WEBINARS_SCHEMA, array() );
		$this->assertIsArray( $tables );
		$this->assertArrayHasKey( 'webinars_throttle', $tables );
		$this->assertMatchesRegularExpression( '/^CREATE TABLE \{table\} \(.*PRIMARY KEY  \(bucket\)\s*\) \{charset\};$/s', $tables['webinars_throttle'] );
	}
}
