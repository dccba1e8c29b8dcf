<?php
/**
 * The queue across separate PHP processes released at the same instant (as several PHP nodes
 * sharing one database): parallel enqueues of one unique key make one job; parallel runners run
 * each of 200 jobs exactly once; `wp webinars jobs run|list` through WP-CLI.
 *
 * @package Webinars
 */

// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQL.NotPrepared -- the test reads the tables directly.
// phpcs:disable WordPress.PHP.DiscouragedPHPFunctions.system_calls_proc_open, WordPress.WP.AlternativeFunctions -- separate processes are the point.

namespace Webinars\Tests\Jobs;

use Webinars\Contracts\Hooks;
use Webinars\Contracts\Job;
use Webinars\Jobs\Store;
use Webinars\Tests\Fixtures\JobsRecorder;
use Webinars\Tests\TestCase;

require_once dirname( __DIR__ ) . '/fixtures/jobs-recorder.php';

/**
 * Concurrency of the queue against real MariaDB.
 */
final class ParallelTest extends TestCase {

	private const JOBS     = 200;
	private const RUNNERS  = 4;
	private const ENQUEUES = 20;

	/**
	 * Real tables and committed rows: other processes must see them.
	 */
	public function set_up(): void {
		global $wpdb;
		parent::set_up();
		remove_filter( 'query', array( $this, 'temporary_tables_filter' ) );
		$wpdb->query( 'COMMIT' );
		JobsRecorder::create_table();
		JobsRecorder::register();
		$wpdb->query( 'DELETE FROM ' . Store::table() );
		$wpdb->query( 'COMMIT' );
	}

	/**
	 * Removes what the test committed.
	 */
	public function tear_down(): void {
		global $wpdb;
		$wpdb->query( 'ROLLBACK' );
		$wpdb->query( 'DELETE FROM ' . Store::table() );
		JobsRecorder::drop_table();
		$wpdb->query( 'COMMIT' );
		parent::tear_down();
	}

	/**
	 * Twenty processes enqueue one unique key at the same instant: one row, one ID for all.
	 */
	public function test_parallel_enqueues_of_one_key_make_one_job(): void {
		global $wpdb;
		$results = $this->run_processes( array_fill( 0, self::ENQUEUES, array( 'enqueue', 'lead:7:webinar:9:classify' ) ) );
		$ids     = array_unique( array_column( $results, 'result' ) );
		$wpdb->query( 'COMMIT' );
		$this->assertCount( 1, $ids, 'Every caller got the same job ID: ' . wp_json_encode( $results ) );
		$this->assertIsInt( $ids[0] );
		$this->assertSame( 1, (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . Store::table() ), 'One row.' );
	}

	/**
	 * Four runners in four processes on 200 due jobs: every job runs exactly once and is done.
	 */
	public function test_parallel_runners_run_each_job_exactly_once(): void {
		global $wpdb;
		for ( $i = 0; $i < self::JOBS; $i++ ) {
			$id = apply_filters( Hooks::WEBINARS_ENQUEUE_JOB, 0, JobsRecorder::TYPE, array( 'sleep_us' => 2000 ), array() );
			$this->assertIsInt( $id );
		}
		$wpdb->query( 'COMMIT' );

		$results = $this->run_processes( array_fill( 0, self::RUNNERS, array( 'run', '10' ) ) );
		$wpdb->query( 'COMMIT' ); // A fresh snapshot: see what the other processes committed.

		$runs     = $wpdb->prefix . JobsRecorder::TABLE;
		$per_job  = array_map( 'intval', $wpdb->get_col( "SELECT COUNT(*) FROM {$runs} GROUP BY job_id" ) );
		$runners  = (int) $wpdb->get_var( "SELECT COUNT(DISTINCT pid) FROM {$runs}" );
		$claimed  = array_sum( array_map( static fn( $r ) => (int) $r['result']['claimed'], $results ) );
		$statuses = $wpdb->get_results( 'SELECT status, COUNT(*) AS n FROM ' . Store::table() . ' GROUP BY status', OBJECT_K );
		$this->assertCount( self::JOBS, $per_job, 'Every job ran.' );
		$this->assertSame( array( 1 ), array_values( array_unique( $per_job ) ), 'No job ran twice.' );
		$this->assertSame( self::JOBS, $claimed, 'The runners claimed 200 jobs in all: ' . wp_json_encode( $results ) );
		$this->assertSame( array( Job::STATUS_DONE ), array_keys( $statuses ) );
		$this->assertGreaterThan( 1, $runners, 'More than one runner did work (they really ran in parallel).' );
	}

