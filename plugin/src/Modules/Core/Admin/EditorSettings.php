<?php
/**
 * What the block editor's "Webinar" panel needs from the server before it renders: the site's
 * time zone (Settings → General, the default of a new webinar, never the browser's) and whether
 * the current user may choose organizers and speakers.
 *
 * @package Webinars
 */

namespace Webinars\Modules\Core\Admin;

use Webinars\Contracts\Capabilities;

defined( 'ABSPATH' ) || exit;

/**
 * Inline settings of the editor script.
 *
 * @since 0.2.0
 */
final class EditorSettings {

	/**
	 * Handle of the editor script (Core's Webinars::enqueue_editor() registers it).
	 */
	private const HANDLE = 'webinars-webinar-editor';

	/**
	 * Hooks the inline settings after the editor script is enqueued.
	 *
	 * @since 0.2.0
	 */
	public function register(): void {
		add_action( 'enqueue_block_editor_assets', array( $this, 'enqueue' ), 20 );
	}

	/**
	 * Adds window.webinarsEditor before the editor script (only where it is enqueued).
	 *
	 * @since 0.2.0
	 */
	public function enqueue(): void {
		if ( wp_script_is( self::HANDLE, 'enqueued' ) ) {
			wp_add_inline_script( self::HANDLE, 'window.webinarsEditor = ' . wp_json_encode( self::settings() ) . ';', 'before' );
		}
	}

	/**
	 * The settings.
	 *
	 * @since 0.2.0
	 *
	 * @return array{siteTimeZone: string, canAssignStaff: bool}
	 */
	public static function settings(): array {
		return array(
			'siteTimeZone'   => self::site_zone(),
			'canAssignStaff' => current_user_can( Capabilities::ASSIGN_STAFF ),
		);
	}

	/**
	 * The site's time zone as an IANA name. A manual offset ("UTC+3") becomes the matching
	 * Etc/GMT zone (whose sign is inverted by POSIX convention); one with minutes, UTC.
	 *
	 * @since 0.2.0
	 */
	public static function site_zone(): string {
		$zone = wp_timezone_string();
		if ( 1 !== preg_match( '/^([+-])(\d{2}):(\d{2})$/', $zone, $parts ) ) {
			return $zone;
		}
		$hours = (int) $parts[2];
		if ( '00' !== $parts[3] || $hours > 12 ) {
			return 'UTC';
		}
		if ( 0 === $hours ) {
			return 'UTC';
		}
		return 'Etc/GMT' . ( '+' === $parts[1] ? '-' : '+' ) . $hours;
	}
}
