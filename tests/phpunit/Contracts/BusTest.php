<?php
/**
 * The event bus against real WordPress: a valid payload fires the canonical action (once, with the
 * sanitized payload); an invalid one is not fired and is reported.
 *
 * @package Webinars
 */

namespace Webinars\Tests\Contracts;

use Webinars\Contracts\Bus;
use Webinars\Contracts\Canon;
use Webinars\Contracts\Hooks;
use Webinars\Tests\TestCase;
use WP_Error;

/**
 * Tests for Webinars\Contracts\Bus.
 */
final class BusTest extends TestCase {

	/**
	 * Calls received by the test listener.
	 *
	 * @var list<array<string, mixed>>
	 */
	private array $received = array();

	/**
	 * Messages passed to _doing_it_wrong().
	 *
	 * @var list<string>
	 */
	private array $doing_it_wrong = array();

	/**
	 * Where error_log() writes during the test.
	 *
	 * @var string
	 */
	private string $log_file = '';

	/**
	 * Previous error_log ini value.
	 *
	 * @var string
	 */
	private string $previous_log = '';

	/**
	 * Captures notices and the error log.
	 */
	public function set_up(): void {
		parent::set_up();
		$this->received       = array();
		$this->doing_it_wrong = array();
		add_filter( 'doing_it_wrong_trigger_error', '__return_false' );
		add_action(
			'doing_it_wrong_run',
			function ( $function_name, $message ) {
				$this->doing_it_wrong[] = $function_name . ': ' . $message;
			},
			10,
			2
		);
		$this->log_file     = (string) tempnam( get_temp_dir(), 'webinars-bus-log' );
		$this->previous_log = (string) ini_get( 'error_log' );
		ini_set( 'error_log', $this->log_file ); // phpcs:ignore WordPress.PHP.IniSet.Risky -- captures the bus's log line.
	}

	/**
	 * Restores the error log.
	 */
	public function tear_down(): void {
		ini_set( 'error_log', $this->previous_log ); // phpcs:ignore WordPress.PHP.IniSet.Risky
		wp_delete_file( $this->log_file );
		parent::tear_down();
	}

	/**
	 * Every canonical action with a minimal valid payload built from its schema.
	 *
	 * @return array<string, array{string, array<string, mixed>}>
	 */
	public function canonical_actions(): array {
		$cases = array();
		foreach ( Canon::HOOKS as $name => $contract ) {
			$cases[ $name ] = array( $name, self::sample( $contract['payload'] ) );
		}
		return $cases;
	}

	/**
	 * A valid payload fires the action once, with the payload as the only argument.
	 *
	 * @dataProvider canonical_actions
	 *
	 * @param string               $hook    Action.
	 * @param array<string, mixed> $payload Valid payload.
	 */
	public function test_fires_every_canonical_action_with_a_valid_payload( string $hook, array $payload ): void {
		$this->listen( $hook );
		$before = did_action( $hook );

		$this->assertTrue( Bus::emit( $hook, $payload ) );

		$this->assertSame( $before + 1, did_action( $hook ) );
		$this->assertSame( array( $payload ), $this->received );
		$this->assertSame( array(), $this->doing_it_wrong );
	}

	/**
	 * Ways to break a contract, each with the field the error must name.
	 *
	 * @return array<string, array{string, array<string, mixed>, string}>
	 */
	public function broken_payloads(): array {
		$entered = array(
			'lead_id'    => 7,
			'webinar_id' => 3,
			'timestamp'  => '2026-11-22T10:00:00Z',
			'session_id' => '6a9f7f26-4c0c-4a91-9f3d-b159c2dcb001',
		);
		$status  = array(
			'webinar_id' => 3,
			'status'     => 'start',
			'context'    => array(
				'actor_id' => 1,
				'role'     => 'speaker',
				'source'   => 'rest',
			),
		);
		$route   = array(
			'lead_id'    => 7,
			'webinar_id' => 3,
			'attended'   => true,
			'timestamp'  => '2026-11-22T10:00:00Z',
			'route'      => 'attended',
		);
		$minus   = static function ( array $payload, string $key ): array {
			unset( $payload[ $key ] );
			return $payload;
		};
		return array(
			'missing field'            => array( Hooks::CLIENT_WEBINAR_ENTERED, $minus( $entered, 'session_id' ), 'session_id' ),
			'wrong type'               => array( Hooks::CLIENT_WEBINAR_ENTERED, array_merge( $entered, array( 'lead_id' => 'seven' ) ), 'lead_id' ),
			'below minimum'            => array( Hooks::CLIENT_WEBINAR_ENTERED, array_merge( $entered, array( 'webinar_id' => 0 ) ), 'webinar_id' ),
			'not a uuid'               => array( Hooks::CLIENT_WEBINAR_ENTERED, array_merge( $entered, array( 'session_id' => 'abc' ) ), 'session_id' ),
			'not a date'               => array( Hooks::CLIENT_WEBINAR_ENTERED, array_merge( $entered, array( 'timestamp' => 'yesterday' ) ), 'timestamp' ),
			'unknown field'            => array( Hooks::CLIENT_WEBINAR_ENTERED, array_merge( $entered, array( 'mood' => 'happy' ) ), 'mood' ),
			'status outside the enum'  => array( Hooks::CORE_WEBINAR_SET_STATUS, array_merge( $status, array( 'status' => 'paused' ) ), 'status' ),
			'nested context role'      => array( Hooks::CORE_WEBINAR_SET_STATUS, array_replace_recursive( $status, array( 'context' => array( 'role' => 'king' ) ) ), 'role' ),
			'cta visible not boolean'  => array( Hooks::CORE_WEBINAR_SET_CTA_VISIBILITY, array_merge( $minus( $status, 'status' ), array( 'visible' => 'maybe' ) ), 'visible' ),
			'route disagrees'          => array( Hooks::POST_WEBINAR_ROUTE, array_merge( $route, array( 'route' => 'not_attended' ) ), 'route' ),
			'progress not a milestone' => array(
				Hooks::AUTOWEBINAR_PROGRESS,
				array(
					'event_id'   => '6a9f7f26-4c0c-4a91-9f3d-b159c2dcb001',
					'user_id'    => 1,
					'ref_id'     => '',
					'timestamp'  => '2026-11-22T10:00:00Z',
					'session_id' => '6a9f7f26-4c0c-4a91-9f3d-b159c2dcb002',
					'progress'   => 30,
				),
				'progress',
			),
		);
	}