	/**
	 * `wp webinars jobs run --batch=3` runs three jobs; `list --status=…` shows them.
	 */
	public function test_the_wp_cli_command_runs_a_batch_and_lists_jobs(): void {
		global $wpdb;
		$ids = array();
		for ( $i = 0; $i < 5; $i++ ) {
			$ids[] = apply_filters( Hooks::WEBINARS_ENQUEUE_JOB, 0, JobsRecorder::TYPE, array( 'note' => 'cli' ), array() );
		}
		$wpdb->query( 'COMMIT' );

		$run = $this->wp( array( 'webinars', 'jobs', 'run', '--batch=3' ) );
		$this->assertStringContainsString( 'Success: Ran 3 jobs: 3 done', $run );
		$wpdb->query( 'COMMIT' );
		$runs = $wpdb->prefix . JobsRecorder::TABLE;
		$this->assertSame( 3, (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$runs} WHERE note = 'cli'" ) );

		$done = json_decode( $this->wp( array( 'webinars', 'jobs', 'list', '--status=done', '--format=json', '--fields=id,status' ) ), true );
		$this->assertIsArray( $done );
		$this->assertCount( 3, $done );
		$this->assertSame( 2, (int) trim( $this->wp( array( 'webinars', 'jobs', 'list', '--status=pending', '--format=count' ) ) ) );

		$this->assertStringContainsString( 'Ran 2 jobs', $this->wp( array( 'webinars', 'jobs', 'run', '--until-empty' ) ) );
		$wpdb->query( 'COMMIT' );
		$this->assertSame( count( $ids ), (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$runs} WHERE note = 'cli'" ) );
	}

	/**
	 * Runs WP-CLI (vendor/bin/wp's PHP entry point) against the test site (a wp-config.php beside a link to the core, since
	 * the core directory is shared and read-only) with the tests_record job type.
	 *
	 * @param array<int, string> $args Command and options.
	 * @return string Standard output.
	 */
	private function wp( array $args ): string {
		$repo   = dirname( __DIR__, 3 );
		$site   = $this->stack_dir() . '/phpunit/cli';
		$config = (string) file_get_contents( $this->stack_dir() . '/phpunit/wp-tests-config.php' );
		$core   = rtrim( (string) ABSPATH, '/' );
		if ( ! is_dir( $site ) ) {
			mkdir( $site, 0777, true );
		}
		if ( ! is_link( $site . '/core' ) ) {
			symlink( $core, $site . '/core' );
		}
		// WP-CLI defines ABSPATH itself (from --path) and loads wp-settings.php after the config.
		$config = (string) preg_replace( "/^define\( 'ABSPATH'.*$/m", '', $config );
		file_put_contents( $site . '/wp-config.php', $config . "\$table_prefix = 'wptests_';\nrequire_once ABSPATH . 'wp-settings.php';\n" );
		$command = array_merge(
			array( PHP_BINARY, $repo . '/vendor/wp-cli/wp-cli/php/boot-fs.php', '--path=' . $site . '/core', '--url=http://example.org', '--allow-root', '--require=' . dirname( __DIR__ ) . '/fixtures/jobs-cli-require.php' ),
			$args
		);
		$pipes   = array();
		$proc    = proc_open(
			$command,
			array(
				1 => array( 'pipe', 'w' ),
				2 => array(
					'pipe',
					'w',
				),
			),
			$pipes
		);
		$this->assertIsResource( $proc );
		$out = (string) stream_get_contents( $pipes[1] );
		$err = (string) stream_get_contents( $pipes[2] );
		fclose( $pipes[1] );
		fclose( $pipes[2] );
		$this->assertSame( 0, proc_close( $proc ), 'wp ' . implode( ' ', $args ) . ":\n" . $err . $out );
		return $out;
	}

	/**
	 * Runs one fixture process per argument list, all released at the same instant: each reports
	 * ready once WordPress is loaded, and the test starts them together.
	 *
	 * @param array<int, array<int, string>> $argument_lists Arguments after CONFIG BARRIER.
	 * @return list<array{result: mixed}>
	 */
	private function run_processes( array $argument_lists ): array {
		$config  = $this->stack_dir() . '/phpunit/wp-tests-config.php';
		$script  = dirname( __DIR__ ) . '/fixtures/jobs-process.php';
		$barrier = $this->stack_dir() . '/phpunit/barrier-' . getmypid() . '-' . self::next_sequence();
		mkdir( $barrier, 0777, true );
		$procs = array();
		foreach ( $argument_lists as $arguments ) {
			$pipes = array();
			$proc  = proc_open(
				array_merge( array( PHP_BINARY, $script, $config, $barrier ), $arguments ),
				array(
					1 => array( 'pipe', 'w' ),
					2 => array(
						'pipe',
						'w',
					),
				),
				$pipes
			);
			$this->assertIsResource( $proc );
			$procs[] = array( $proc, $pipes );
		}
		$deadline = microtime( true ) + 120;
		$expected = count( $procs );
		do {
			usleep( 10000 );
			$ready = count( (array) glob( $barrier . '/ready.*' ) );
		} while ( $ready < $expected && microtime( true ) < $deadline );
		touch( $barrier . '/go' );
		$results = array();
		foreach ( $procs as list( $proc, $pipes ) ) {
			$out = (string) stream_get_contents( $pipes[1] );
			$err = (string) stream_get_contents( $pipes[2] );
			fclose( $pipes[1] );
			fclose( $pipes[2] );
			$this->assertSame( 0, proc_close( $proc ), $err . $out );
			$decoded = json_decode( $out, true );
			$this->assertIsArray( $decoded, $err . $out );
			$results[] = $decoded;
		}
		array_map( 'unlink', (array) glob( $barrier . '/*' ) );
		rmdir( $barrier );
		return $results;
	}

	/**
	 * The stack directory (as bootstrap.php computes it).
	 */
	private function stack_dir(): string {
		return getenv( 'WEBINARS_STACK_DIR' ) ? (string) getenv( 'WEBINARS_STACK_DIR' ) : dirname( __DIR__, 3 ) . '/.cache/stack';
	}
}
