<?php
/**
 * Shared set-up of the registration tests: a published webinar, the registration facts recorded.
 *
 * @package Webinars
 */

namespace Webinars\Tests\Registration;

use Webinars\Contracts\Hooks;
use Webinars\Contracts\Webinar;
use Webinars\Tests\TestCase;

/**
 * Base class of the registration tests.
 */
abstract class RegistrationTestCase extends TestCase {

	protected const ROUTE = '/webinars/v1/registrations';

	/**
	 * The webinar.
	 *
	 * @var int
	 */
	protected int $webinar = 0;

	/**
	 * Payloads of client_webinar_registered fired during the test.
	 *
	 * @var list<array<string, mixed>>
	 */
	protected array $registered = array();

	/**
	 * Creates the webinar; records the facts.
	 */
	public function set_up(): void {
		parent::set_up();
		$this->webinar    = $this->create_post(
			array(
				'post_type'  => Webinar::POST_TYPE,
				'post_title' => 'Growth, Q&A; 2027',
				'meta_input' => array( Webinar::META_STARTS_AT => '2030-01-15T10:00:00+03:00' ),
			)
		);
		$this->registered = array();
		$client           = '198.51.100.' . wp_rand( 1, 250 ) . ':' . wp_generate_uuid4();
		add_filter( Hooks::WEBINARS_CLIENT_IP, static fn() => $client ); // A bucket of this test's own.
		add_action(
			Hooks::CLIENT_WEBINAR_REGISTERED,
			function ( $payload ) {
				$this->registered[] = (array) $payload;
			}
		);
	}

	/**
	 * A valid registration body.
	 *
	 * @param array<string, mixed> $overrides Overrides (null values remove the key).
	 * @return array<string, mixed>
	 */
	protected function body( array $overrides = array() ): array {
		$body = array_merge(
			array(
				'webinar_id'      => $this->webinar,
				'name'            => 'Ada Lovelace',
				'email'           => 'ada.reg@example.org',
				'consent'         => true,
				'idempotency_key' => wp_generate_uuid4(),
			),
			$overrides
		);
		return array_filter( $body, static fn( $value ) => null !== $value );
	}

	/**
	 * Rows of the tracker's table.
	 */
	protected static function registrations(): int {
		global $wpdb;
		return (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->prefix}webinars_registrations" ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
	}

	/**
	 * Leads stored.
	 */
	protected static function leads(): int {
		global $wpdb;
		return (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->prefix}webinars_leads" ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
	}
}
