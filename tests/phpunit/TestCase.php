<?php
/**
 * Base class for integration tests against real WordPress + MariaDB (see bootstrap.php).
 *
 * Each test runs inside a database transaction that is rolled back afterwards (all tables are InnoDB);
 * CREATE/DROP TABLE issued during a test become TEMPORARY so they do not commit the transaction.
 * Hooks ($wp_filter, $wp_actions, $wp_filters, $wp_current_filter), the current user, the object cache,
 * the REST server, the main query and the request superglobals are reset around every test.
 *
 * Subclasses override set_up()/tear_down() and call the parent.
 *
 * @package Webinars
 */

// phpcs:disable WordPress.NamingConventions.ValidFunctionName.MethodNameInvalid, WordPress.WP.GlobalVariablesOverride, WordPress.DB.DirectDatabaseQuery

namespace Webinars\Tests;

use WP_REST_Request;
use WP_REST_Response;

/**
 * Integration test base class.
 */
abstract class TestCase extends \PHPUnit\Framework\TestCase {

	/**
	 * Hook globals saved before the test.
	 *
	 * @var array<string, mixed>
	 */
	private $hooks_saved = array();

	/**
	 * Counter for unique factory values.
	 *
	 * @var int
	 */
	private static $sequence = 0;

	/**
	 * PHPUnit entry point: use set_up() in subclasses.
	 */
	protected function setUp(): void {
		parent::setUp();
		$this->set_up();
	}

	/**
	 * PHPUnit exit point: use tear_down() in subclasses.
	 */
	protected function tearDown(): void {
		$this->tear_down();
		parent::tearDown();
	}

	/**
	 * Starts the transaction and snapshots global state.
	 */
	public function set_up(): void {
		global $wpdb;
		set_time_limit( 0 );
		$this->backup_hooks();
		if ( ! $wpdb->check_connection( false ) ) {
			$this->fail( 'Lost the database connection.' );
		}
		$wpdb->suppress_errors = false;
		$wpdb->show_errors     = true;
		$wpdb->query( 'SET autocommit = 0' );
		$wpdb->query( 'START TRANSACTION' );
		add_filter( 'query', array( $this, 'temporary_tables_filter' ) );
		wp_cache_flush();
		wp_set_current_user( 0 );
		$GLOBALS['webinars_tests_mails'] = array();
	}

	/**
	 * Rolls the database back and restores global state.
	 */
	public function tear_down(): void {
		global $wpdb;
		$wpdb->query( 'ROLLBACK' );
		$_GET                      = array();
		$_POST                     = array();
		$_REQUEST                  = array();
		$GLOBALS['wp_rest_server'] = null;
		$GLOBALS['wp_query']       = new \WP_Query();
		$GLOBALS['wp_the_query']   = $GLOBALS['wp_query'];
		$GLOBALS['wp']             = new \WP();
		unset( $GLOBALS['post'] );
		wp_set_current_user( 0 );
		$this->restore_hooks();
		wp_cache_flush();
	}

	/**
	 * Turns CREATE/DROP TABLE into their TEMPORARY forms (DDL would commit the test's transaction).
	 *
	 * @internal Hooked to 'query' during a test.
	 * @param string $query SQL.
	 * @return string
	 */
	public function temporary_tables_filter( $query ) {
		$query = (string) $query;
		if ( 0 === stripos( ltrim( $query ), 'CREATE TABLE' ) ) {
			return (string) preg_replace( '/^\s*CREATE TABLE/i', 'CREATE TEMPORARY TABLE', $query );
		}
		if ( 0 === stripos( ltrim( $query ), 'DROP TABLE' ) ) {
			return (string) preg_replace( '/^\s*DROP TABLE/i', 'DROP TEMPORARY TABLE', $query );
		}
		return $query;
	}

	/**
	 * Saves the hook globals (WP_Hook objects are cloned).
	 */
	private function backup_hooks(): void {
		foreach ( array( 'wp_actions', 'wp_filters', 'wp_current_filter' ) as $key ) {
			$this->hooks_saved[ $key ] = $GLOBALS[ $key ] ?? array();
		}
		$this->hooks_saved['wp_filter'] = array();
		foreach ( $GLOBALS['wp_filter'] as $hook_name => $hook ) {
			$this->hooks_saved['wp_filter'][ $hook_name ] = clone $hook;
		}
	}

	/**
	 * Restores the hook globals saved by backup_hooks().
	 */
	private function restore_hooks(): void {
		foreach ( $this->hooks_saved as $key => $value ) {
			$GLOBALS[ $key ] = $value;
		}
		$this->hooks_saved = array();
	}

	/**
	 * A number unique within the run, for logins, titles, e-mails.
	 */
	protected static function next_sequence(): int {
		return ++self::$sequence;
	}

	/**
	 * Creates a user.
	 *
	 * @param string               $role Role (administrator, editor, author, contributor, subscriber).
	 * @param array<string, mixed> $args Extra wp_insert_user() arguments.
	 * @return int User ID.
	 */
	protected function create_user( string $role = 'subscriber', array $args = array() ): int {
		$n       = self::next_sequence();
		$user_id = wp_insert_user(
			array_merge(
				array(
					'user_login' => "user_$n",
					'user_email' => "user_$n@example.org",
					'user_pass'  => 'password',
					'role'       => $role,
				),
				$args
			)
		);
		if ( is_wp_error( $user_id ) ) {
			$this->fail( 'create_user: ' . $user_id->get_error_message() );
		}
		return (int) $user_id;
	}

