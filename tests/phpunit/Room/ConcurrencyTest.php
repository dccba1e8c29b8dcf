<?php
/**
 * Twenty "start" requests at the same instant from twenty separate PHP processes (as from several
 * PHP nodes sharing one database) make exactly one transition and one effect: the compare-and-set
 * UPDATE lets one win, the event log has one row (its unique key would refuse a second), the
 * version moves by one.
 *
 * @package Webinars
 */

namespace Webinars\Tests\Room;

use Webinars\Contracts\Room;
/**
 * Concurrency against real MariaDB.
 */
final class ConcurrencyTest extends RoomTestCase {

	private const PROCESSES = 20;

	/**
	 * The fixtures must be committed so that other processes see them; clean them up ourselves.
	 */
	public function tear_down(): void {
		global $wpdb;
		$wpdb->query( 'ROLLBACK' );
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->prefix}webinars_room_events WHERE webinar_id IN (%d, %d)", $this->webinar, $this->other_webinar ) );
		wp_delete_post( $this->webinar, true );
		wp_delete_post( $this->other_webinar, true );
		require_once ABSPATH . 'wp-admin/includes/user.php';
		foreach ( $this->users as $user_id ) {
			wp_delete_user( $user_id );
		}
		$wpdb->query( 'COMMIT' );
		parent::tear_down();
	}

	/**
	 * 20 concurrent starts → one transition, one effect.
	 */
	public function test_twenty_concurrent_starts_make_one_transition(): void {
		global $wpdb;
		$wpdb->query( 'COMMIT' );
		$before = $this->state()['version'];
		$wpdb->query( 'COMMIT' );

		$results = $this->run_concurrently(
			'/webinars/v1/actions/core_webinar_set_status',
			array(
				'webinar_id' => $this->webinar,
				'status'     => 'start',
			),
			$this->users['speaker']
		);

		$wpdb->query( 'COMMIT' ); // A fresh snapshot: see what the other processes committed.
		wp_cache_flush();
		$statuses = array_count_values( array_map( static fn( $r ) => (string) $r['status'], $results ) );
		$this->assertSame( array( '200' => self::PROCESSES ), $statuses, 'Every request succeeds (a repeat is not an error).' );
		$changed = array_filter( $results, static fn( $r ) => true === $r['data']['changed'] );
		$this->assertCount( 1, $changed, 'Exactly one request made the change.' );

		$state = $this->state();
		$this->assertSame( Room::STATUS_LIVE, $state['status'] );
		$this->assertSame( $before + 1, $state['version'], 'One transition: the version moved by one.' );
		$events = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->prefix}webinars_room_events WHERE webinar_id = %d", $this->webinar ) );
		$this->assertSame( 1, $events, 'One effect in the event log.' );
	}

	/**
	 * Runs one request per process, all released at once when every process has loaded
	 * WordPress (a file barrier: a busy machine delays the release, it does not spread it).
	 *
	 * @param string               $route   REST route.
	 * @param array<string, mixed> $body    Body.
	 * @param int                  $user_id User.
	 * @return list<array{status: int, data: array<string, mixed>}>
	 */
	private function run_concurrently( string $route, array $body, int $user_id ): array {
		$stack   = getenv( 'WEBINARS_STACK_DIR' ) ? getenv( 'WEBINARS_STACK_DIR' ) : dirname( __DIR__, 3 ) . '/.cache/stack';
		$config  = $stack . '/phpunit/wp-tests-config.php';
		$script  = dirname( __DIR__ ) . '/fixtures/concurrent-request.php';
		$barrier = get_temp_dir() . 'webinars-barrier-' . wp_generate_password( 12, false );
		$this->assertTrue( wp_mkdir_p( $barrier ) );
		$procs = array();
		for ( $i = 0; $i < self::PROCESSES; $i++ ) {
			$command = array( PHP_BINARY, $script, $config, $barrier, (string) $user_id, $route, (string) wp_json_encode( $body ) );
			$pipes   = array();
			$proc    = proc_open( // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.system_calls_proc_open -- separate processes are the point.
				$command,
				array(
					1 => array( 'pipe', 'w' ),
					2 => array( 'pipe', 'w' ),
				),
				$pipes
			);
			$this->assertIsResource( $proc );
			$procs[] = array( $proc, $pipes );
		}
		$deadline = microtime( true ) + 120;
		do {
			usleep( 20000 );
			$ready = count( (array) glob( $barrier . '/ready-*' ) );
		} while ( $ready < self::PROCESSES && microtime( true ) < $deadline );
		$this->assertCount( self::PROCESSES, (array) glob( $barrier . '/ready-*' ), 'Every process loaded WordPress.' );
		touch( $barrier . '/go' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- the barrier.
		$results = array();
		foreach ( $procs as list( $proc, $pipes ) ) {
			$out = (string) stream_get_contents( $pipes[1] );
			$err = (string) stream_get_contents( $pipes[2] );
			fclose( $pipes[1] ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- process pipes.
			fclose( $pipes[2] ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- process pipes.
			$this->assertSame( 0, proc_close( $proc ), $err . $out );
			$decoded = json_decode( $out, true );
			$this->assertIsArray( $decoded, $err . $out );
			$results[] = $decoded;
		}
		array_map( 'wp_delete_file', (array) glob( $barrier . '/*' ) );
		rmdir( $barrier ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- our temporary directory.
		// No timing bound (a loaded machine is slow, not wrong): that requests overlapped is the point.
		$sent       = array_column( $results, 'sent_at' );
		$first_done = min( array_column( $results, 'done_at' ) );
		$in_flight  = count( array_filter( $sent, static fn( $at ) => $at < $first_done ) );
		$this->assertGreaterThan( 1, $in_flight, 'Requests were in flight at the same time.' );
		return $results;
	}
}
