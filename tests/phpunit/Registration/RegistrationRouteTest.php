<?php
/**
 * POST /webinars/v1/registrations: anonymous registration, its answer (join link, calendar
 * links), bad input (each a 400 naming the field, nothing stored), unknown webinar (404), the
 * honeypot (202, nothing stored), the per-client limit (429 + Retry-After), one registration per
 * lead and slot, and the tracker following merges and deletions.
 *
 * @package Webinars
 */

namespace Webinars\Tests\Registration;

use Webinars\Contracts\Bus;
use Webinars\Contracts\Hooks;
use Webinars\Contracts\Webinar;

/**
 * The registration route.
 */
final class RegistrationRouteTest extends RegistrationTestCase {

	/**
	 * An anonymous visitor registers: 201, a personal join link that authenticates lead:<id>.
	 */
	public function test_a_visitor_registers(): void {
		$response = $this->rest( 'POST', self::ROUTE, $this->body( array( 'ref_id' => 'partner-7' ) ), 0 );
		$this->assertSame( 201, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$data = $response->get_data();
		$this->assertSame( 'private, no-store', $response->get_headers()['Cache-Control'] );
		parse_str( (string) wp_parse_url( $data['join_url'], PHP_URL_QUERY ), $query );
		$this->assertNotEmpty( $query['wt'] );
		$this->assertMatchesRegularExpression( '#^lead:\d+$#', (string) \Webinars\Modules\WebinarControlIntegration\Keys::verify( $query['wt'], $this->webinar ) );
		$this->assertStringContainsString( 'dates=20300115T070000Z/20300115T080000Z', $data['calendar']['google'] );
		$this->assertStringEndsWith( '/webinars/v1/webinars/' . $this->webinar . '/calendar.ics', $data['calendar']['ics'] );
		$this->assertCount( 1, $this->registered );
		$this->assertSame( '2030-01-15T07:00:00Z', $this->registered[0]['slot_id'] );
		$this->assertSame( 'registration-block', $this->registered[0]['source'] );
		$this->assertSame( Webinar::TYPE_LIVE, $this->registered[0]['webinar_type'] );
	}

	/**
	 * The same lead registering twice (another key, same address) is one registration, one fact.
	 */
	public function test_one_registration_per_lead_and_slot(): void {
		$this->assertSame( 201, $this->rest( 'POST', self::ROUTE, $this->body(), 0 )->get_status() );
		$this->assertSame( 201, $this->rest( 'POST', self::ROUTE, $this->body( array( 'email' => ' ADA.reg@Example.org ' ) ), 0 )->get_status() );
		$this->assertSame( 1, self::registrations() );
		$this->assertCount( 1, $this->registered );
	}

	/**
	 * Each bad input is a 400 naming the field, and stores nothing.
	 */
	public function test_bad_input_is_refused_naming_the_field(): void {
		$cases = array(
			'email'           => array( 'email' => 'not-an-address' ),
			'name'            => array( 'name' => str_repeat( 'x', 192 ) ),
			'phone'           => array( 'phone' => 'call me' ),
			'consent'         => array( 'consent' => false ),
			'ref_id'          => array( 'ref_id' => str_repeat( 'r', 192 ) ),
			'idempotency_key' => array( 'idempotency_key' => 'short' ),
			'webinar_id'      => array( 'webinar_id' => 'abc' ),
		);
		$leads = self::leads();
		foreach ( $cases as $field => $override ) {
			$response = $this->rest( 'POST', self::ROUTE, $this->body( $override ), 0 );
			$this->assertSame( 400, $response->get_status(), $field );
			$this->assertArrayHasKey( $field, (array) ( $response->get_data()['data']['params'] ?? array() ), $field );
		}
		foreach ( array( 'email', 'consent', 'name', 'idempotency_key' ) as $missing ) {
			$response = $this->rest( 'POST', self::ROUTE, $this->body( array( $missing => null ) ), 0 );
			$this->assertSame( 400, $response->get_status(), $missing );
			$this->assertStringContainsString( $missing, (string) wp_json_encode( $response->get_data() ), $missing );
		}
		$this->assertSame( $leads, self::leads() );
		$this->assertSame( 0, self::registrations() );
		$this->assertSame( array(), $this->registered );
	}

	/**
	 * Unknown, draft and trashed webinars are 404.
	 */
	public function test_unknown_webinar_is_404(): void {
		$draft = $this->create_post(
			array(
				'post_type'   => Webinar::POST_TYPE,
				'post_status' => 'draft',
			)
		);
		foreach ( array( 999999, $draft ) as $id ) {
			$this->assertSame( 404, $this->rest( 'POST', self::ROUTE, $this->body( array( 'webinar_id' => $id ) ), 0 )->get_status() );
		}
		$this->assertSame( 0, self::registrations() );
	}

	/**
	 * A filled honeypot looks accepted (202) and stores nothing.
	 */
	public function test_the_honeypot_stores_nothing(): void {
		$leads    = self::leads();
		$response = $this->rest( 'POST', self::ROUTE, $this->body( array( 'website' => 'http://spam.example' ) ), 0 );
		$this->assertSame( 202, $response->get_status() );
		$this->assertArrayNotHasKey( 'join_url', $response->get_data() );
		$this->assertSame( $leads, self::leads() );
		$this->assertSame( 0, self::registrations() );
	}

	/**
	 * Past the per-client limit: 429 with Retry-After, nothing stored.
	 */
	public function test_the_client_limit_answers_429(): void {
		add_filter(
			Hooks::WEBINARS_THROTTLE_LIMITS,
			static function ( $limits ) {
				return array( 'register' => array( 2, 60 ) ) + (array) $limits;
			},
			20
		);
		$statuses = array();
		for ( $i = 0; $i < 3; $i++ ) {
			$response   = $this->rest( 'POST', self::ROUTE, $this->body( array( 'email' => "limit$i@example.org" ) ), 0 );
			$statuses[] = $response->get_status();
		}
		$this->assertSame( array( 201, 201, 429 ), $statuses );
		$retry = (int) $response->get_headers()['Retry-After'];
		$this->assertGreaterThanOrEqual( 1, $retry );
		$this->assertLessThanOrEqual( 60, $retry );
		$this->assertSame( 2, self::registrations() );
	}

	/**
	 * Merging moves the merged lead's registrations to the survivor (a slot both hold stays one);
	 * deleting a lead deletes its registrations.
	 */
	public function test_the_tracker_follows_merges_and_deletions(): void {
		global $wpdb;
		$other = $this->create_post(
			array(
				'post_type'  => Webinar::POST_TYPE,
				'meta_input' => array( Webinar::META_STARTS_AT => '2030-02-01T10:00:00Z' ),
			)
		);
		$this->rest( 'POST', self::ROUTE, $this->body( array( 'email' => 'one@example.org' ) ), 0 );
		$this->rest( 'POST', self::ROUTE, $this->body( array( 'email' => 'two@example.org' ) ), 0 );
		$this->rest(
			'POST',
			self::ROUTE,
			$this->body(
				array(
					'email'      => 'two@example.org',
					'webinar_id' => $other,
				)
			),
			0
		);
		$ids = array_map( 'intval', array_column( $this->registered, 'lead_id' ) );
		Bus::emit(
			Hooks::CORE_LEAD_MERGED,
			array(
				'lead_id'         => $ids[0],
				'merged_lead_ids' => array( $ids[1] ),
				'timestamp'       => gmdate( 'Y-m-d\TH:i:s\Z' ),
			)
		);
		$rows = $wpdb->get_results( "SELECT lead_id, webinar_id FROM {$wpdb->prefix}webinars_registrations ORDER BY webinar_id", ARRAY_A ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$this->assertSame(
			array(
				array(
					'lead_id'    => (string) $ids[0],
					'webinar_id' => (string) $this->webinar,
				),
				array(
					'lead_id'    => (string) $ids[0],
					'webinar_id' => (string) $other,
				),
			),
			$rows
		);
		Bus::emit(
			Hooks::CORE_LEAD_DELETED,
			array(
				'lead_id'   => $ids[0],
				'timestamp' => gmdate( 'Y-m-d\TH:i:s\Z' ),
			)
		);
		$this->assertSame( 0, self::registrations() );
	}
}
