<?php
/**
 * Fifty identical submissions at the same instant from fifty PHP processes (as from several PHP
 * nodes sharing one database) make one lead and one core_lead_created: the idempotency key's
 * UNIQUE key lets one claim it; the others wait on its row lock and answer the first result.
 * Fifty different submissions of one e-mail address at once also make one lead (its UNIQUE key).
 *
 * @package Webinars
 */

namespace Webinars\Tests\Leads;

/**
 * Ingest concurrency against real MariaDB.
 */
final class LeadConcurrencyTest extends LeadsTestCase {

	private const PROCESSES = 50;
	private const EMAIL     = 'parallel@example.org';

	/**
	 * The system user (committed: the other processes must see it).
	 *
	 * @var int
	 */
	private int $system = 0;

	/**
	 * Creates and commits the system user.
	 */
	public function set_up(): void {
		global $wpdb;
		parent::set_up();
		$this->system = $this->create_user( 'webinars_system' );
		$wpdb->query( 'COMMIT' );
	}

	/**
	 * Removes what the processes committed.
	 */
	public function tear_down(): void {
		global $wpdb;
		$wpdb->query( 'ROLLBACK' );
		$ids = $wpdb->get_col( "SELECT id FROM {$wpdb->prefix}webinars_leads WHERE email LIKE 'parallel%@example.org'" ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		foreach ( $ids as $id ) {
			$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->prefix}webinars_lead_ingests WHERE lead_id = %d", $id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
			$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->prefix}webinars_leads WHERE id = %d OR merged_into = %d", $id, $id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		}
		require_once ABSPATH . 'wp-admin/includes/user.php';
		wp_delete_user( $this->system );
		$wpdb->query( 'COMMIT' );
		parent::tear_down();
	}

	/**
	 * 50 identical ingests (one idempotency key) → one lead, one core_lead_created, one first result.
	 */
	public function test_fifty_identical_ingests_make_one_lead(): void {
		$body    = $this->submission( array( 'email' => self::EMAIL ), array( 'idempotency_key' => 'parallel-' . wp_generate_uuid4() ) );
		$results = $this->run_concurrently( array_fill( 0, self::PROCESSES, $body ) );

		$this->assertSame( array( '202' => self::PROCESSES ), array_count_values( array_map( static fn( $r ) => (string) $r['status'], $results ) ) );
		$lead_ids = array_unique( array_map( static fn( $r ) => $r['data']['lead_id'], $results ) );
		$this->assertCount( 1, $lead_ids, 'Every answer names the same lead.' );
		$firsts = array_filter( $results, static fn( $r ) => false === $r['data']['replay'] );
		$this->assertCount( 1, $firsts, 'One request did the ingest; the others are replays.' );
		$this->assertSame( array( 'created' ), array_values( array_unique( array_map( static fn( $r ) => $r['data']['result'], $results ) ) ) );
		$this->assertSame( array( 'core_lead_created' ), array_merge( ...array_map( static fn( $r ) => $r['facts'], $results ) ), 'One fact over all processes.' );
		$this->assert_one_lead();
	}

	/**
	 * 50 different submissions (50 keys) of one address at once → still one lead, one created.
	 */
	public function test_fifty_submissions_of_one_address_make_one_lead(): void {
		$bodies = array();
		for ( $i = 0; $i < self::PROCESSES; $i++ ) {
			$bodies[] = $this->submission( array( 'email' => self::EMAIL ) );
		}
		$results = $this->run_concurrently( $bodies );

		$this->assertSame( array( '202' => self::PROCESSES ), array_count_values( array_map( static fn( $r ) => (string) $r['status'], $results ) ), (string) wp_json_encode( $results ) );
		$this->assertCount( 1, array_unique( array_map( static fn( $r ) => $r['data']['lead_id'], $results ) ) );
		$results_by_kind = array_count_values( array_map( static fn( $r ) => $r['data']['result'], $results ) );
		$this->assertSame( 1, $results_by_kind['created'] ?? 0 );
		$this->assertSame( self::PROCESSES - 1, $results_by_kind['unchanged'] ?? 0 );
		$this->assertSame( array( 'core_lead_created' ), array_merge( ...array_map( static fn( $r ) => $r['facts'], $results ) ) );
		$this->assert_one_lead();
	}

