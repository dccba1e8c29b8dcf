<?php
/**
 * Bus::command(): a command's listeners get the payload and an Outcome, and the caller gets the
 * Outcome back as a value; an invalid payload is a 400 naming the field; nobody answering reads
 * as not found; the first answer is final.
 *
 * @package Webinars
 */

namespace Webinars\Tests\Contracts;

use Webinars\Contracts\Bus;
use Webinars\Contracts\Hooks;
use Webinars\Contracts\Outcome;
use Webinars\Contracts\Room;
use Webinars\Tests\TestCase;
use WP_Error;

/**
 * Tests for Bus::command() and Outcome.
 */
final class CommandTest extends TestCase {

	/**
	 * Previous error_log ini value.
	 *
	 * @var string
	 */
	private string $previous_log = '';

	/**
	 * Silences the bus's report of refused payloads.
	 */
	public function set_up(): void {
		parent::set_up();
		add_filter( 'doing_it_wrong_trigger_error', '__return_false' );
		$this->previous_log = (string) ini_get( 'error_log' );
		ini_set( 'error_log', '/dev/null' ); // phpcs:ignore WordPress.PHP.IniSet.Risky -- the bus logs refused payloads.
	}

	/**
	 * Restores the error log.
	 */
	public function tear_down(): void {
		ini_set( 'error_log', $this->previous_log ); // phpcs:ignore WordPress.PHP.IniSet.Risky
		parent::tear_down();
	}

	/**
	 * A valid set_status payload for a webinar that does not exist.
	 *
	 * @return array<string, mixed>
	 */
	private static function payload(): array {
		return array(
			'webinar_id' => 999999,
			'status'     => Room::REQUEST_START,
			'context'    => array(
				'actor_id' => 1,
				'role'     => 'organizer',
				'source'   => 'php',
			),
		);
	}

	/**
	 * Listeners registered with Bus::listen() get ( payload, outcome ); an earlier one may veto,
	 * Core (later) leaves a settled outcome alone, and the caller reads the veto.
	 */
	public function test_listeners_answer_through_the_outcome(): void {
		$seen = array();
		Bus::listen(
			Hooks::CORE_WEBINAR_SET_STATUS,
			static function ( array $payload, ?Outcome $outcome = null ) use ( &$seen ): void {
				$seen[] = array( $payload['status'], $outcome );
				if ( null !== $outcome ) {
					$outcome->refuse( Room::ERROR_FORBIDDEN, 'Not during the maintenance window.' );
				}
			},
			5
		);
		$plain = array();
		add_action(
			Hooks::CORE_WEBINAR_SET_STATUS,
			static function ( $payload ) use ( &$plain ): void {
				$plain[] = func_get_args();
			}
		);

		$outcome = Bus::command( Hooks::CORE_WEBINAR_SET_STATUS, self::payload() );

		$this->assertInstanceOf( Outcome::class, $outcome );
		$this->assertCount( 1, $seen );
		$this->assertSame( Room::REQUEST_START, $seen[0][0] );
		$this->assertSame( $outcome, $seen[0][1], 'The listener got the very outcome the caller reads.' );
		$this->assertCount( 1, $plain, 'A one-argument add_action() still hears the command.' );
		$this->assertCount( 1, $plain[0] );
		$this->assertTrue( $outcome->is_refused() );
		$this->assertSame( Room::ERROR_FORBIDDEN, $outcome->code(), 'Core did not overwrite the veto (it would say not found).' );
		$error = $outcome->to_wp_error();
		$this->assertSame( 403, $error->get_error_data()['status'] );
		$this->assertSame( 'Not during the maintenance window.', $error->get_error_message() );
	}

	/**
	 * Core answers an unknown webinar with webinars_not_found (404 from the error map).
	 */
	public function test_core_refuses_an_unknown_webinar(): void {
		$outcome = Bus::command( Hooks::CORE_WEBINAR_SET_STATUS, self::payload() );

		$this->assertInstanceOf( Outcome::class, $outcome );
		$this->assertTrue( $outcome->is_refused() );
		$this->assertSame( Room::ERROR_NOT_FOUND, $outcome->code() );
		$this->assertSame( 404, $outcome->to_wp_error()->get_error_data()['status'] );
		$this->assertNull( $outcome->state() );
	}

	/**
	 * A command nobody answers reads as refused: not found (no module here owns it).
	 */
	public function test_an_unanswered_command_is_not_found(): void {
		remove_all_actions( Hooks::CORE_WEBINAR_SET_STATUS );

		$outcome = Bus::command( Hooks::CORE_WEBINAR_SET_STATUS, self::payload() );

		$this->assertInstanceOf( Outcome::class, $outcome );
		$this->assertSame( Room::ERROR_NOT_FOUND, $outcome->code() );
		$this->assertStringContainsString( Hooks::CORE_WEBINAR_SET_STATUS, $outcome->message() );
	}

	/**
	 * An invalid payload fires nothing and is a WP_Error with status 400 naming the field.
	 */
	public function test_an_invalid_payload_is_a_400_naming_the_field(): void {
		$payload                    = self::payload();
		$payload['context']['role'] = 'king';
		$before                     = did_action( Hooks::CORE_WEBINAR_SET_STATUS );

		$result = Bus::command( Hooks::CORE_WEBINAR_SET_STATUS, $payload );

		$this->assertInstanceOf( WP_Error::class, $result );
		$this->assertSame( Room::ERROR_INVALID, $result->get_error_code() );
		$this->assertSame( 400, $result->get_error_data()['status'] );
		$this->assertStringContainsString( 'role', $result->get_error_message() );
		$this->assertSame( $before, did_action( Hooks::CORE_WEBINAR_SET_STATUS ) );
	}

	/**
	 * The first answer is final.
	 */
	public function test_the_first_answer_is_final(): void {
		$state   = array( 'status' => Room::STATUS_LIVE );
		$outcome = new Outcome();
		$this->assertFalse( $outcome->is_settled() );

		$outcome->changed( $state );
		$outcome->refuse( Room::ERROR_CONFLICT, 'late' );
		$outcome->unchanged( array() );

		$this->assertTrue( $outcome->is_changed() );
		$this->assertFalse( $outcome->is_refused() );
		$this->assertSame( $state, $outcome->state() );
		$this->assertSame( '', $outcome->code() );
	}
}
