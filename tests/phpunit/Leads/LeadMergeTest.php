<?php
/**
 * One submission that joins two leads (the e-mail of one, the phone of the other) merges them into
 * the older one and fires core_lead_merged with the younger's ID; the merged lead's e-mail still
 * finds the survivor.
 *
 * @package Webinars
 */

namespace Webinars\Tests\Leads;

use Webinars\Contracts\Hooks;

/**
 * Merging leads.
 */
final class LeadMergeTest extends LeadsTestCase {

	/**
	 * Two leads, then a submission joining them.
	 */
	public function test_a_submission_joining_two_leads_merges_them_into_the_older(): void {
		global $wpdb;
		$older   = self::lead_id(
			$this->ingest(
				$this->submission(
					array(
						'email' => 'old@example.org',
						'name'  => '',
					),
					array( 'ref_id' => 'partner-1' )
				)
			)
		);
		$younger = self::lead_id(
			$this->ingest(
				$this->submission(
					array(
						'email' => 'new@example.org',
						'phone' => '+1 555 010 9999',
						'name'  => 'Younger Name',
					)
				)
			)
		);
		// The older one must be older by time too, not only by ID.
		$wpdb->query( $wpdb->prepare( "UPDATE {$wpdb->prefix}webinars_leads SET created_at = '2026-01-01 00:00:00' WHERE id = %d", $older ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$this->facts = array();

		$outcome = $this->ingest(
			$this->submission(
				array(
					'email' => 'old@example.org',
					'phone' => '+15550109999',
					'name'  => 'Joined',
				)
			)
		);

		$this->assertSame( $older, self::lead_id( $outcome ), 'The older lead survives.' );
		$this->assertSame( 'merged', $outcome->state()['result'] );
		$this->assertSame( array( Hooks::CORE_LEAD_MERGED, Hooks::CORE_LEAD_UPDATED ), $this->fact_hooks() );
		$this->assertSame( $older, $this->facts[0]['payload']['lead_id'] );
		$this->assertSame( array( $younger ), $this->facts[0]['payload']['merged_lead_ids'] );
		$this->assertSame( '+15550109999', $this->facts[1]['payload']['changes']['phone'], 'The survivor took the phone it lacked.' );

		$survivor = $this->row( $older );
		$merged   = $this->row( $younger );
		$this->assertNotNull( $survivor );
		$this->assertNotNull( $merged );
		$this->assertSame( '+15550109999', $survivor['phone'] );
		$this->assertSame( 'Joined', $survivor['name'] );
		$this->assertSame( 'partner-1', $survivor['ref_id'] );
		$this->assertSame( (string) $older, $merged['merged_into'] );
		$this->assertNull( $merged['phone'], 'The phone moved to the survivor.' );

		// The merged lead's e-mail now finds the survivor; nothing is merged twice.
		$this->facts = array();
		$again       = $this->ingest(
			$this->submission(
				array(
					'email' => 'new@example.org',
					'name'  => 'Joined',
				)
			)
		);
		$this->assertSame( $older, self::lead_id( $again ) );
		$this->assertSame( 'unchanged', $again->state()['result'] );
		$this->assertSame( array(), $this->facts );
	}

	/**
	 * Leads merged into a lead that is merged later point at the final survivor.
	 */
	public function test_a_chain_of_merges_points_at_the_last_survivor(): void {
		$a = self::lead_id( $this->ingest( $this->submission( array( 'email' => 'a@example.org' ) ) ) );
		$b = self::lead_id(
			$this->ingest(
				$this->submission(
					array(
						'email' => 'b@example.org',
						'phone' => '+491111111',
					)
				)
			)
		);
		$c = self::lead_id(
			$this->ingest(
				$this->submission(
					array(
						'email' => 'c@example.org',
						'phone' => '+492222222',
					)
				)
			)
		);
		$this->ingest(
			$this->submission(
				array(
					'email' => 'b@example.org',
					'phone' => '+492222222',
				)
			)
		); // c into b.
		$this->ingest(
			$this->submission(
				array(
					'email' => 'a@example.org',
					'phone' => '+491111111',
				)
			)
		); // b into a.
		foreach ( array( $b, $c ) as $merged ) {
			$row = $this->row( $merged );
			$this->assertNotNull( $row );
			$this->assertSame( (string) $a, $row['merged_into'] );
		}
		$this->assertSame( $a, self::lead_id( $this->ingest( $this->submission( array( 'email' => 'c@example.org' ) ) ) ) );
	}

	/**
	 * A new e-mail with a known phone is the phone's lead (its e-mail is kept: no second lead can
	 * hold that phone).
	 */
	public function test_a_new_email_with_a_known_phone_is_the_phone_s_lead(): void {
		$id          = self::lead_id(
			$this->ingest(
				$this->submission(
					array(
						'email' => 'first@example.org',
						'phone' => '+380441234567',
					)
				)
			)
		);
		$this->facts = array();
		$outcome     = $this->ingest(
			$this->submission(
				array(
					'email' => 'second@example.org',
					'phone' => '+38 044 123 45 67',
					'name'  => 'Renamed',
				)
			)
		);
		$this->assertSame( $id, self::lead_id( $outcome ) );
		$this->assertSame( 'updated', $outcome->state()['result'] );
		$this->assertSame( array( Hooks::CORE_LEAD_UPDATED ), $this->fact_hooks() );
		$row = $this->row( $id );
		$this->assertNotNull( $row );
		$this->assertSame( 'first@example.org', $row['email'] );
		$this->assertSame( 'Renamed', $row['name'] );
	}

	/**
	 * When the phone's lead is the older, it survives, and the e-mail of the merged one finds it.
	 */
	public function test_the_older_phone_lead_survives(): void {
		$phone_lead  = self::lead_id(
			$this->ingest(
				$this->submission(
					array(
						'email' => 'phone-first@example.org',
						'phone' => '+4930123456',
					)
				)
			)
		);
		$email_lead  = self::lead_id( $this->ingest( $this->submission( array( 'email' => 'mail-later@example.org' ) ) ) );
		$this->facts = array();
		$outcome     = $this->ingest(
			$this->submission(
				array(
					'email' => 'mail-later@example.org',
					'phone' => '+4930123456',
				)
			)
		);
		$this->assertSame( $phone_lead, self::lead_id( $outcome ) );
		$this->assertSame( array( $email_lead ), $this->facts[0]['payload']['merged_lead_ids'] );
		$merged = $this->row( $email_lead );
		$this->assertNotNull( $merged );
		$this->assertSame( (string) $phone_lead, $merged['merged_into'] );
		$this->assertSame( $phone_lead, self::lead_id( $this->ingest( $this->submission( array( 'email' => 'MAIL-LATER@example.org' ) ) ) ) );
	}
}
