<?php
/**
 * The lead tables, declared through the webinars_schema filter. Uniqueness lives in the keys: one
 * row per normalised e-mail address and per normalised phone number (NULL when absent; a UNIQUE
 * key admits many NULLs), one row per ingested idempotency key (its SHA-256, so that any client
 * key fits and compares byte for byte whatever the collation). No IP address is stored.
 *
 * A merged lead stays as a row pointing at its survivor (merged_into) and keeps the e-mail or
 * phone the survivor could not take, so that those still find the survivor.
 *
 * @package Webinars
 * @since   0.2.0
 */

namespace Webinars\Modules\Core\Leads;

defined( 'ABSPATH' ) || exit;

/**
 * Names and statements of the lead tables.
 *
 * @since 0.2.0
 */
final class Tables {

	private const LEADS   = 'webinars_leads';
	private const INGESTS = 'webinars_lead_ingests';

	/**
	 * The leads.
	 *
	 * @since 0.2.0
	 */
	public static function leads(): string {
		global $wpdb;
		return $wpdb->prefix . self::LEADS;
	}

	/**
	 * Ingested idempotency keys and what each one did.
	 *
	 * @since 0.2.0
	 */
	public static function ingests(): string {
		global $wpdb;
		return $wpdb->prefix . self::INGESTS;
	}

	/**
	 * The webinars_schema filter: the lead tables' CREATE TABLE statements.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, string>|mixed $statements Statements declared so far.
	 * @return array<string, string>
	 */
	public function statements( $statements ): array {
		return array_merge(
			(array) $statements,
			array(
				self::LEADS   => "CREATE TABLE {table} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  email varchar(191) NOT NULL,
  phone varchar(32) DEFAULT NULL,
  name varchar(191) NOT NULL DEFAULT '',
  locale varchar(32) NOT NULL DEFAULT '',
  ref_id varchar(191) NOT NULL DEFAULT '',
  consent tinyint(1) NOT NULL DEFAULT 0,
  consent_at datetime DEFAULT NULL,
  consent_version varchar(64) NOT NULL DEFAULT '',
  user_id bigint(20) unsigned NOT NULL DEFAULT 0,
  source varchar(64) NOT NULL DEFAULT '',
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  merged_into bigint(20) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY  (id),
  UNIQUE KEY email (email),
  UNIQUE KEY phone (phone),
  KEY merged_into (merged_into),
  KEY user_id (user_id)
) {charset};",
				self::INGESTS => "CREATE TABLE {table} (
  key_hash char(64) NOT NULL,
  lead_id bigint(20) unsigned NOT NULL DEFAULT 0,
  result varchar(16) NOT NULL DEFAULT '',
  source varchar(64) NOT NULL DEFAULT '',
  created_at datetime NOT NULL,
  PRIMARY KEY  (key_hash),
  KEY lead_id (lead_id)
) {charset};",
			)
		);
	}
}
