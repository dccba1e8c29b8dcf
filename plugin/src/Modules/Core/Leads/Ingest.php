<?php
/**
 * Core's listener of core_ingest_event: the one way a lead is created or updated from a form.
 *
 * Idempotent by the payload's idempotency_key: the key is claimed with INSERT IGNORE on its UNIQUE
 * key in the same transaction that writes the lead, so a second ingest of the key (a retry, or 50
 * processes at once: they wait on the key's row lock) finds it taken and answers what the first
 * did; if the first fails, its claim rolls back with it. The lifecycle facts (core_lead_merged,
 * then core_lead_created or core_lead_updated) are fired after the commit, once per key.
 *
 * @package Webinars
 * @since   0.2.0
 */

namespace Webinars\Modules\Core\Leads;

use RuntimeException;
use Webinars\Contracts\Bus;
use Webinars\Contracts\Hooks;
use Webinars\Contracts\Outcome;
use Webinars\Contracts\Room;

defined( 'ABSPATH' ) || exit;

/**
 * Ingests form submissions.
 *
 * @since 0.2.0
 */
final class Ingest {

	/**
	 * The core_ingest_event listener.
	 *
	 * The outcome's state is array{ lead_id: int, result: created|updated|merged|unchanged,
	 * replay: bool } (replay: the key was ingested before; result is what that first ingest did).
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $payload Validated payload.
	 * @param Outcome|null         $outcome Outcome to answer (null when fired without Bus::command()).
	 */
	public function handle( array $payload, ?Outcome $outcome = null ): void {
		if ( null !== $outcome && $outcome->is_settled() ) {
			return;
		}
		$row = self::row( $payload );
		if ( '' === $row['email'] ) {
			self::refuse( $outcome, Room::ERROR_INVALID, __( 'fields[email]: a valid e-mail address is required.', 'webinars' ) );
			return;
		}
		$hash = hash( 'sha256', (string) $payload['idempotency_key'] );
		try {
			$effect = Transaction::run(
				static function () use ( $hash, $row ) {
					if ( ! Repository::claim_key( $hash, (string) $row['source'] ) ) {
						return Repository::key_result( $hash ) + array( 'replay' => true );
					}
					$effect = Submission::apply( $row );
					Repository::settle_key( $hash, $effect['lead_id'], $effect['result'] );
					return $effect + array( 'replay' => false );
				}
			);
		} catch ( RuntimeException $e ) {
			self::refuse( $outcome, Room::ERROR_CONFLICT, __( 'The submission could not be stored now; send it again with the same idempotency_key.', 'webinars' ) );
			return;
		}
		if ( ! $effect['replay'] ) {
			self::announce( $effect );
		}
		self::ingested( (int) $effect['lead_id'], $payload );
		$state = array(
			'lead_id' => (int) $effect['lead_id'],
			'result'  => (string) $effect['result'],
			'replay'  => (bool) $effect['replay'],
		);
		if ( null !== $outcome ) {
			$effect['replay'] || 'unchanged' === $effect['result'] ? $outcome->unchanged( $state ) : $outcome->changed( $state );
		}
	}

	/**
	 * Fires the lifecycle facts of a first ingest.
	 *
	 * @param array<string, mixed> $effect What Submission::apply() did.
	 */
	private static function announce( array $effect ): void {
		$lead_id = (int) $effect['lead_id'];
		$now     = gmdate( 'Y-m-d\TH:i:s\Z' );
		if ( array() !== $effect['merged'] ) {
			Bus::emit(
				Hooks::CORE_LEAD_MERGED,
				array(
					'lead_id'         => $lead_id,
					'merged_lead_ids' => array_values( array_map( 'intval', $effect['merged'] ) ),
					'timestamp'       => $now,
				)
			);
		}
		if ( 'created' === $effect['result'] ) {
			Bus::emit(
				Hooks::CORE_LEAD_CREATED,
				array(
					'lead_id'   => $lead_id,
					'timestamp' => $now,
				)
			);
		} elseif ( array() !== $effect['changes'] ) {
			Bus::emit(
				Hooks::CORE_LEAD_UPDATED,
				array(
					'lead_id'   => $lead_id,
					'timestamp' => $now,
					'changes'   => (object) $effect['changes'],
				)
			);
		}
	}

	/**
	 * Tells other modules (the tracker's registrations) that a lead came for a webinar. Fired on
	 * replays too, so a listener that failed the first time catches up; listeners are idempotent.
	 *
	 * @param int                  $lead_id Lead.
	 * @param array<string, mixed> $payload Validated payload.
	 */
	private static function ingested( int $lead_id, array $payload ): void {
		if ( empty( $payload['webinar_id'] ) || $lead_id <= 0 ) {
			return;
		}
		/** Documented in docs/hooks.md (webinars_lead_ingested). */
		do_action(
			Hooks::WEBINARS_LEAD_INGESTED,
			array(
				'lead_id'      => $lead_id,
				'webinar_id'   => (int) $payload['webinar_id'],
				'source'       => (string) $payload['source'],
				'ref_id'       => (string) ( $payload['ref_id'] ?? '' ),
				'submitted_at' => (string) $payload['submitted_at'],
			)
		);
	}

	/**
	 * The lead columns a payload asks for, normalised.
	 *
	 * @param array<string, mixed> $payload Validated payload.
	 * @return array<string, mixed>
	 */
	private static function row( array $payload ): array {
		$fields  = (array) $payload['fields'];
		$email   = Normalizer::email( $fields['email'] ?? '' );
		$phone   = Normalizer::phone( $fields['phone'] ?? '' );
		$locale  = Normalizer::locale( $fields['locale'] ?? '' );
		$user    = '' !== $email ? get_user_by( 'email', $email ) : false;
		$consent = true === $payload['consent'];
		$time    = strtotime( (string) $payload['submitted_at'] );
		return array(
			'email'           => $email,
			'phone'           => '' !== $phone ? $phone : null,
			'name'            => sanitize_text_field( (string) ( $fields['name'] ?? '' ) ),
			'locale'          => $locale,
			'ref_id'          => sanitize_text_field( (string) ( $payload['ref_id'] ?? '' ) ),
			'consent'         => $consent ? 1 : 0,
			'consent_at'      => $consent ? gmdate( 'Y-m-d H:i:s', false !== $time ? $time : time() ) : null,
			'consent_version' => $consent ? sanitize_text_field( (string) ( $fields['consent_version'] ?? '' ) ) : '',
			'user_id'         => $user instanceof \WP_User ? (int) $user->ID : 0,
			'source'          => substr( sanitize_text_field( (string) $payload['source'] ), 0, 64 ),
		);
	}

	/**
	 * Refuses, when someone is listening for the answer.
	 *
	 * @param Outcome|null $outcome Outcome.
	 * @param string       $code    Room::ERRORS key.
	 * @param string       $message Reason.
	 */
	private static function refuse( ?Outcome $outcome, string $code, string $message ): void {
		if ( null !== $outcome ) {
			$outcome->refuse( $code, $message );
		}
	}
}
