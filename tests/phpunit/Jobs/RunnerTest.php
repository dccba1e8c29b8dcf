<?php
/**
 * Running jobs in one process: claim, run, done; failures with backoff up to dead; a missing
 * handler; the compare-and-set claim and an expired claim taken over; the count limit; the purge;
 * the cron events.
 *
 * @package Webinars
 */

// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQL.NotPrepared -- the test reads the queue table directly.

namespace Webinars\Tests\Jobs;

use RuntimeException;
use Webinars\Contracts\Hooks;
use Webinars\Contracts\Job;
use Webinars\Jobs\Cron;
use Webinars\Jobs\Rows;
use Webinars\Jobs\Runner;
use Webinars\Jobs\Store;
use WP_Error;

/**
 * Running jobs in one process.
 */
final class RunnerTest extends JobsTestCase {

	/**
	 * A due job is claimed run and done.
	 */
	public function test_a_due_job_is_claimed_run_and_done(): void {
		$id     = $this->enqueue( array( 'hello' => 'world' ) );
		$later  = $this->enqueue( array( 'later' => true ), array( 'run_at' => time() + 3600 ) );
		$stats  = Runner::run( 10 );
		$row    = Rows::get( $id );
		$future = Rows::get( $later );
		$this->assertSame( 1, $stats['claimed'] );
		$this->assertSame( 1, $stats['done'] );
		$this->assertSame( array( array( 'hello' => 'world' ) ), $this->calls, 'The handler got the payload once.' );
		$this->assertNotNull( $row );
		$this->assertSame( Job::STATUS_DONE, $row['status'] );
		$this->assertSame( 1, $row['attempts'] );
		$this->assertNotNull( $row['finished_at'] );
		$this->assertNull( $row['claim_owner'] );
		$this->assertSame( Job::STATUS_PENDING, $future['status'] ?? null, 'A job that is not due waits.' );
		$this->assertSame( 0, Runner::run( 10 )['claimed'], 'A done job never runs again.' );
	}

	/**
	 * Failures retry with backoff then the job is dead.
	 */
	public function test_failures_retry_with_backoff_then_the_job_is_dead(): void {
		$id            = $this->enqueue( array() );
		$this->outcome = new WP_Error( 'tests_down', 'The service is down' );
		$before        = time();
		Runner::run( 10 );
		$row = Rows::get( $id );
		$this->assertSame( Job::STATUS_PENDING, $row['status'] ?? null );
		$this->assertSame( 1, $row['attempts'] );
		$this->assertSame( 'tests_down: The service is down', $row['last_error'] );
		$delay = strtotime( $row['run_at'] . ' UTC' ) - $before;
		$this->assertGreaterThanOrEqual( Job::BACKOFF_BASE_SECONDS, $delay );
		$this->assertLessThanOrEqual( (int) ( Job::BACKOFF_BASE_SECONDS * ( 1 + Job::BACKOFF_JITTER ) ) + 2, $delay );
		$this->assertSame( 0, Runner::run( 10 )['claimed'], 'It waits out its backoff.' );

		$this->outcome = new RuntimeException( 'Thrown' );
		$this->make_due( $id );
		Runner::run( 10 );
		$row = Rows::get( $id );
		$this->assertSame( Job::STATUS_PENDING, $row['status'] ?? null );
		$this->assertSame( 'RuntimeException: Thrown', $row['last_error'] );

		$this->make_due( $id );
		$stats = Runner::run( 10 );
		$row   = Rows::get( $id );
		$this->assertSame( 1, $stats['dead'] );
		$this->assertSame( Job::STATUS_DEAD, $row['status'] ?? null, 'Dead after max_attempts (3).' );
		$this->assertSame( 3, $row['attempts'] );
		$this->assertNotNull( $row['finished_at'] );
		$this->make_due( $id );
		$this->assertSame( 0, Runner::run( 10 )['claimed'], 'A dead job never runs again.' );
		$this->assertCount( 3, $this->calls );
	}

