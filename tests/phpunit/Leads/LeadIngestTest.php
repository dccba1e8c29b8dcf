<?php
/**
 * Ingesting core_ingest_event into the lead: created, updated with its changes, normalised, idempotent by key.
 *
 * @package Webinars
 */

namespace Webinars\Tests\Leads;

use Webinars\Contracts\Bus;
use Webinars\Contracts\Hooks;

/**
 * Creating and updating leads.
 */
final class LeadIngestTest extends LeadsTestCase {

	/**
	 * A new e-mail address creates a lead and fires core_lead_created once.
	 */
	public function test_a_new_email_creates_a_lead(): void {
		$outcome = $this->ingest(
			$this->submission(
				array(
					'phone'           => '+7 (999) 123-45-67',
					'locale'          => 'ru_RU',
					'consent_version' => 'v3',
				),
				array( 'ref_id' => 'partner-7' )
			)
		);
		$this->assertTrue( $outcome->is_changed() );
		$this->assertSame( 'created', $outcome->state()['result'] );
		$this->assertFalse( $outcome->state()['replay'] );
		$id = self::lead_id( $outcome );
		$this->assertSame( array( Hooks::CORE_LEAD_CREATED ), $this->fact_hooks() );
		$this->assertSame( $id, $this->facts[0]['payload']['lead_id'] );
		$this->assertMatchesRegularExpression( '/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/', $this->facts[0]['payload']['timestamp'] );

		$row = $this->row( $id );
		$this->assertNotNull( $row );
		$this->assertSame( 'ada@example.org', $row['email'] );
		$this->assertSame( '+79991234567', $row['phone'] );
		$this->assertSame( 'Ada Lovelace', $row['name'] );
		$this->assertSame( 'ru_RU', $row['locale'] );
		$this->assertSame( 'partner-7', $row['ref_id'] );
		$this->assertSame( '1', $row['consent'] );
		$this->assertSame( '2026-12-01 10:00:00', $row['consent_at'] );
		$this->assertSame( 'v3', $row['consent_version'] );
		$this->assertSame( 'test', $row['source'] );
		$this->assertSame( '0', $row['merged_into'] );
	}

	/**
	 * The same e-mail after trimming and lower-casing is the same lead: updated, with its changes.
	 */
	public function test_the_same_email_in_another_spelling_updates_the_lead(): void {
		$id          = self::lead_id( $this->ingest( $this->submission( array(), array( 'consent' => false ) ) ) );
		$this->facts = array();
		$outcome     = $this->ingest(
			$this->submission(
				array(
					'email' => 'ADA@Example.ORG',
					'name'  => 'Ada King',
					'phone' => '00 44 20 7946 0958',
				),
				array( 'ref_id' => 'late-partner' )
			)
		);
		$this->assertSame( $id, self::lead_id( $outcome ) );
		$this->assertSame( 'updated', $outcome->state()['result'] );
		$this->assertSame( array( Hooks::CORE_LEAD_UPDATED ), $this->fact_hooks() );
		$changes = $this->facts[0]['payload']['changes'];
		$this->assertSame( 'Ada King', $changes['name'] );
		$this->assertSame( '+442079460958', $changes['phone'] );
		$this->assertSame( 'late-partner', $changes['ref_id'], 'The first ref_id is taken when there was none.' );
		$this->assertSame( 1, $changes['consent'] );

		$this->facts = array();
		$again       = $this->ingest(
			$this->submission(
				array( 'name' => 'Ada King' ),
				array(
					'ref_id'  => 'another-partner',
					'consent' => false,
				)
			)
		);
		$this->assertSame( 'unchanged', $again->state()['result'] );
		$this->assertFalse( $again->is_changed() );
		$this->assertSame( array(), $this->facts, 'Nothing changed: no fact.' );
		$row = $this->row( $id );
		$this->assertNotNull( $row );
		$this->assertSame( 'late-partner', $row['ref_id'], 'The lead keeps its first attribution.' );
		$this->assertSame( '1', $row['consent'], 'A form that does not ask for consent never withdraws it.' );
	}

	/**
	 * A WordPress user with the e-mail is linked.
	 */
	public function test_a_wordpress_user_with_the_email_is_linked(): void {
		$user = $this->create_user( 'subscriber', array( 'user_email' => 'grace@example.org' ) );
		$id   = self::lead_id( $this->ingest( $this->submission( array( 'email' => 'Grace@Example.org' ) ) ) );
		$row  = $this->row( $id );
		$this->assertNotNull( $row );
		$this->assertSame( (string) $user, $row['user_id'] );
	}

	/**
	 * The same idempotency key twice is one effect, and the replay answers the first result.
	 */
	public function test_the_same_key_twice_is_one_effect(): void {
		$payload                   = $this->submission();
		$first                     = $this->ingest( $payload );
		$payload['fields']['name'] = 'Someone else';
		$second                    = $this->ingest( $payload );
		$this->assertSame( self::lead_id( $first ), self::lead_id( $second ) );
		$this->assertSame( 'created', $second->state()['result'], 'The replay answers what the first ingest did.' );
		$this->assertTrue( $second->state()['replay'] );
		$this->assertFalse( $second->is_changed() );
		$this->assertSame( array( Hooks::CORE_LEAD_CREATED ), $this->fact_hooks() );
		$row = $this->row( self::lead_id( $first ) );
		$this->assertNotNull( $row );
		$this->assertSame( 'Ada Lovelace', $row['name'], 'The replay changed nothing.' );
	}

	/**
	 * Without a usable e-mail address the command is refused, naming the field, and stores nothing.
	 */
	public function test_an_unusable_email_is_refused(): void {
		global $wpdb;
		add_filter( 'doing_it_wrong_trigger_error', '__return_false' ); // The bus reports the refusal.
		$before  = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->prefix}webinars_leads" ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$outcome = Bus::command( Hooks::CORE_INGEST_EVENT, $this->submission( array( 'email' => 'not-an-email' ) ) );
		$this->assertWPErrorCode( $outcome, 'webinars_invalid' );
		$this->assertSame( $before, (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->prefix}webinars_leads" ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$this->assertSame( array(), $this->facts );
	}

	/**
	 * No raw IP address anywhere: no such column, and the caller's address is in no stored value.
	 */
	public function test_no_ip_address_is_stored(): void {
		global $wpdb;
		$_SERVER['REMOTE_ADDR'] = '203.0.113.77';
		$id                     = self::lead_id( $this->ingest( $this->submission() ) );
		foreach ( array( 'webinars_leads', 'webinars_lead_ingests' ) as $table ) {
			$columns = $wpdb->get_col( "SHOW COLUMNS FROM {$wpdb->prefix}{$table}" ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- a fixed table name.
			$this->assertSame( array(), preg_grep( '/(^|_)(ip|addr|address)($|_)/i', $columns ), $table );
		}
		$this->assertStringNotContainsString( '203.0.113.77', (string) wp_json_encode( $this->row( $id ) ) );
		$_SERVER['REMOTE_ADDR'] = '127.0.0.1';
	}

	/**
	 * Asserts a WP_Error with this code.
	 *
	 * @param mixed  $value Value.
	 * @param string $code  Expected code.
	 */
	private function assertWPErrorCode( $value, string $code ): void {
		$this->assertInstanceOf( \WP_Error::class, $value );
		$this->assertSame( $code, $value->get_error_code() );
		$this->assertSame( 400, $value->get_error_data()['status'] ?? 0 );
		$this->assertStringContainsString( 'email', $value->get_error_message() );
	}
}
