<?php
/**
 * Proves the test infrastructure: real WordPress, the plugin active, and per-test isolation.
 *
 * @package Webinars
 */

namespace Webinars\Tests\Infrastructure;

use Webinars\Tests\TestCase;

/**
 * The tests in this class run in file order; test_b_* checks what test_a_* left behind.
 */
final class IsolationTest extends TestCase {

	/**
	 * What test A created.
	 *
	 * @var array<string, int>
	 */
	private static $created = array();

	/**
	 * WordPress is loaded on MariaDB with InnoDB tables and the plugin active.
	 */
	public function test_plugin_is_active_in_real_wordpress(): void {
		global $wpdb;
		$this->assertTrue( is_plugin_active( 'webinars/webinars.php' ) );
		$this->assertTrue( defined( 'WEBINARS_VERSION' ) );
		$this->assertTrue( did_action( 'init' ) > 0 );
		$this->assertStringContainsString( 'MariaDB', (string) $wpdb->get_var( 'SELECT VERSION()' ) . ' ' . $wpdb->db_server_info() );
		$engines = $wpdb->get_col( $wpdb->prepare( 'SELECT DISTINCT ENGINE FROM information_schema.TABLES WHERE TABLE_SCHEMA = %s', DB_NAME ) );
		$this->assertSame( array( 'InnoDB' ), $engines, 'every table must be InnoDB for the per-test transaction' );
	}

	/**
	 * Test A leaves a post, a user, an option, a hook, an action count, a current user and a mail behind.
	 */
	public function test_a_writes_data_hooks_and_user(): void {
		self::$created['post'] = $this->create_post( array( 'post_title' => 'Isolation probe' ) );
		self::$created['user'] = $this->create_user( 'editor' );
		update_option( 'webinars_isolation_probe', 'A' );
		add_filter( 'webinars_isolation_probe', '__return_true' );
		do_action( 'webinars_isolation_probe_action' );
		$this->as_user( self::$created['user'] );
		wp_mail( 'someone@example.org', 'Probe', 'Body' );

		$this->assertSame( 'Isolation probe', get_the_title( self::$created['post'] ) );
		$this->assertSame( 'A', get_option( 'webinars_isolation_probe' ) );
		$this->assertTrue( current_user_can( 'edit_others_posts' ) );
		$this->assertCount( 1, $this->sent_mails() );
		$this->assertSame( 'Probe', $this->sent_mails()[0]['subject'] );
	}

	/**
	 * Test B sees none of what test A left behind.
	 *
	 * @depends test_a_writes_data_hooks_and_user
	 */
	public function test_b_sees_none_of_it(): void {
		global $wpdb;
		$this->assertNull( get_post( self::$created['post'] ) );
		$this->assertSame( '0', (string) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->posts} WHERE ID = %d", self::$created['post'] ) ) );
		$this->assertFalse( get_userdata( self::$created['user'] ) );
		$this->assertFalse( get_option( 'webinars_isolation_probe' ) );
		$this->assertFalse( has_filter( 'webinars_isolation_probe' ) );
		$this->assertSame( 0, did_action( 'webinars_isolation_probe_action' ) );
		$this->assertSame( 0, get_current_user_id() );
		$this->assertSame( array(), $this->sent_mails() );
	}

	/**
	 * CREATE/DROP TABLE in a test become TEMPORARY and so do not commit the test's transaction.
	 */
	public function test_ddl_inside_a_test_does_not_commit(): void {
		global $wpdb;
		$wpdb->query( "CREATE TABLE {$wpdb->prefix}webinars_probe (id INT) ENGINE=InnoDB" );
		$wpdb->query( "INSERT INTO {$wpdb->prefix}webinars_probe VALUES (1)" );
		$this->assertSame( '1', (string) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->prefix}webinars_probe" ) );
		$wpdb->query( "DROP TABLE {$wpdb->prefix}webinars_probe" );
		$this->assertSame( '', (string) $wpdb->last_error );
	}

	/**
	 * REST requests run in-process as a given user.
	 */
	public function test_rest_request_in_process(): void {
		$admin    = $this->create_user( 'administrator' );
		$response = $this->rest(
			'POST',
			'/wp/v2/posts',
			array(
				'title'  => 'Via REST',
				'status' => 'publish',
			),
			$admin
		);
		$this->assertSame( 201, $response->get_status() );
		$this->assertSame( 'Via REST', get_the_title( $response->get_data()['id'] ) );

		$this->assertSame( 401, $this->rest( 'POST', '/wp/v2/posts', array( 'title' => 'x' ), 0 )->get_status() );
		$this->assertSame( 200, $this->rest( 'GET', '/wp/v2/posts?per_page=1' )->get_status() );
	}
}