	/**
	 * Creates a post (any type).
	 *
	 * @param array<string, mixed> $args wp_insert_post() arguments (post_type, post_status, meta_input, ...).
	 * @return int Post ID.
	 */
	protected function create_post( array $args = array() ): int {
		$n       = self::next_sequence();
		$post_id = wp_insert_post(
			array_merge(
				array(
					'post_title'   => "Post $n",
					'post_content' => "Content of post $n",
					'post_status'  => 'publish',
					'post_type'    => 'post',
				),
				$args
			),
			true
		);
		if ( is_wp_error( $post_id ) ) {
			$this->fail( 'create_post: ' . $post_id->get_error_message() );
		}
		return (int) $post_id;
	}

	/**
	 * Makes a user the current user (0 = logged out).
	 *
	 * @param int $user_id User ID.
	 */
	protected function as_user( int $user_id ): void {
		wp_set_current_user( $user_id );
	}

	/**
	 * Runs a REST request in-process (no HTTP): rest_do_request().
	 *
	 * @param string                    $method  GET, POST, PUT, PATCH, DELETE.
	 * @param string                    $route   e.g. '/webinars/v1/webinars' or '/wp/v2/posts?per_page=1'.
	 * @param array<string, mixed>|null $params  Query params for GET/DELETE, JSON body otherwise.
	 * @param int|null                  $user_id Run as this user (null = the current user).
	 * @param array<string, string>     $headers Extra headers.
	 */
	protected function rest( string $method, string $route, ?array $params = null, ?int $user_id = null, array $headers = array() ): WP_REST_Response {
		if ( null !== $user_id ) {
			wp_set_current_user( $user_id );
		}
		$query = array();
		$path  = $route;
		if ( false !== strpos( $route, '?' ) ) {
			list( $path, $qs ) = explode( '?', $route, 2 );
			parse_str( $qs, $query );
		}
		$request = new WP_REST_Request( strtoupper( $method ), $path );
		$request->set_query_params( $query );
		foreach ( $headers as $name => $value ) {
			$request->set_header( $name, $value );
		}
		if ( null !== $params ) {
			if ( in_array( strtoupper( $method ), array( 'GET', 'HEAD', 'DELETE' ), true ) ) {
				$request->set_query_params( array_merge( $query, $params ) );
			} else {
				$request->set_header( 'Content-Type', 'application/json' );
				$request->set_body( (string) wp_json_encode( $params ) );
				$request->set_body_params( $params );
			}
		}
		rest_get_server(); // Fires rest_api_init once per test (the server is reset in tear_down()).
		return rest_ensure_response( rest_do_request( $request ) );
	}

	/**
	 * Mails passed to wp_mail() during this test (never really sent): each the wp_mail() arguments
	 * array with keys to, subject, message, headers, attachments.
	 *
	 * @return array<int, array<string, mixed>>
	 */
	protected function sent_mails(): array {
		return $GLOBALS['webinars_tests_mails'] ?? array();
	}

	/**
	 * Runs one PHP process per argument list, all released at once when every one has loaded
	 * WordPress (a process prints "ready", waits for "go" on its input, then does its one thing
	 * and prints its JSON result): races between separate processes, as on several PHP nodes.
	 *
	 * @param string     $script    Fixture script; its first argument is the test config.
	 * @param string[][] $arguments Further arguments, one list per process.
	 * @return list<array<string, mixed>> Each process's decoded result, in order.
	 */
	protected function run_released_processes( string $script, array $arguments ): array {
		$stack  = getenv( 'WEBINARS_STACK_DIR' ) ? getenv( 'WEBINARS_STACK_DIR' ) : dirname( __DIR__, 2 ) . '/.cache/stack';
		$config = $stack . '/phpunit/wp-tests-config.php';
		$procs  = array();
		foreach ( $arguments as $args ) {
			$pipes = array();
			$proc  = proc_open( // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.system_calls_proc_open -- separate processes are the point.
				array_merge( array( PHP_BINARY, $script, $config ), $args ),
				array(
					0 => array( 'pipe', 'r' ),
					1 => array( 'pipe', 'w' ),
					2 => array( 'file', '/dev/null', 'w' ),
				),
				$pipes
			);
			$this->assertIsResource( $proc );
			$procs[] = array( $proc, $pipes );
		}
		foreach ( $procs as list( , $pipes ) ) {
			$this->assertSame( "ready\n", fgets( $pipes[1] ), 'The process loaded WordPress.' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- process pipes.
		}
		foreach ( $procs as list( , $pipes ) ) {
			fwrite( $pipes[0], "go\n" ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- process pipes.
			fflush( $pipes[0] );
		}
		$results = array();
		foreach ( $procs as list( $proc, $pipes ) ) {
			$out = (string) stream_get_contents( $pipes[1] );
			fclose( $pipes[0] ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- process pipes.
			fclose( $pipes[1] ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- process pipes.
			$this->assertSame( 0, proc_close( $proc ), $out );
			$decoded = json_decode( $out, true );
			$this->assertIsArray( $decoded, $out );
			$results[] = $decoded;
		}
		return $results;
	}
}
