<?php
/**
 * What other parts of Core do with a lead once it exists: read it, export it, delete it. Deleting
 * fires core_lead_deleted so that other modules drop their rows of the lead.
 *
 * @package Webinars
 * @since   0.2.0
 */

namespace Webinars\Modules\Core\Leads;

use Webinars\Contracts\Bus;
use Webinars\Contracts\Hooks;

defined( 'ABSPATH' ) || exit;

/**
 * Lead operations.
 *
 * @since 0.2.0
 */
final class Leads {

	/**
	 * A lead as people read it (export, admin), or null.
	 *
	 * @since 0.2.0
	 *
	 * @param int $id Lead ID (a merged lead's ID gives its survivor).
	 * @return array<string, mixed>|null
	 */
	public static function get( int $id ): ?array {
		$row = Repository::find( $id );
		return null === $row ? null : self::present( $row );
	}

	/**
	 * The lead an e-mail address belongs to (as typed: it is normalised here), or null.
	 *
	 * @since 0.2.0
	 *
	 * @param string $email E-mail address.
	 * @return array<string, mixed>|null
	 */
	public static function find_by_email( string $email ): ?array {
		$email = Normalizer::email( $email );
		$row   = '' === $email ? null : Repository::find_by_email( $email );
		return null === $row ? null : self::present( $row );
	}

	/**
	 * Deletes a lead (with the leads merged into it) and fires core_lead_deleted.
	 *
	 * @since 0.2.0
	 *
	 * @param int $id Lead ID (a live lead, not one merged away).
	 * @return bool Whether a lead was deleted.
	 */
	public static function delete( int $id ): bool {
		if ( $id < 1 || 0 === Repository::delete( $id ) ) {
			return false;
		}
		Bus::emit(
			Hooks::CORE_LEAD_DELETED,
			array(
				'lead_id'   => $id,
				'timestamp' => gmdate( 'Y-m-d\TH:i:s\Z' ),
			)
		);
		return true;
	}

	/**
	 * Typed columns of a row.
	 *
	 * @param array<string, mixed> $row Lead row.
	 * @return array<string, mixed>
	 */
	private static function present( array $row ): array {
		return array(
			'id'              => (int) $row['id'],
			'email'           => (string) $row['email'],
			'phone'           => (string) $row['phone'],
			'name'            => (string) $row['name'],
			'locale'          => (string) $row['locale'],
			'ref_id'          => (string) $row['ref_id'],
			'consent'         => 1 === (int) $row['consent'],
			'consent_at'      => null === $row['consent_at'] ? '' : self::utc( (string) $row['consent_at'] ),
			'consent_version' => (string) $row['consent_version'],
			'user_id'         => (int) $row['user_id'],
			'source'          => (string) $row['source'],
			'created_at'      => self::utc( (string) $row['created_at'] ),
			'updated_at'      => self::utc( (string) $row['updated_at'] ),
		);
	}

	/**
	 * A stored UTC DATETIME as RFC 3339.
	 *
	 * @param string $mysql Y-m-d H:i:s in UTC.
	 */
	private static function utc( string $mysql ): string {
		$time = strtotime( $mysql . ' UTC' );
		return false === $time ? '' : gmdate( 'Y-m-d\TH:i:s\Z', $time );
	}
}
