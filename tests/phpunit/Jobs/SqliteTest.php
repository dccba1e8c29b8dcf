<?php
/**
 * The queue on SQLite, as under WordPress Playground: a second test site on WordPress's SQLite
 * driver (the sqlite-database-integration plugin that @wp-playground/cli ships) where the queue's
 * table is created by dbDelta through the driver, parallel enqueues of one key make one job and
 * parallel runner processes run each of 200 jobs exactly once.
 *
 * @package Webinars
 */

// phpcs:disable WordPress.PHP.DiscouragedPHPFunctions.system_calls_proc_open, WordPress.PHP.DiscouragedPHPFunctions.system_calls_exec, WordPress.PHP.DiscouragedPHPFunctions.system_calls_shell_exec, WordPress.WP.AlternativeFunctions -- separate processes and a scratch site are the point.

namespace Webinars\Tests\Jobs;

use Webinars\Contracts\Job;
use Webinars\Tests\TestCase;

/**
 * Concurrency of the queue on SQLite.
 */
final class SqliteTest extends TestCase {

	private const JOBS    = 200;
	private const RUNNERS = 3;

	/**
	 * Config of the SQLite site (made once per run).
	 *
	 * @var string|null
	 */
	private static $config = null;

	/**
	 * Three runner processes on 200 jobs: each runs exactly once; ten parallel enqueues of one key
	 * make one job.
	 */
	public function test_parallel_runners_and_enqueues_on_sqlite(): void {
		$config = $this->site();
		$setup  = $this->process( $config, '-', 'setup', (string) self::JOBS );
		$this->assertSame( self::JOBS, $setup['result'] );

		$results = $this->parallel( $config, array_fill( 0, self::RUNNERS, array( 'run', '10' ) ) );
		$report  = $this->process( $config, '-', 'report', '-' )['result'];
		$this->assertCount( self::JOBS, $report['runs'], 'Every job ran: ' . wp_json_encode( $results ) );
		$this->assertSame( array( 1 ), array_values( array_unique( $report['runs'] ) ), 'No job ran twice.' );
		$this->assertSame( array( Job::STATUS_DONE => self::JOBS ), $report['statuses'] );

		$ids = array_unique( array_column( $this->parallel( $config, array_fill( 0, 10, array( 'enqueue', 'sqlite:one-key' ) ) ), 'result' ) );
		$this->assertCount( 1, $ids, 'One job for one key.' );
		$this->assertSame( self::JOBS + 1, array_sum( $this->process( $config, '-', 'report', '-' )['result']['statuses'] ) );
	}

