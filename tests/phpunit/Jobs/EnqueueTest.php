<?php
/**
 * The queue's table and enqueue: dedupe by unique key, refusals naming the field.
 *
 * @package Webinars
 */

// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQL.NotPrepared -- the test reads the queue table directly.

namespace Webinars\Tests\Jobs;

use Webinars\Contracts\Hooks;
use Webinars\Contracts\Job;
use Webinars\Jobs\Rows;
use Webinars\Jobs\Store;
use Webinars\Schema;
use WP_Error;

/**
 * The queue's table and enqueue.
 */
final class EnqueueTest extends JobsTestCase {

	/**
	 * The table is declared through the schema filter.
	 */
	public function test_the_table_is_declared_through_the_schema_filter(): void {
		$this->assertArrayHasKey( Store::TABLE, Schema::statements() );
		$this->assertSame( Store::table(), $GLOBALS['wpdb']->get_var( $GLOBALS['wpdb']->prepare( 'SHOW TABLES LIKE %s', Store::table() ) ) );
	}

	/**
	 * Enqueue returns an id and a unique key makes one job.
	 */
	public function test_enqueue_returns_an_id_and_a_unique_key_makes_one_job(): void {
		$first  = $this->enqueue( array( 'n' => 1 ), array( 'unique_key' => 'lead:1:webinar:2' ) );
		$second = $this->enqueue( array( 'n' => 2 ), array( 'unique_key' => 'lead:1:webinar:2' ) );
		$other  = $this->enqueue( array( 'n' => 3 ) );
		$again  = $this->enqueue( array( 'n' => 4 ) );
		$this->assertSame( $first, $second, 'The same key is the same job.' );
		$this->assertNotSame( $other, $again, 'Jobs without a key never collide.' );
		$this->assertSame( 3, $this->count_jobs() );
		$row = Rows::get( $first );
		$this->assertNotNull( $row );
		$this->assertSame( Job::STATUS_PENDING, $row['status'] );
		$this->assertSame( '{"n":1}', $row['payload'], 'The first enqueue wins.' );
		$this->assertSame( 3, $row['max_attempts'], "The type's max_attempts." );
	}

	/**
	 * Enqueue refuses undeclared types and bad options.
	 */
	public function test_enqueue_refuses_undeclared_types_and_bad_options(): void {
		$cases = array(
			'type'         => array( 'no_such_type', array() ),
			'unique_key'   => array( 'tests_job', array( 'unique_key' => str_repeat( 'k', 192 ) ) ),
			'run_at'       => array( 'tests_job', array( 'run_at' => 'tomorrow' ) ),
			'max_attempts' => array( 'tests_job', array( 'max_attempts' => 0 ) ),
		);
		foreach ( $cases as $field => list( $type, $options ) ) {
			$result = apply_filters( Hooks::WEBINARS_ENQUEUE_JOB, 0, $type, array(), $options );
			$this->assertInstanceOf( WP_Error::class, $result, $field );
			$this->assertSame( $field, $result->get_error_data()['field'] ?? null );
		}
		$this->assertSame( 0, $this->count_jobs(), 'Nothing was stored.' );
	}
}
