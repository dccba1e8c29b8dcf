<?php
/**
 * Fifty identical registrations (one form, one client-made key) at the same instant from fifty
 * PHP processes: one lead, one registration row, one client_webinar_registered, and every
 * answer is the same lead's join link.
 *
 * @package Webinars
 */

namespace Webinars\Tests\Registration;

/**
 * Registration concurrency against real MariaDB.
 */
final class RegistrationConcurrencyTest extends RegistrationTestCase {

	private const PROCESSES = 50;
	private const EMAIL     = 'parallel-reg@example.org';

	/**
	 * Commits the webinar: the other processes must see it.
	 */
	public function set_up(): void {
		global $wpdb;
		parent::set_up();
		$wpdb->query( 'COMMIT' );
	}

	/**
	 * Removes what the processes committed.
	 */
	public function tear_down(): void {
		global $wpdb;
		$wpdb->query( 'ROLLBACK' );
		$ids = $wpdb->get_col( $wpdb->prepare( "SELECT id FROM {$wpdb->prefix}webinars_leads WHERE email = %s", self::EMAIL ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		foreach ( $ids as $id ) {
			$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->prefix}webinars_lead_ingests WHERE lead_id = %d", $id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
			$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->prefix}webinars_registrations WHERE lead_id = %d", $id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
			$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->prefix}webinars_leads WHERE id = %d", $id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		}
		wp_delete_post( $this->webinar, true );
		$wpdb->query( 'COMMIT' );
		parent::tear_down();
	}

	/**
	 * 50 identical registrations → one lead, one registration, one client_webinar_registered.
	 */
	public function test_fifty_identical_registrations_register_once(): void {
		global $wpdb;
		$body    = $this->body( array( 'email' => self::EMAIL ) );
		$results = $this->run_concurrently( array_fill( 0, self::PROCESSES, $body ) );

		$this->assertSame( array( '201' => self::PROCESSES ), array_count_values( array_map( static fn( $r ) => (string) $r['status'], $results ) ), (string) wp_json_encode( $results[0] ) );
		$facts = array_merge( ...array_map( static fn( $r ) => $r['facts'], $results ) );
		sort( $facts );
		$this->assertSame( array( 'client_webinar_registered', 'core_lead_created' ), $facts, 'One fact of each over all processes.' );
		$wpdb->query( 'COMMIT' ); // A fresh snapshot.
		$this->assertSame( '1', $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->prefix}webinars_leads WHERE email = %s", self::EMAIL ) ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$this->assertSame( '1', $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->prefix}webinars_registrations WHERE webinar_id = %d", $this->webinar ) ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$leads = array_unique( array_map( static fn( $r ) => (string) preg_replace( '/^.*wt=([^.&]+).*$/', '$1', (string) $r['data']['join_url'] ), $results ) );
		$this->assertCount( 1, $leads, 'Every answer is the same lead\'s link.' );
	}

	/**
	 * Runs one registration per body, each in its own process, all released at once.
	 *
	 * @param list<array<string, mixed>> $bodies Request bodies.
	 * @return list<array{status: int, data: array<string, mixed>, facts: list<string>, began: float, took: float}>
	 */
	private function run_concurrently( array $bodies ): array {
		$results = $this->run_released_processes(
			__DIR__ . '/fixtures/concurrent-registration.php',
			array_map(
				fn( $body ) => array( (string) wp_json_encode( $body ) ),
				$bodies
			)
		);
		return $results;
	}
}
