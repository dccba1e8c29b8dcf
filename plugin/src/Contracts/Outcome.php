<?php
/**
 * What a command did: the value a listener of an inbound canonical action hands back to whoever
 * fired it through Bus::command(). Changed or unchanged (with the state after), or refused (with a
 * code of Room::ERRORS and a reason for people).
 *
 * The first answer is final: a listener that runs earlier (a veto at a lower priority) settles the
 * outcome, and later listeners see is_settled() and leave it alone; later answers are ignored.
 *
 * @package Webinars
 * @since   0.2.0
 */

namespace Webinars\Contracts;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * The outcome of one command.
 *
 * @since 0.2.0
 */
final class Outcome {

	private const PENDING   = '';
	private const CHANGED   = 'changed';
	private const UNCHANGED = 'unchanged';
	private const REFUSED   = 'refused';

	/**
	 * One of the constants above.
	 *
	 * @var string
	 */
	private string $kind = self::PENDING;

	/**
	 * The state after the command (changed or unchanged).
	 *
	 * @var array<string, mixed>|null
	 */
	private ?array $state = null;

	/**
	 * Error code (a key of Room::ERRORS) when refused.
	 *
	 * @var string
	 */
	private string $code = '';

	/**
	 * Reason for people when refused.
	 *
	 * @var string
	 */
	private string $message = '';

	/**
	 * The command changed something; $state is the state after it.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $state State after the change.
	 */
	public function changed( array $state ): void {
		$this->settle( self::CHANGED, $state );
	}

	/**
	 * The command was valid but there was nothing to do (already so: a retry or a double click).
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $state Current state.
	 */
	public function unchanged( array $state ): void {
		$this->settle( self::UNCHANGED, $state );
	}

	/**
	 * The command was refused.
	 *
	 * @since 0.2.0
	 *
	 * @param string $code    Error code, a key of Room::ERRORS (its HTTP status comes from there).
	 * @param string $message Reason for people.
	 */
	public function refuse( string $code, string $message ): void {
		if ( $this->settle( self::REFUSED, null ) ) {
			$this->code    = $code;
			$this->message = $message;
		}
	}

	/**
	 * Whether a listener has answered.
	 *
	 * @since 0.2.0
	 */
	public function is_settled(): bool {
		return self::PENDING !== $this->kind;
	}

	/**
	 * Whether the command changed something.
	 *
	 * @since 0.2.0
	 */
	public function is_changed(): bool {
		return self::CHANGED === $this->kind;
	}

	/**
	 * Whether the command was refused.
	 *
	 * @since 0.2.0
	 */
	public function is_refused(): bool {
		return self::REFUSED === $this->kind;
	}

	/**
	 * Error code when refused, else ''.
	 *
	 * @since 0.2.0
	 */
	public function code(): string {
		return $this->code;
	}

	/**
	 * Reason when refused, else ''.
	 *
	 * @since 0.2.0
	 */
	public function message(): string {
		return $this->message;
	}

	/**
	 * State after the command (null when refused or unanswered).
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, mixed>|null
	 */
	public function state(): ?array {
		return $this->state;
	}

	/**
	 * The refusal as a WP_Error whose HTTP status comes from the one error map (Room::ERRORS).
	 *
	 * @since 0.2.0
	 */
	public function to_wp_error(): WP_Error {
		$code = '' === $this->code ? Room::ERROR_NOT_FOUND : $this->code;
		return new WP_Error( $code, $this->message, array( 'status' => Room::http_status( $code ) ) );
	}

	/**
	 * Records the first answer; later answers are ignored.
	 *
	 * @param string                    $kind  What happened.
	 * @param array<string, mixed>|null $state State after.
	 * @return bool Whether this answer was taken.
	 */
	private function settle( string $kind, ?array $state ): bool {
		if ( $this->is_settled() ) {
			return false;
		}
		$this->kind  = $kind;
		$this->state = $state;
		return true;
	}
}
