<?php
/**
 * The lead in WordPress's privacy tools: Tools → Export Personal Data lists what the plugin holds
 * about an e-mail address, Tools → Erase Personal Data deletes that lead (core_lead_deleted tells
 * the other modules to drop their rows of it).
 *
 * @package Webinars
 * @since   0.2.0
 */

namespace Webinars\Modules\Core\Leads;

defined( 'ABSPATH' ) || exit;

/**
 * Personal-data exporter and eraser.
 *
 * @since 0.2.0
 */
final class Privacy {

	/**
	 * Key of the exporter and the eraser in WordPress's registries.
	 *
	 * @since 0.2.0
	 */
	public const KEY = 'webinars-leads';

	/**
	 * The wp_privacy_personal_data_exporters filter.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed>|mixed $exporters Registered exporters.
	 * @return array<string, mixed>
	 */
	public function exporters( $exporters ): array {
		$exporters              = (array) $exporters;
		$exporters[ self::KEY ] = array(
			'exporter_friendly_name' => __( 'Webinars: registrant', 'webinars' ),
			'callback'               => array( $this, 'export' ),
		);
		return $exporters;
	}

	/**
	 * The wp_privacy_personal_data_erasers filter.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed>|mixed $erasers Registered erasers.
	 * @return array<string, mixed>
	 */
	public function erasers( $erasers ): array {
		$erasers              = (array) $erasers;
		$erasers[ self::KEY ] = array(
			'eraser_friendly_name' => __( 'Webinars: registrant', 'webinars' ),
			'callback'             => array( $this, 'erase' ),
		);
		return $erasers;
	}

	/**
	 * Exports the lead of an e-mail address (one page: one lead per address).
	 *
	 * @since 0.2.0
	 *
	 * @param string $email E-mail address.
	 * @param int    $page  Page (1-based).
	 * @return array{data: list<array<string, mixed>>, done: bool}
	 */
	public function export( $email, $page = 1 ): array {
		$lead = Leads::find_by_email( (string) $email );
		if ( null === $lead ) {
			return array(
				'data' => array(),
				'done' => true,
			);
		}
		$labels = array(
			'email'           => __( 'E-mail', 'webinars' ),
			'phone'           => __( 'Phone', 'webinars' ),
			'name'            => __( 'Name', 'webinars' ),
			'locale'          => __( 'Language', 'webinars' ),
			'ref_id'          => __( 'Referral ID', 'webinars' ),
			'consent'         => __( 'Consent to be contacted', 'webinars' ),
			'consent_at'      => __( 'Consent given at', 'webinars' ),
			'consent_version' => __( 'Consent text version', 'webinars' ),
			'source'          => __( 'Source', 'webinars' ),
			'created_at'      => __( 'Registered at', 'webinars' ),
			'updated_at'      => __( 'Updated at', 'webinars' ),
		);
		$data   = array();
		foreach ( $labels as $key => $label ) {
			$value = is_bool( $lead[ $key ] ) ? ( $lead[ $key ] ? __( 'Yes', 'webinars' ) : __( 'No', 'webinars' ) ) : (string) $lead[ $key ];
			if ( '' !== $value ) {
				$data[] = array(
					'name'  => $label,
					'value' => $value,
				);
			}
		}
		return array(
			'data' => array(
				array(
					'group_id'    => self::KEY,
					'group_label' => __( 'Webinar registrations', 'webinars' ),
					'item_id'     => 'lead-' . $lead['id'],
					'data'        => $data,
				),
			),
			'done' => true,
		);
	}

	/**
	 * Erases the lead of an e-mail address.
	 *
	 * @since 0.2.0
	 *
	 * @param string $email E-mail address.
	 * @param int    $page  Page (1-based).
	 * @return array{items_removed: bool, items_retained: bool, messages: list<string>, done: bool}
	 */
	public function erase( $email, $page = 1 ): array {
		$lead = Leads::find_by_email( (string) $email );
		return array(
			'items_removed'  => null !== $lead && Leads::delete( (int) $lead['id'] ),
			'items_retained' => false,
			'messages'       => array(),
			'done'           => true,
		);
	}
}
