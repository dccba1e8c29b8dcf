<?php
/**
 * The listener façade of the room: applies core_webinar_set_status and
 * core_webinar_set_cta_visibility by the generated rules (Contracts\Room), writes through the
 * store's compare-and-set, and answers the command's Outcome. A write reads the room twice at most:
 * once before (cached) to check the rule, once after (fresh) to learn what the database decided.
 *
 * @package Webinars
 */

namespace Webinars\Modules\Core;

use Webinars\Contracts\Hooks;
use Webinars\Contracts\Outcome;
use Webinars\Contracts\Room;

defined( 'ABSPATH' ) || exit;

/**
 * Applies room commands.
 *
 * @since 0.2.0
 */
final class RoomCommands {

	/**
	 * Room rows.
	 *
	 * @var RoomStore
	 */
	private RoomStore $store;

	/**
	 * State reader.
	 *
	 * @var RoomState
	 */
	private RoomState $state;

	/**
	 * Constructor.
	 *
	 * @since 0.2.0
	 *
	 * @param RoomStore $store Room rows.
	 * @param RoomState $state State reader.
	 */
	public function __construct( RoomStore $store, RoomState $state ) {
		$this->store = $store;
		$this->state = $state;
	}

	/**
	 * Listener of core_webinar_set_status (start, stop, reset, pause, archive). A transition back
	 * to the initial status (reset) hides the CTA again: the rehearsal's offer is not the webinar's.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $payload Validated payload: webinar_id, status, context.
	 * @param Outcome|null         $outcome What happened, for the caller (null: nobody asks).
	 */
	public function set_status( array $payload, ?Outcome $outcome = null ): void {
		$outcome = $outcome ?? new Outcome();
		$request = (string) $payload['status'];
		$to      = Room::target( $request );
		if ( null === $to && ! $outcome->is_settled() ) {
			$outcome->refuse( Room::ERROR_INVALID, __( 'Unknown request.', 'webinars' ) ); // The schema's enum makes this unreachable.
		}
		$current = $outcome->is_settled() ? null : $this->current( (int) $payload['webinar_id'], $outcome );
		if ( null === $current || null === $to ) {
			return;
		}
		$status = (string) $current['status'];
		if ( $to === $status ) {
			$outcome->unchanged( $current ); // Already there: a retry or a double click, not an error.
			return;
		}
		if ( ! Room::allows( $request, $status ) ) {
			/* translators: 1: "Cannot start the webinar" or similar, 2: why, e.g. "it has ended". */
			$outcome->refuse( Room::ERROR_ILLEGAL_TRANSITION, sprintf( __( '%1$s: %2$s.', 'webinars' ), Room::refusal( $request ), Room::status_phrase( $status ) ) );
			return;
		}
		$context = (array) $payload['context'];
		$rows    = $this->store->change_status( (int) $current['webinar_id'], $to, Room::TRANSITIONS[ $request ]['from'], Room::INITIAL === $to, (int) ( $context['actor_id'] ?? 0 ) );
		$this->settle( 'status', $current, $rows, $to, $context, $outcome );
	}

	/**
	 * Listener of core_webinar_set_cta_visibility.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $payload Validated payload: webinar_id, visible, context.
	 * @param Outcome|null         $outcome What happened, for the caller (null: nobody asks).
	 */
	public function set_cta_visibility( array $payload, ?Outcome $outcome = null ): void {
		$outcome = $outcome ?? new Outcome();
		$visible = (bool) $payload['visible'];
		$current = $outcome->is_settled() ? null : $this->current( (int) $payload['webinar_id'], $outcome );
		if ( null === $current ) {
			return;
		}
		if ( $visible === $current['cta']['visible'] ) {
			$outcome->unchanged( $current );
			return;
		}
		if ( ! Room::cta_may_change( (string) $current['status'] ) ) {
			/* translators: %s: why, e.g. "it is archived". */
			$outcome->refuse( Room::ERROR_ILLEGAL_TRANSITION, sprintf( __( 'The call-to-action cannot change: %s.', 'webinars' ), Room::status_phrase( (string) $current['status'] ) ) );
			return;
		}
		$context = (array) $payload['context'];
		$rows    = $this->store->change_cta( (int) $current['webinar_id'], $visible, Room::CTA_STATUSES, (int) ( $context['actor_id'] ?? 0 ) );
		$this->settle( 'cta', $current, $rows, self::cta_word( $visible ), $context, $outcome );
	}

	/**
	 * After a compare-and-set: the winner logs the change once, answers and announces it; a loser
	 * sees whether the room is what it asked for anyway (unchanged) or not (conflict).
	 *
	 * @param string               $field    status or cta.
	 * @param array<string, mixed> $previous State before.
	 * @param int                  $rows     Rows the UPDATE changed.
	 * @param string               $wanted   Status asked for, or visible / hidden.
	 * @param array<string, mixed> $context  Actor context.
	 * @param Outcome              $outcome  What happened, for the caller.
	 */
	private function settle( string $field, array $previous, int $rows, string $wanted, array $context, Outcome $outcome ): void {
		$webinar_id = (int) $previous['webinar_id'];
		RoomState::forget( $webinar_id );
		$state = $this->state->read( $webinar_id, true );
		if ( null === $state ) {
			$outcome->refuse( Room::ERROR_NOT_FOUND, __( 'There is no such published webinar.', 'webinars' ) );
			return;
		}
		if ( 1 !== $rows ) {
			if ( self::value( $field, $state ) === $wanted ) {
				$outcome->unchanged( $state );
			} else {
				$outcome->refuse( Room::ERROR_CONFLICT, __( 'The room changed meanwhile: reload and try again.', 'webinars' ) );
			}
			return;
		}
		$this->store->log( $webinar_id, $field, self::value( $field, $previous ), self::value( $field, $state ), (int) $state['version'], $context );
		$outcome->changed( $state );

		/** Documented in docs/hooks.md (webinars_room_state_changed). */
		do_action(
			Hooks::WEBINARS_ROOM_STATE_CHANGED,
			array(
				'webinar_id' => $webinar_id,
				'field'      => $field,
				'previous'   => $previous,
				'state'      => $state,
				'context'    => $context,
			)
		);
	}

	/**
	 * The current state, or null after refusing: there is no such published webinar.
	 *
	 * @param int     $webinar_id Webinar.
	 * @param Outcome $outcome    What happened, for the caller.
	 * @return array<string, mixed>|null
	 */
	private function current( int $webinar_id, Outcome $outcome ): ?array {
		$current = $this->state->read( $webinar_id );
		if ( null === $current ) {
			$outcome->refuse( Room::ERROR_NOT_FOUND, __( 'There is no such published webinar.', 'webinars' ) );
		}
		return $current;
	}

	/**
	 * A field's value as the event log writes it.
	 *
	 * @param string               $field status or cta.
	 * @param array<string, mixed> $state State.
	 */
	private static function value( string $field, array $state ): string {
		return 'status' === $field ? (string) $state['status'] : self::cta_word( (bool) $state['cta']['visible'] );
	}

	/**
	 * The CTA's visibility as a word.
	 *
	 * @param bool $visible Visible.
	 */
	private static function cta_word( bool $visible ): string {
		return $visible ? 'visible' : 'hidden';
	}
}
