<?php
/**
 * Deleting a lead: DELETE /webinars/v1/leads/{id} (webinars_manage) and WordPress's personal-data
 * eraser both fire core_lead_deleted; the exporter finds the lead by e-mail.
 *
 * @package Webinars
 */

namespace Webinars\Tests\Leads;

use Webinars\Contracts\Hooks;

/**
 * Deletion, export and erasure.
 */
final class LeadDeletionTest extends LeadsTestCase {

	/**
	 * The admin route: 401, 403, 404, then 200 and core_lead_deleted.
	 */
	public function test_the_admin_route_deletes_a_lead(): void {
		$id          = self::lead_id( $this->ingest( $this->submission() ) );
		$this->facts = array();

		$this->assertSame( 401, $this->rest( 'DELETE', "/webinars/v1/leads/$id", null, 0 )->get_status() );
		$this->assertSame( 403, $this->rest( 'DELETE', "/webinars/v1/leads/$id", null, $this->create_user( 'webinars_organizer' ) )->get_status() );
		$this->assertSame( 403, $this->rest( 'DELETE', "/webinars/v1/leads/$id", null, $this->create_user( 'webinars_system' ) )->get_status() );
		$this->assertNotNull( $this->row( $id ), 'Refused deletions delete nothing.' );
		$this->assertSame( array(), $this->facts );

		$admin    = $this->create_user( 'administrator' );
		$response = $this->rest( 'DELETE', "/webinars/v1/leads/$id", null, $admin );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame(
			array(
				'deleted' => true,
				'id'      => $id,
			),
			$response->get_data()
		);
		$this->assertNull( $this->row( $id ) );
		$this->assertSame( array( Hooks::CORE_LEAD_DELETED ), $this->fact_hooks() );
		$this->assertSame( $id, $this->facts[0]['payload']['lead_id'] );

		$this->assertSame( 404, $this->rest( 'DELETE', "/webinars/v1/leads/$id", null, $admin )->get_status() );
		$this->assertSame( 400, $this->rest( 'DELETE', '/webinars/v1/leads/0', null, $admin )->get_status() );
	}

	/**
	 * The exporter registered with WordPress finds the lead by e-mail, in any spelling.
	 */
	public function test_the_personal_data_exporter_finds_the_lead(): void {
		$id        = self::lead_id(
			$this->ingest(
				$this->submission(
					array(
						'phone'           => '+33 1 23 45 67 89',
						'consent_version' => 'v2',
					)
				)
			)
		);
		$exporters = apply_filters( 'wp_privacy_personal_data_exporters', array() ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WordPress's registry.
		$this->assertArrayHasKey( 'webinars-leads', $exporters );
		$export = call_user_func( $exporters['webinars-leads']['callback'], 'ADA@example.org', 1 );
		$this->assertTrue( $export['done'] );
		$this->assertCount( 1, $export['data'] );
		$this->assertSame( "lead-$id", $export['data'][0]['item_id'] );
		$values = wp_list_pluck( $export['data'][0]['data'], 'value', 'name' );
		$this->assertSame( 'ada@example.org', $values['E-mail'] );
		$this->assertSame( '+33123456789', $values['Phone'] );
		$this->assertSame( 'Ada Lovelace', $values['Name'] );
		$this->assertSame( 'v2', $values['Consent text version'] );
		$this->assertSame( '2026-12-01T10:00:00Z', $values['Consent given at'] );
		$this->assertArrayNotHasKey( 'IP', $values );

		$none = call_user_func( $exporters['webinars-leads']['callback'], 'nobody@example.org', 1 );
		$this->assertSame( array(), $none['data'] );

		// WordPress's own page processor accepts the exporter's answer.
		require_once ABSPATH . 'wp-admin/includes/privacy-tools.php';
		require_once ABSPATH . 'wp-admin/includes/file.php';
		$request_id = wp_create_user_request( 'ada@example.org', 'export_personal_data' );
		$this->assertIsInt( $request_id );
		$groups = null;
		add_action(
			'wp_privacy_personal_data_export_file',
			static function ( $request ) use ( &$groups ) {
				$groups = get_post_meta( $request, '_export_data_grouped', true );
			}
		);
		$keys = array_keys( $exporters );
		$this->assertSame( 'webinars-leads', end( $keys ), 'Registered last here: WordPress writes the file after it.' );
		$response = wp_privacy_process_personal_data_export_page( $export, count( $keys ), 'ada@example.org', 1, $request_id, false, 'webinars-leads' );
		$this->assertSame( $export['data'], $response['data'] );
		$this->assertArrayHasKey( 'url', $response, 'The last exporter\'s last page: WordPress made the export.' );
		// What WordPress hands its export-file writer (hooked by wp-admin; it needs ZipArchive, absent here).
		$this->assertIsArray( $groups );
		$this->assertSame( 'Webinar registrations', $groups['webinars-leads']['group_label'] );
		$this->assertSame( $export['data'][0]['data'], $groups['webinars-leads']['items'][ "lead-$id" ] );
	}

	/**
	 * The eraser registered with WordPress deletes the lead (and the leads merged into it).
	 */
	public function test_the_personal_data_eraser_deletes_the_lead(): void {
		$id      = self::lead_id( $this->ingest( $this->submission() ) );
		$younger = self::lead_id(
			$this->ingest(
				$this->submission(
					array(
						'email' => 'other@example.org',
						'phone' => '+12025550100',
					)
				)
			)
		);
		$this->ingest( $this->submission( array( 'phone' => '+12025550100' ) ) ); // Merges $younger into $id.
		$this->facts = array();

		$erasers = apply_filters( 'wp_privacy_personal_data_erasers', array() ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WordPress's registry.
		$this->assertArrayHasKey( 'webinars-leads', $erasers );
		$result = call_user_func( $erasers['webinars-leads']['callback'], 'other@example.org', 1 );
		$this->assertTrue( $result['items_removed'], 'The merged address finds its survivor.' );
		$this->assertFalse( $result['items_retained'] );
		$this->assertTrue( $result['done'] );
		$this->assertNull( $this->row( $id ) );
		$this->assertNull( $this->row( $younger ) );
		$this->assertSame( array( Hooks::CORE_LEAD_DELETED ), $this->fact_hooks() );
		$this->assertSame( $id, $this->facts[0]['payload']['lead_id'] );

		$again = call_user_func( $erasers['webinars-leads']['callback'], 'ada@example.org', 1 );
		$this->assertFalse( $again['items_removed'] );
	}
}
