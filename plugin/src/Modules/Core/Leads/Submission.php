<?php
/**
 * Applies one normalised submission to the lead table, inside the ingest's transaction: creates
 * the lead, or updates the one its e-mail (or phone) belongs to, or, when the e-mail belongs to
 * one lead and the phone to another, merges them into the older one first.
 *
 * Update rules: a non-empty name or locale replaces the stored one; the first ref_id stays (the
 * lead's attribution); consent given is recorded with its time and text version, and a form that
 * does not ask for it never withdraws it; a phone is taken when no other row holds it.
 *
 * @package Webinars
 * @since   0.2.0
 */

namespace Webinars\Modules\Core\Leads;

defined( 'ABSPATH' ) || exit;

/**
 * One submission's effect on the leads.
 *
 * @since 0.2.0
 */
final class Submission {

	/**
	 * Applies the submission.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $row Normalised columns: email, phone (null when none), name, etc.
	 * @return array{lead_id: int, result: string, changes: array<string, mixed>, merged: list<int>}
	 * @throws \RuntimeException On a database error (the transaction rolls back).
	 */
	public static function apply( array $row ): array {
		$now                 = current_time( 'mysql', true );
		$insert              = array_merge(
			$row,
			array(
				'locale'     => '' !== $row['locale'] ? $row['locale'] : determine_locale(),
				'created_at' => $now,
				'updated_at' => $now,
			)
		);
		list( $id, $is_new ) = Repository::insert_or_lock( $insert );
		if ( $is_new ) {
			return array(
				'lead_id' => $id,
				'result'  => 'created',
				'changes' => array(),
				'merged'  => array(),
			);
		}
		$holders = Repository::lock_holders( (string) $row['email'], (string) $row['phone'] );
		$roots   = array();
		foreach ( $holders as $holder ) {
			$roots[] = (int) $holder['merged_into'] > 0 ? (int) $holder['merged_into'] : (int) $holder['id'];
		}
		$leads    = Repository::lock( array_values( array_unique( $roots ) ) );
		$survivor = array_shift( $leads );
		if ( null === $survivor ) {
			throw new \RuntimeException( 'The lead vanished during the ingest.' );
		}
		$changes = array();
		$merged  = array();
		foreach ( $leads as $other ) {
			$changes  = array_merge( $changes, self::merge( $survivor, $other ) );
			$merged[] = (int) $other['id'];
		}
		$changes = array_merge( $changes, self::update( $survivor, $row ) );
		return array(
			'lead_id' => (int) $survivor['id'],
			'result'  => array() !== $merged ? 'merged' : ( array() !== $changes ? 'updated' : 'unchanged' ),
			'changes' => $changes,
			'merged'  => $merged,
		);
	}

	/**
	 * Merges $other into $survivor: the survivor takes what it lacks; $other (and whatever was
	 * merged into it) then points at the survivor, keeping the e-mail and phone it could not give.
	 *
	 * @param array<string, mixed> $survivor Older lead (updated in place).
	 * @param array<string, mixed> $other    Younger lead.
	 * @return array<string, mixed> Changes of the survivor.
	 */
	private static function merge( array &$survivor, array $other ): array {
		$take = array();
		foreach ( Repository::FIELDS as $field ) {
			if ( self::is_empty( $survivor[ $field ] ) && ! self::is_empty( $other[ $field ] ) && 'source' !== $field ) {
				$take[ $field ] = $other[ $field ];
			}
		}
		if ( isset( $take['phone'] ) ) {
			Repository::update( (int) $other['id'], array( 'phone' => null ) ); // Free the unique phone first.
		}
		Repository::point_at( (int) $other['id'], (int) $survivor['id'] );
		if ( array() !== $take ) {
			Repository::update( (int) $survivor['id'], $take );
			$survivor = array_merge( $survivor, $take );
		}
		return $take;
	}

	/**
	 * Updates the lead from the submission by the rules above.
	 *
	 * @param array<string, mixed> $lead Live lead (updated in place).
	 * @param array<string, mixed> $row  Submission.
	 * @return array<string, mixed> Changed columns => new values.
	 */
	private static function update( array &$lead, array $row ): array {
		$set = array();
		foreach ( array( 'name', 'locale' ) as $field ) {
			if ( '' !== $row[ $field ] && (string) $lead[ $field ] !== $row[ $field ] ) {
				$set[ $field ] = $row[ $field ];
			}
		}
		foreach ( array( 'ref_id', 'user_id' ) as $field ) {
			if ( self::is_empty( $lead[ $field ] ) && ! self::is_empty( $row[ $field ] ) ) {
				$set[ $field ] = $row[ $field ];
			}
		}
		if ( 1 === $row['consent'] && ( 1 !== (int) $lead['consent'] || (string) $lead['consent_version'] !== $row['consent_version'] ) ) {
			$set['consent']         = 1;
			$set['consent_at']      = $row['consent_at'];
			$set['consent_version'] = $row['consent_version'];
		}
		$phone = (string) $row['phone'];
		if ( '' !== $phone && (string) $lead['phone'] !== $phone && ! Repository::phone_taken( $phone ) ) {
			$set['phone'] = $phone;
		}
		if ( array() !== $set ) {
			Repository::update( (int) $lead['id'], $set );
			$lead = array_merge( $lead, $set );
		}
		return $set;
	}

	/**
	 * Whether a stored value counts as absent.
	 *
	 * @param mixed $value Column value.
	 */
	private static function is_empty( $value ): bool {
		return null === $value || '' === $value || '0' === $value || 0 === $value;
	}
}
