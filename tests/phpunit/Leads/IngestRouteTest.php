<?php
/**
 * POST /webinars/v1/ingest: who may send (an application password of a user who may emit system
 * events), what is refused (each a 400 naming the field, nothing stored), and the answers (202 with
 * the lead; a replay answers the first result).
 *
 * @package Webinars
 */

namespace Webinars\Tests\Leads;

use Webinars\Contracts\Hooks;
use Webinars\Contracts\Webinar;
use WP_Application_Passwords;

/**
 * The ingest route.
 */
final class IngestRouteTest extends LeadsTestCase {

	private const ROUTE = '/webinars/v1/ingest';

	/**
	 * A user of the system role.
	 *
	 * @var int
	 */
	private int $system = 0;

	/**
	 * Creates the system user.
	 */
	public function set_up(): void {
		parent::set_up();
		$this->system = $this->create_user( 'webinars_system' );
	}

	/**
	 * Anonymous 401; roles without webinars_emit_system_events 403 (administrators too); system 202.
	 */
	public function test_the_auth_matrix(): void {
		$expected = array(
			'anonymous'          => array( 0, 401 ),
			'subscriber'         => array( $this->create_user( 'subscriber' ), 403 ),
			'webinars_attendee'  => array( $this->create_user( 'webinars_attendee' ), 403 ),
			'webinars_organizer' => array( $this->create_user( 'webinars_organizer' ), 403 ),
			'webinars_speaker'   => array( $this->create_user( 'webinars_speaker' ), 403 ),
			'administrator'      => array( $this->create_user( 'administrator' ), 403 ),
			'webinars_system'    => array( $this->system, 202 ),
		);
		$actual   = array();
		foreach ( $expected as $who => list( $user_id ) ) {
			$actual[ $who ] = array( $user_id, $this->rest( 'POST', self::ROUTE, $this->submission(), $user_id )->get_status() );
		}
		$this->assertSame( $expected, $actual );
		$this->assertSame( array( Hooks::CORE_LEAD_CREATED ), $this->fact_hooks(), 'Only the allowed request had an effect.' );
	}