	/**
	 * Backoff grows exponentially with bounded jitter.
	 */
	public function test_backoff_grows_exponentially_with_bounded_jitter(): void {
		foreach ( array( 1, 2, 3, 8, 40 ) as $attempts ) {
			$base = min( Job::BACKOFF_MAX_SECONDS, Job::BACKOFF_BASE_SECONDS * 2 ** ( $attempts - 1 ) );
			for ( $i = 0; $i < 20; $i++ ) {
				$delay = Runner::backoff( $attempts );
				$this->assertGreaterThanOrEqual( $base, $delay );
				$this->assertLessThanOrEqual( $base * ( 1 + Job::BACKOFF_JITTER ), $delay );
			}
		}
	}

	/**
	 * A job without a handler fails and says why.
	 */
	public function test_a_job_without_a_handler_fails_and_says_why(): void {
		$id = (int) apply_filters( Hooks::WEBINARS_ENQUEUE_JOB, 0, 'tests_unhandled', array(), array( 'max_attempts' => 1 ) );
		Runner::run( 10 );
		$row = Rows::get( $id );
		$this->assertSame( Job::STATUS_DEAD, $row['status'] ?? null );
		$this->assertStringContainsString( 'No handler', (string) $row['last_error'] );
	}

	/**
	 * One claim wins and an expired claim is taken over.
	 */
	public function test_one_claim_wins_and_an_expired_claim_is_taken_over(): void {
		$id  = $this->enqueue( array( 'x' => 1 ) );
		$now = time();
		$this->assertTrue( Store::claim( $id, 'runner-a', $now, 60 ) );
		$this->assertFalse( Store::claim( $id, 'runner-b', $now, 60 ), 'A live claim cannot be taken.' );
		$this->assertSame( 0, Runner::run( 10 )['claimed'], 'Nor by a runner.' );

		// Runner A dies: its claim expires, and the next runner takes the job over.
		$GLOBALS['wpdb']->update( Store::table(), array( 'claim_expires' => Store::datetime( $now - 1 ) ), array( 'id' => $id ) );
		$stats = Runner::run( 10 );
		$row   = Rows::get( $id );
		$this->assertSame( 1, $stats['done'] );
		$this->assertSame( Job::STATUS_DONE, $row['status'] ?? null );
		$this->assertSame( 2, $row['attempts'], 'The dead attempt counts.' );
		$this->assertFalse( Store::release( $id, 'runner-a', Job::STATUS_PENDING, time(), 'late' ), 'The stale runner changes nothing.' );
		$this->assertSame( Job::STATUS_DONE, Rows::get( $id )['status'] ?? null );
	}

	/**
	 * A claim that expires on the last attempt makes the job dead.
	 */
	public function test_a_claim_that_expires_on_the_last_attempt_makes_the_job_dead(): void {
		$id  = $this->enqueue(
			array(),
			array(
				'max_attempts' => 1,
				'run_at'       => time() - 200,
			)
		);
		$now = time() - 100;
		$this->assertTrue( Store::claim( $id, 'runner-a', $now, 10 ) );
		$stats = Runner::run( 10 );
		$row   = Rows::get( $id );
		$this->assertSame( 1, $stats['dead'] );
		$this->assertSame( Job::STATUS_DEAD, $row['status'] ?? null );
		$this->assertStringContainsString( 'claim expired', (string) $row['last_error'] );
		$this->assertSame( array(), $this->calls, 'Not run beyond max_attempts.' );
	}

	/**
	 * A runner stops at its count.
	 */
	public function test_a_runner_stops_at_its_count(): void {
		for ( $i = 0; $i < 5; $i++ ) {
			$this->enqueue( array( 'i' => $i ) );
		}
		$this->assertSame( 2, Runner::run( 2 )['done'] );
		$this->assertSame( 3, Runner::run( 2, 0.0, true )['done'], '--until-empty runs the rest.' );
	}