	/**
	 * Builds the SQLite site once: wp-content with the driver's db.php drop-in, the plugin linked,
	 * a config derived from the MariaDB test site's, then WordPress installed and the plugin
	 * activated by scripts/wp-install.php.
	 *
	 * @return string Config path.
	 */
	private function site(): string {
		if ( null !== self::$config ) {
			return self::$config;
		}
		$repo = dirname( __DIR__, 3 );
		$zip  = $repo . '/node_modules/@wp-playground/cli/sqlite-database-integration.zip';
		if ( ! is_file( $zip ) || ! extension_loaded( 'pdo_sqlite' ) || '' === (string) shell_exec( 'command -v unzip' ) ) {
			$this->markTestSkipped( 'Needs pdo_sqlite, unzip and node_modules/@wp-playground/cli.' );
		}
		$stack   = getenv( 'WEBINARS_STACK_DIR' ) ? (string) getenv( 'WEBINARS_STACK_DIR' ) : $repo . '/.cache/stack';
		$dir     = $stack . '/phpunit-sqlite';
		$content = $dir . '/wp-content';
		$output  = array();
		exec( 'rm -rf ' . escapeshellarg( $dir ) );
		mkdir( $content . '/plugins', 0777, true );
		mkdir( $content . '/database', 0777, true );
		exec( 'unzip -q ' . escapeshellarg( $zip ) . ' -d ' . escapeshellarg( $content . '/plugins' ), $output, $rc );
		$this->assertSame( 0, $rc, 'unzip' );
		$driver = $content . '/plugins/sqlite-database-integration';
		rename( $content . '/plugins/plugin-sqlite-database-integration', $driver );
		file_put_contents(
			$content . '/db.php',
			str_replace( array( '{SQLITE_IMPLEMENTATION_FOLDER_PATH}', '{SQLITE_PLUGIN}' ), array( $driver, 'sqlite-database-integration/load.php' ), (string) file_get_contents( $driver . '/db.copy' ) )
		);
		symlink( $repo . '/plugin', $content . '/plugins/webinars' );
		symlink( rtrim( (string) ABSPATH, '/' ) . '/wp-content/themes', $content . '/themes' );

		$config  = (string) file_get_contents( $stack . '/phpunit/wp-tests-config.php' );
		$config  = (string) preg_replace( "/^define\( 'WP_CONTENT_DIR'.*$/m", 'define( \'WP_CONTENT_DIR\', ' . var_export( $content, true ) . ' );', $config ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_var_export -- writes PHP.
		$config .= 'define( \'DB_DIR\', ' . var_export( $content . '/database/', true ) . " );\ndefine( 'DB_FILE', 'site.sqlite' );\n"; // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_var_export -- writes PHP.
		$path    = $dir . '/wp-config.php';
		file_put_contents( $path, $config );

		exec( escapeshellarg( PHP_BINARY ) . ' ' . escapeshellarg( $repo . '/scripts/wp-install.php' ) . ' --quiet --config=' . escapeshellarg( $path ) . ' 2>&1', $output, $rc );
		$this->assertSame( 0, $rc, implode( "\n", $output ) );
		$this->assertFileExists( $content . '/database/site.sqlite' );
		self::$config = $path;
		return $path;
	}

	/**
	 * Runs processes released together (see fixtures/jobs-process.php).
	 *
	 * @param string                         $config         Config path.
	 * @param array<int, array<int, string>> $argument_lists Mode and argument per process.
	 * @return array<int, array{result: mixed}>
	 */
	private function parallel( string $config, array $argument_lists ): array {
		$barrier = dirname( $config ) . '/barrier-' . self::next_sequence();
		mkdir( $barrier );
		$procs = array();
		foreach ( $argument_lists as $arguments ) {
			$procs[] = $this->start( array_merge( array( $config, $barrier ), $arguments ) );
		}
		$deadline = microtime( true ) + 120;
		$expected = count( $procs );
		do {
			usleep( 10000 );
			$ready = count( (array) glob( $barrier . '/ready.*' ) );
		} while ( $ready < $expected && microtime( true ) < $deadline );
		touch( $barrier . '/go' );
		$results = array_map( array( $this, 'finish' ), $procs );
		array_map( 'unlink', (array) glob( $barrier . '/*' ) );
		rmdir( $barrier );
		return $results;
	}

	/**
	 * Runs one process to its end.
	 *
	 * @param string $config  Config path.
	 * @param string $barrier Barrier directory or '-'.
	 * @param string $mode    Mode.
	 * @param string $arg     Argument.
	 * @return array{result: mixed}
	 */
	private function process( string $config, string $barrier, string $mode, string $arg ): array {
		return $this->finish( $this->start( array( $config, $barrier, $mode, $arg ) ) );
	}

	/**
	 * Starts the fixture process.
	 *
	 * @param array<int, string> $arguments Arguments.
	 * @return array{0: resource, 1: array<int, resource>}
	 */
	private function start( array $arguments ): array {
		$pipes = array();
		$proc  = proc_open(
			array_merge( array( PHP_BINARY, dirname( __DIR__ ) . '/fixtures/jobs-process.php' ), $arguments ),
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
		return array( $proc, $pipes );
	}

	/**
	 * Waits for a process and decodes its output.
	 *
	 * @param array{0: resource, 1: array<int, resource>} $started From start().
	 * @return array{result: mixed}
	 */
	private function finish( array $started ): array {
		list( $proc, $pipes ) = $started;
		$out                  = (string) stream_get_contents( $pipes[1] );
		$err                  = (string) stream_get_contents( $pipes[2] );
		fclose( $pipes[1] );
		fclose( $pipes[2] );
		$this->assertSame( 0, proc_close( $proc ), $err . $out );
		$decoded = json_decode( $out, true );
		$this->assertIsArray( $decoded, $err . $out );
		return $decoded;
	}
}
