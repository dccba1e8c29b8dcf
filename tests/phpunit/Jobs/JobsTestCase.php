<?php
/**
 * Shared set-up of the single-process queue tests: two declared test types (tests_job, whose
 * handler records its payloads and succeeds, fails or throws as the test says; tests_unhandled,
 * with no handler) and an empty queue inside the test's transaction.
 *
 * @package Webinars
 */

// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQL.NotPrepared -- the test reads the queue table directly.

namespace Webinars\Tests\Jobs;

use Webinars\Contracts\Hooks;
use Webinars\Jobs\Queue;
use Webinars\Jobs\Store;
use Webinars\Tests\TestCase;

/**
 * Base class of the queue tests.
 */
abstract class JobsTestCase extends TestCase {

	/**
	 * Calls of the test handler: payloads in order.
	 *
	 * @var list<array<mixed>>
	 */
	protected array $calls = array();

	/**
	 * What the test handler does: null (succeed), a WP_Error, or an exception to throw.
	 *
	 * @var mixed
	 */
	protected $outcome = null;

	/**
	 * Declares the test types; hooks are restored after each test.
	 */
	public function set_up(): void {
		parent::set_up();
		$this->calls   = array();
		$this->outcome = null;
		add_filter(
			Hooks::WEBINARS_JOB_TYPES,
			static function ( array $types ): array {
				$types['tests_job']       = array( 'max_attempts' => 3 );
				$types['tests_unhandled'] = array();
				return $types;
			}
		);
		add_filter(
			Queue::handler_hook( 'tests_job' ),
			function ( $result, array $payload ) {
				$this->calls[] = $payload;
				if ( $this->outcome instanceof \Throwable ) {
					throw $this->outcome;
				}
				return $this->outcome;
			},
			10,
			2
		);
		// Jobs from the fresh install or earlier runs must not take part.
		$GLOBALS['wpdb']->query( 'DELETE FROM ' . Store::table() );
	}

	/**
	 * Enqueues a tests_job through the filter.
	 *
	 * @param array<mixed>         $payload Payload.
	 * @param array<string, mixed> $options Options.
	 */
	protected function enqueue( array $payload, array $options = array() ): int {
		$id = apply_filters( Hooks::WEBINARS_ENQUEUE_JOB, 0, 'tests_job', $payload, $options );
		$this->assertIsInt( $id );
		$this->assertGreaterThan( 0, $id );
		return $id;
	}

	/**
	 * Moves a pending job's run_at into the past (instead of waiting out its backoff).
	 *
	 * @param int $id Job ID.
	 */
	protected function make_due( int $id ): void {
		$GLOBALS['wpdb']->update( Store::table(), array( 'run_at' => Store::datetime( time() - 1 ) ), array( 'id' => $id ) );
	}

	/**
	 * Rows in the jobs table.
	 */
	protected function count_jobs(): int {
		return (int) $GLOBALS['wpdb']->get_var( 'SELECT COUNT(*) FROM ' . Store::table() );
	}
}