	/**
	 * The purge deletes only old finished jobs.
	 */
	public function test_the_purge_deletes_only_old_finished_jobs(): void {
		global $wpdb;
		$days = Cron::retention_days();
		$ids  = array();
		foreach ( array( 'old_done', 'old_dead', 'recent_done', 'pending' ) as $name ) {
			$ids[ $name ] = $this->enqueue( array( 'name' => $name ) );
		}
		$old    = Store::datetime( time() - ( $days + 1 ) * DAY_IN_SECONDS );
		$recent = Store::datetime( time() - ( $days - 1 ) * DAY_IN_SECONDS );
		$wpdb->update( Store::table(), array( 'status' => Job::STATUS_DONE, 'finished_at' => $old ), array( 'id' => $ids['old_done'] ) ); // phpcs:ignore WordPress.Arrays.ArrayDeclarationSpacing.AssociativeArrayFound
		$wpdb->update( Store::table(), array( 'status' => Job::STATUS_DEAD, 'finished_at' => $old ), array( 'id' => $ids['old_dead'] ) ); // phpcs:ignore WordPress.Arrays.ArrayDeclarationSpacing.AssociativeArrayFound
		$wpdb->update( Store::table(), array( 'status' => Job::STATUS_DONE, 'finished_at' => $recent ), array( 'id' => $ids['recent_done'] ) ); // phpcs:ignore WordPress.Arrays.ArrayDeclarationSpacing.AssociativeArrayFound
		$this->assertSame( 2, Cron::purge() );
		$left = array_map( 'intval', $wpdb->get_col( 'SELECT id FROM ' . Store::table() . ' ORDER BY id' ) );
		$this->assertSame( array( $ids['recent_done'], $ids['pending'] ), $left );
		add_filter( Hooks::WEBINARS_JOBS_RETENTION_DAYS, static fn() => 1 );
		$this->assertSame( 1, Cron::purge(), 'The retention is a filter.' );
	}

	/**
	 * Cron events are wired to the lifecycle and run the queue.
	 */
	public function test_cron_events_are_wired_to_the_lifecycle_and_run_the_queue(): void {
		$this->assertArrayHasKey( Cron::SCHEDULE, wp_get_schedules() );
		$this->assertSame( Job::CRON_INTERVAL_SECONDS, wp_get_schedules()[ Cron::SCHEDULE ]['interval'] );
		// The lifecycle wiring (firing the lifecycle actions here would run every module's too).
		$this->assertNotFalse( has_action( Hooks::WEBINARS_ACTIVATE, array( Cron::class, 'schedule' ) ) );
		$this->assertNotFalse( has_action( Hooks::WEBINARS_DEACTIVATE, array( Cron::class, 'unschedule' ) ) );
		$this->assertNotFalse( has_action( Hooks::WEBINARS_UNINSTALL, array( Cron::class, 'unschedule' ) ) );
		$this->assertIsInt( wp_next_scheduled( Cron::RUN_HOOK ), 'Scheduled when the test site was activated.' );

		Cron::unschedule();
		$this->assertFalse( wp_next_scheduled( Cron::RUN_HOOK ) );
		$this->assertFalse( wp_next_scheduled( Cron::PURGE_HOOK ) );
		Cron::schedule();
		$this->assertIsInt( wp_next_scheduled( Cron::RUN_HOOK ) );
		$this->assertSame( Cron::SCHEDULE, wp_get_schedule( Cron::RUN_HOOK ) );
		$this->assertSame( 'daily', wp_get_schedule( Cron::PURGE_HOOK ) );

		$id = $this->enqueue( array( 'via' => 'cron' ) );
		do_action( Cron::RUN_HOOK );
		$this->assertSame( Job::STATUS_DONE, Rows::get( $id )['status'] ?? null, 'The cron event runs the queue.' );
	}
}