	/**
	 * A real application password authenticates the system user; a wrong one does not.
	 */
	public function test_an_application_password_authenticates(): void {
		$created = WP_Application_Passwords::create_new_application_password( $this->system, array( 'name' => 'Form tool' ) );
		$this->assertIsArray( $created );
		add_filter( 'application_password_is_api_request', '__return_true' );
		$login = get_userdata( $this->system )->user_login;

		$_SERVER['PHP_AUTH_USER'] = $login;
		$_SERVER['PHP_AUTH_PW']   = 'wrong password';
		$this->assertFalse( apply_filters( 'determine_current_user', false ) ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WordPress's authentication.
		$this->assertSame( 401, $this->rest( 'POST', self::ROUTE, $this->submission(), 0 )->get_status() );

		$_SERVER['PHP_AUTH_PW'] = $created[0];
		$user_id                = apply_filters( 'determine_current_user', false ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WordPress's authentication.
		unset( $_SERVER['PHP_AUTH_USER'], $_SERVER['PHP_AUTH_PW'] );
		$this->assertSame( $this->system, $user_id );
		$response = $this->rest( 'POST', self::ROUTE, $this->submission(), (int) $user_id );
		$this->assertSame( 202, $response->get_status() );
	}

	/**
	 * 202 with the lead; the same key again answers the first result; a padded address is the same lead.
	 */
	public function test_it_answers_the_lead_and_replays_the_first_result(): void {
		$webinar = $this->create_post( array( 'post_type' => Webinar::POST_TYPE ) );
		$payload = $this->submission( array(), array( 'webinar_id' => $webinar ) );
		$first   = $this->rest( 'POST', self::ROUTE, $payload, $this->system );
		$this->assertSame( 202, $first->get_status() );
		$data = $first->get_data();
		$this->assertIsInt( $data['lead_id'] );
		$this->assertSame( 'created', $data['result'] );
		$this->assertFalse( $data['replay'] );

		$replay = $this->rest( 'POST', self::ROUTE, $payload, $this->system );
		$this->assertSame( 202, $replay->get_status() );
		$this->assertSame(
			array(
				'lead_id' => $data['lead_id'],
				'result'  => 'created',
				'replay'  => true,
			),
			$replay->get_data()
		);

		$padded = $this->rest( 'POST', self::ROUTE, $this->submission( array( 'email' => '  ADA@Example.org ' ) ), $this->system );
		$this->assertSame( 202, $padded->get_status(), (string) wp_json_encode( $padded->get_data() ) );
		$this->assertSame( $data['lead_id'], $padded->get_data()['lead_id'] );
		$this->assertSame( array( Hooks::CORE_LEAD_CREATED ), $this->fact_hooks() );
	}

	/**
	 * Each bad input is a 400 naming the field, and nothing changes.
	 *
	 * @dataProvider bad_inputs
	 *
	 * @param string               $field   The field the answer must name.
	 * @param array<string, mixed> $fields  Fields override.
	 * @param array<string, mixed> $top     Top-level override.
	 * @param string[]             $missing Top-level fields to leave out.
	 */
	public function test_bad_input_is_refused_naming_the_field( string $field, array $fields, array $top, array $missing = array() ): void {
		global $wpdb;
		$count   = static fn() => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->prefix}webinars_leads" ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$before  = $count();
		$payload = $this->submission( $fields, $top );
		if ( isset( $top['webinar_id'] ) && 'unknown' === $top['webinar_id'] ) {
			$payload['webinar_id'] = PHP_INT_MAX >> 12;
		}
		foreach ( $missing as $name ) {
			unset( $payload[ $name ] );
		}
		$response = $this->rest( 'POST', self::ROUTE, $payload, $this->system );
		$this->assertSame( 400, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$data = $response->get_data();
		$this->assertContains( $data['code'], array( 'rest_invalid_param', 'rest_missing_callback_param' ) );
		$named = array_merge( array_keys( (array) ( $data['data']['params'] ?? array() ) ), (array) ( $data['data']['params'] ?? array() ) );
		$this->assertContains( $field, $named, (string) wp_json_encode( $data ) );
		$this->assertSame( $before, $count() );
		$this->assertSame( array(), $this->facts );
	}

	/**
	 * The bad inputs: field named => fields override, top-level override, left out.
	 *
	 * @return array<string, array{0: string, 1: array<string, mixed>, 2: array<string, mixed>, 3?: list<string>}>
	 */
	public function bad_inputs(): array {
		return array(
			'invalid email'          => array( 'fields', array( 'email' => 'ada(at)example.org' ), array() ),
			'null email'             => array( 'fields', array( 'email' => null ), array() ),
			'no email'               => array( 'fields', array(), array( 'fields' => array( 'name' => 'Ada' ) ) ),
			'webinar_id zero'        => array( 'webinar_id', array(), array( 'webinar_id' => 0 ) ),
			'oversize email'         => array( 'fields', array( 'email' => str_repeat( 'a', 190 ) . '@example.org' ), array() ),
			'oversize name'          => array( 'fields', array( 'name' => str_repeat( 'n', 192 ) ), array() ),
			'oversize extra field'   => array( 'fields', array( 'comment' => str_repeat( 'c', 2001 ) ), array() ),
			'nested extra field'     => array( 'fields', array( 'comment' => array( 'a' => 'b' ) ), array() ),
			'not a phone'            => array( 'fields', array( 'phone' => 'call me' ), array() ),
			'fields not an object'   => array( 'fields', array(), array( 'fields' => 'ada@example.org' ) ),
			'consent not a boolean'  => array( 'consent', array(), array( 'consent' => 'yes' ) ),
			'no consent'             => array( 'consent', array(), array(), array( 'consent' ) ),
			'key is a number'        => array( 'idempotency_key', array(), array( 'idempotency_key' => 12345678 ) ),
			'key too short'          => array( 'idempotency_key', array(), array( 'idempotency_key' => 'short' ) ),
			'oversize source'        => array( 'source', array(), array( 'source' => str_repeat( 's', 65 ) ) ),
			'not a date'             => array( 'submitted_at', array(), array( 'submitted_at' => 'yesterday' ) ),
			'webinar_id not integer' => array( 'webinar_id', array(), array( 'webinar_id' => 'abc' ) ),
			'unknown webinar'        => array( 'webinar_id', array(), array( 'webinar_id' => 'unknown' ) ),
			'oversize ref_id'        => array( 'ref_id', array(), array( 'ref_id' => str_repeat( 'r', 192 ) ) ),
		);
	}
}