	/**
	 * An invalid payload is not fired; the error names the field; it is reported three ways.
	 *
	 * @dataProvider broken_payloads
	 *
	 * @param string               $hook    Action.
	 * @param array<string, mixed> $payload Broken payload.
	 * @param string               $field   Field the error must name.
	 */
	public function test_refuses_and_reports_an_invalid_payload( string $hook, array $payload, string $field ): void {
		$this->listen( $hook );
		$violations = array();
		add_action(
			Hooks::WEBINARS_CONTRACT_VIOLATION,
			static function ( $name, $error ) use ( &$violations ) {
				$violations[] = array( $name, $error );
			},
			10,
			2
		);
		$before = did_action( $hook );

		$result = Bus::emit( $hook, $payload );

		$this->assertInstanceOf( WP_Error::class, $result );
		$this->assertStringContainsString( $field, $result->get_error_message() );
		$this->assertSame( $before, did_action( $hook ), 'The action must not fire.' );
		$this->assertSame( array(), $this->received );

		$this->assertCount( 1, $this->doing_it_wrong );
		$this->assertStringContainsString( 'Webinars\Contracts\Bus::report', $this->doing_it_wrong[0] );
		$this->assertStringContainsString( $hook, $this->doing_it_wrong[0] );
		$this->assertCount( 1, $violations );
		$this->assertSame( $hook, $violations[0][0] );
		$this->assertStringContainsString( "Webinars: $hook was not fired", (string) file_get_contents( $this->log_file ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
	}

	/**
	 * Names outside the contract are refused.
	 */
	public function test_refuses_a_hook_that_is_not_canonical(): void {
		$this->listen( 'client_webinar_joined' );
		$result = Bus::emit( 'client_webinar_joined', array( 'lead_id' => 1 ) );

		$this->assertInstanceOf( WP_Error::class, $result );
		$this->assertSame( 'webinars_unknown_hook', $result->get_error_code() );
		$this->assertSame( 0, did_action( 'client_webinar_joined' ) );
	}

	/**
	 * Listeners get the payload as its schema types it (numeric strings from a form become ints).
	 */
	public function test_listeners_receive_the_sanitized_payload(): void {
		$this->listen( Hooks::CORE_LEAD_CREATED );

		$this->assertTrue(
			Bus::emit(
				Hooks::CORE_LEAD_CREATED,
				array(
					'lead_id'   => '42',
					'timestamp' => '2026-11-22T10:00:00Z',
				)
			)
		);
		$this->assertSame( 42, $this->received[0]['lead_id'] );
	}

	/**
	 * Bus::listen() only accepts canonical names.
	 */
	public function test_listen_refuses_a_name_outside_the_contract(): void {
		Bus::listen( 'core_webinar_set_colour', '__return_null' );

		$this->assertFalse( has_action( 'core_webinar_set_colour' ) );
		$this->assertCount( 1, $this->doing_it_wrong );
	}

	/**
	 * Records what listeners of $hook receive.
	 *
	 * @param string $hook Action.
	 */
	private function listen( string $hook ): void {
		add_action(
			$hook,
			function ( ...$args ) {
				$this->assertCount( 1, $args, 'Listeners receive exactly one argument, the payload.' );
				$this->received[] = $args[0];
			},
			10,
			99
		);
	}

	/**
	 * Builds the smallest valid value for a schema (required properties only; first enum value).
	 *
	 * @param array<string, mixed> $schema Schema.
	 * @return mixed
	 */
	private static function sample( array $schema ) {
		if ( isset( $schema['enum'] ) ) {
			return $schema['enum'][0];
		}
		$type = is_array( $schema['type'] ) ? $schema['type'][0] : $schema['type'];
		switch ( $type ) {
			case 'object':
				$value = array();
				foreach ( $schema['required'] ?? array() as $key ) {
					$value[ $key ] = self::sample( $schema['properties'][ $key ] );
				}
				return $value;
			case 'array':
				$count = max( 1, $schema['minItems'] ?? 1 );
				$items = array();
				for ( $i = 1; $i <= $count; $i++ ) {
					$items[] = 'integer' === ( $schema['items']['type'] ?? '' ) ? $i : self::sample( $schema['items'] );
				}
				return $items;
			case 'integer':
			case 'number':
				return max( 1, $schema['minimum'] ?? 1 );
			case 'boolean':
				return true;
			default:
				$formats = array(
					'uuid'      => wp_generate_uuid4(),
					'date-time' => '2026-11-22T10:00:00Z',
					'email'     => 'lead@example.com',
				);
				return $formats[ $schema['format'] ?? '' ] ?? str_repeat( 'x', max( 1, $schema['minLength'] ?? 1 ) );
		}
	}
}
