<?php
/**
 * The editor panel's defaults come from the site: its time zone (Settings → General) and whether
 * the user may choose organizers and speakers.
 *
 * @package Webinars
 */

namespace Webinars\Tests\Admin;

use Webinars\Modules\Core\Admin\EditorSettings;
use Webinars\Tests\TestCase;

/**
 * Tests for the editor's inline settings.
 */
final class EditorSettingsTest extends TestCase {

	/**
	 * The site's zone as an IANA name, manual offsets included.
	 */
	public function test_site_zone(): void {
		update_option( 'timezone_string', 'Europe/Berlin' );
		$this->assertSame( 'Europe/Berlin', EditorSettings::site_zone() );
		update_option( 'timezone_string', '' );
		update_option( 'gmt_offset', 3 );
		$this->assertSame( 'Etc/GMT-3', EditorSettings::site_zone() );
		update_option( 'gmt_offset', -5 );
		$this->assertSame( 'Etc/GMT+5', EditorSettings::site_zone() );
		update_option( 'gmt_offset', 5.5 );
		$this->assertSame( 'UTC', EditorSettings::site_zone() );
		update_option( 'gmt_offset', 0 );
		$this->assertSame( 'UTC', EditorSettings::site_zone() );
	}

	/**
	 * Only users with webinars_assign_staff get editable pickers.
	 */
	public function test_can_assign_staff(): void {
		$this->as_user( $this->create_user( 'administrator' ) );
		$this->assertTrue( EditorSettings::settings()['canAssignStaff'] );
		$this->as_user( $this->create_user( 'webinars_organizer' ) );
		$this->assertFalse( EditorSettings::settings()['canAssignStaff'] );
	}

	/**
	 * The settings go before the editor script, and only where it is enqueued.
	 */
	public function test_inline_script(): void {
		$settings = new EditorSettings();
		$settings->enqueue();
		$this->assertFalse( wp_scripts()->get_data( 'webinars-webinar-editor', 'before' ) );
		wp_register_script( 'webinars-webinar-editor', 'https://example.org/editor.js', array(), '1', true );
		wp_enqueue_script( 'webinars-webinar-editor' );
		$settings->enqueue();
		$before = (array) wp_scripts()->get_data( 'webinars-webinar-editor', 'before' );
		$this->assertStringContainsString( 'window.webinarsEditor = {"siteTimeZone":', implode( "\n", $before ) );
		wp_dequeue_script( 'webinars-webinar-editor' );
		wp_deregister_script( 'webinars-webinar-editor' );
	}
}
