<?php
/**
 * Shared set-up of the lead tests: submissions through the bus, and a record of every lead fact
 * fired during the test.
 *
 * @package Webinars
 */

namespace Webinars\Tests\Leads;

use Webinars\Contracts\Bus;
use Webinars\Contracts\Hooks;
use Webinars\Contracts\Outcome;
use Webinars\Tests\TestCase;

/**
 * Base class of the lead tests.
 */
abstract class LeadsTestCase extends TestCase {

	/**
	 * Lead facts fired during the test: list of array{ hook, payload }.
	 *
	 * @var list<array{hook: string, payload: array<string, mixed>}>
	 */
	protected array $facts = array();

	/**
	 * Records the lead facts.
	 */
	public function set_up(): void {
		parent::set_up();
		$this->facts = array();
		foreach ( array( Hooks::CORE_LEAD_CREATED, Hooks::CORE_LEAD_UPDATED, Hooks::CORE_LEAD_MERGED, Hooks::CORE_LEAD_DELETED ) as $hook ) {
			add_action(
				$hook,
				function ( $payload ) use ( $hook ) {
					$this->facts[] = array(
						'hook'    => $hook,
						'payload' => (array) $payload,
					);
				}
			);
		}
	}

	/**
	 * A valid core_ingest_event payload.
	 *
	 * @param array<string, mixed> $fields   Fields (merged over name + email).
	 * @param array<string, mixed> $overrides Top-level overrides.
	 * @return array<string, mixed>
	 */
	protected function submission( array $fields = array(), array $overrides = array() ): array {
		return array_merge(
			array(
				'source'          => 'test',
				'form_id'         => 'form-1',
				'fields'          => array_merge(
					array(
						'name'  => 'Ada Lovelace',
						'email' => 'ada@example.org',
					),
					$fields
				),
				'consent'         => true,
				'submitted_at'    => '2026-12-01T10:00:00Z',
				'idempotency_key' => 'key-' . wp_generate_uuid4(),
			),
			$overrides
		);
	}

	/**
	 * Ingests a payload through the bus, as a route would.
	 *
	 * @param array<string, mixed> $payload Payload.
	 */
	protected function ingest( array $payload ): Outcome {
		$outcome = Bus::command( Hooks::CORE_INGEST_EVENT, $payload );
		$this->assertInstanceOf( Outcome::class, $outcome, is_wp_error( $outcome ) ? $outcome->get_error_message() : '' );
		$this->assertFalse( $outcome->is_refused(), $outcome->message() );
		return $outcome;
	}

	/**
	 * The lead ID an outcome names.
	 *
	 * @param Outcome $outcome Outcome.
	 */
	protected static function lead_id( Outcome $outcome ): int {
		return (int) ( $outcome->state()['lead_id'] ?? 0 );
	}

	/**
	 * The hooks of the recorded facts, in order.
	 *
	 * @return list<string>
	 */
	protected function fact_hooks(): array {
		return array_map( static fn( $fact ) => $fact['hook'], $this->facts );
	}

	/**
	 * A lead's stored row (merged ones included).
	 *
	 * @param int $id Lead ID.
	 * @return array<string, mixed>|null
	 */
	protected function row( int $id ): ?array {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$wpdb->prefix}webinars_leads WHERE id = %d", $id ), ARRAY_A ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		return is_array( $row ) ? $row : null;
	}
}
