<?php
/**
 * A write reads the room at most twice (before 0.2.0: four times).
 *
 * @package Webinars
 */

namespace Webinars\Tests\Room;

use Webinars\Contracts\Room;

/**
 * Counts room reads per command.
 */
final class ReadsPerWriteTest extends RoomTestCase {

	/**
	 * A write reads the room twice at most: before (the rule, from the cache when warm) and after
	 * (what the database decided); the route reads none (404 by post type, the answer from the
	 * outcome). A read is a cache hit or a SELECT on the rooms table. Before 0.2.0: four.
	 */
	public function test_a_write_reads_the_room_at_most_twice(): void {
		$this->state(); // The row exists (a webinar's first read creates it).
		foreach ( array( Room::REQUEST_START, Room::REQUEST_STOP ) as $request ) {
			wp_cache_flush(); // A request with nothing cached.
			$reads = $this->count_room_reads(
				function () use ( $request ) {
					$response = $this->set_status( $request, $this->users['speaker'] );
					$this->assertSame( 200, $response->get_status() );
					$this->assertTrue( $response->get_data()['changed'] );
				}
			);
			$this->assertSame( array( 2, 0 ), $reads, "$request: SELECTs, cache hits" );
		}
		$this->state(); // Warm the cache, as a poll does.
		$reads = $this->count_room_reads(
			function () {
				$this->assertSame( 200, $this->set_cta( true, $this->users['speaker'] )->get_status() );
			}
		);
		$this->assertSame( array( 1, 1 ), $reads, 'Warm: the read before is a cache hit, the read after a SELECT.' );
	}

	/**
	 * Counts the room reads $run makes: SELECTs on the rooms table, and hits of the room cache
	 * (the object cache is swapped for a counting copy meanwhile).
	 *
	 * @param callable $run Code to measure.
	 * @return array{int, int} SELECTs, cache hits.
	 */
	private function count_room_reads( callable $run ): array {
		global $wpdb, $wp_object_cache;
		$rooms           = $wpdb->prefix . 'webinars_rooms';
		$selects         = 0;
		$count           = static function ( $sql ) use ( &$selects, $rooms ) {
			if ( 1 === preg_match( '/^\s*SELECT\b.*\bFROM\s+`?' . preg_quote( $rooms, '/' ) . '\b/is', (string) $sql ) ) {
				++$selects;
			}
			return $sql;
		};
		$original        = $wp_object_cache;
		$counting        = new class() extends \WP_Object_Cache {
			/**
			 * Room cache hits.
			 *
			 * @var int
			 */
			public int $hits = 0;

			/**
			 * Counts hits of room:* in the webinars group.
			 *
			 * @param int|string $key   Key.
			 * @param string     $group Group.
			 * @param bool       $force Force.
			 * @param bool|null  $found Found.
			 * @return mixed
			 */
			public function get( $key, $group = 'default', $force = false, &$found = null ) {
				$value = parent::get( $key, $group, $force, $found );
				if ( 'webinars' === $group && 0 === strpos( (string) $key, 'room:' ) && false !== $value ) {
					++$this->hits;
				}
				return $value;
			}
		};
		$counting->cache = $original->cache; // Same contents.
		$wp_object_cache = $counting; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- measuring, restored below.
		add_filter( 'query', $count );
		try {
			$run();
		} finally {
			remove_filter( 'query', $count );
			$wp_object_cache = $original; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		}
		wp_cache_flush();
		return array( $selects, $counting->hits );
	}
}