	/**
	 * 20 submissions at once that each join the same two leads → one merge, one core_lead_merged.
	 */
	public function test_parallel_joining_submissions_merge_once(): void {
		global $wpdb;
		$older = self::lead_id( $this->ingest( $this->submission( array( 'email' => self::EMAIL ) ) ) );
		$other = self::lead_id(
			$this->ingest(
				$this->submission(
					array(
						'email' => 'parallel-phone@example.org',
						'phone' => '+15550001111',
					)
				)
			)
		);
		$wpdb->query( 'COMMIT' );
		$bodies = array();
		for ( $i = 0; $i < 20; $i++ ) {
			$bodies[] = $this->submission(
				array(
					'email' => self::EMAIL,
					'phone' => '+15550001111',
				)
			);
		}
		$results = $this->run_concurrently( $bodies );

		$this->assertSame( array( '202' => 20 ), array_count_values( array_map( static fn( $r ) => (string) $r['status'], $results ) ), (string) wp_json_encode( $results ) );
		$this->assertSame( array( $older ), array_values( array_unique( array_map( static fn( $r ) => $r['data']['lead_id'], $results ) ) ) );
		$kinds = array_count_values( array_map( static fn( $r ) => $r['data']['result'], $results ) );
		$this->assertSame( 1, $kinds['merged'] ?? 0 );
		$this->assertSame( array( 'core_lead_merged', 'core_lead_updated' ), array_merge( ...array_map( static fn( $r ) => $r['facts'], $results ) ) );
		$wpdb->query( 'COMMIT' );
		$this->assertSame( (string) $older, $wpdb->get_var( $wpdb->prepare( "SELECT merged_into FROM {$wpdb->prefix}webinars_leads WHERE id = %d", $other ) ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
	}

	/**
	 * Exactly one row holds the address.
	 */
	private function assert_one_lead(): void {
		global $wpdb;
		$wpdb->query( 'COMMIT' ); // A fresh snapshot: see what the other processes committed.
		$count = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->prefix}webinars_leads WHERE email = %s", self::EMAIL ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$this->assertSame( 1, $count );
	}

	/**
	 * Runs one ingest per body, each in its own process; all are released at once, when every
	 * one has loaded WordPress (loading 50 at once takes tens of seconds on two cores).
	 *
	 * @param list<array<string, mixed>> $bodies Request bodies.
	 * @return list<array{status: int, data: array<string, mixed>, facts: list<string>, began: float, took: float}>
	 */
	private function run_concurrently( array $bodies ): array {
		$results = $this->run_released_processes(
			__DIR__ . '/fixtures/concurrent-ingest.php',
			array_map(
				fn( $body ) => array( (string) $this->system, (string) wp_json_encode( $body ) ),
				$bodies
			)
		);
		$this->assertGreaterThanOrEqual( 10, self::most_in_flight( $results ), 'The requests ran at the same time.' );
		return $results;
	}

	/**
	 * The most requests that were in flight at one instant.
	 *
	 * @param list<array{began: float, took: float}> $results Results.
	 */
	private static function most_in_flight( array $results ): int {
		$edges = array();
		foreach ( $results as $result ) {
			$edges[] = array( (float) $result['began'], 1 );
			$edges[] = array( (float) $result['began'] + (float) $result['took'], -1 );
		}
		usort( $edges, static fn( $a, $b ) => 0 !== ( $a[0] <=> $b[0] ) ? $a[0] <=> $b[0] : $a[1] <=> $b[1] );
		$now  = 0;
		$most = 0;
		foreach ( $edges as $edge ) {
			$now += $edge[1];
			$most = max( $most, $now );
		}
		return $most;
	}
}
