<?php
/**
 * Issue 6 item 9: the meta the contract marks private (organizers, speakers, CTA text, label and
 * URL) never reaches a view-context read of core's /wp/v2/webinars routes; the edit context shows
 * it to those who may edit.
 *
 * @package Webinars
 */

namespace Webinars\Tests\Security;

use Webinars\Contracts\Webinar;

/**
 * Private webinar meta stays private.
 */
final class MetaPrivacyTest extends SecurityTestCase {

	/**
	 * The contract's private and public meta keys.
	 *
	 * @return array{0: list<string>, 1: list<string>}
	 */
	private static function keys(): array {
		$private = array();
		$public  = array();
		foreach ( Webinar::META as $key => $field ) {
			if ( $field['public'] ) {
				$public[] = $key;
			} else {
				$private[] = $key;
			}
		}
		return array( $private, $public );
	}

	/**
	 * Anonymous and attendee reads of the collection and of one webinar show public meta only.
	 */
	public function test_view_context_shows_public_meta_only(): void {
		list( $private, $public ) = self::keys();
		$this->assertContains( Webinar::META_CTA_URL, $private );
		$this->assertContains( Webinar::META_ORGANIZERS, $private );

		foreach ( array( 0, $this->users['attendee'], $this->users['lone_organizer'] ) as $user_id ) {
			$one  = $this->rest( 'GET', '/wp/v2/webinars/' . $this->webinar, null, $user_id );
			$list = $this->rest( 'GET', '/wp/v2/webinars', null, $user_id );
			$this->assertSame( 200, $one->get_status() );
			$this->assertSame( 200, $list->get_status() );
			$items = array_merge( array( $one->get_data() ), $list->get_data() );
			$this->assertGreaterThanOrEqual( 3, count( $items ) );
			foreach ( $items as $item ) {
				foreach ( $private as $key ) {
					$this->assertArrayNotHasKey( $key, $item['meta'], "user $user_id sees $key" );
				}
				foreach ( $public as $key ) {
					$this->assertArrayHasKey( $key, $item['meta'], "user $user_id misses $key" );
				}
			}
			$encoded = (string) wp_json_encode( $list->get_data() );
			$this->assertStringNotContainsString( 'example.org/buy', $encoded );
			$this->assertStringNotContainsString( 'Get the course', $encoded );
		}
	}

	/**
	 * Asking for the edit context without the right to edit is refused; with it, everything shows.
	 */
	public function test_edit_context_needs_edit_rights(): void {
		$route = '/wp/v2/webinars/' . $this->webinar;
		$this->assertSame( 401, $this->rest( 'GET', $route, array( 'context' => 'edit' ), 0 )->get_status() );
		$this->assertSame( 403, $this->rest( 'GET', $route, array( 'context' => 'edit' ), $this->users['lone_organizer'] )->get_status() );

		$lone = $this->rest( 'GET', '/wp/v2/webinars', array( 'context' => 'edit' ), $this->users['lone_organizer'] );
		$this->assertSame( array(), $lone->get_data(), 'The edit-context collection lists only webinars one may edit.' );
		$mine = $this->rest( 'GET', '/wp/v2/webinars', array( 'context' => 'edit' ), $this->users['organizer'] )->get_data();
		$this->assertSame( array( $this->webinar ), array_column( $mine, 'id' ) );

		$meta = $this->rest( 'GET', $route, array( 'context' => 'edit' ), $this->users['organizer'] )->get_data()['meta'];
		$this->assertSame( 'https://example.org/buy', $meta[ Webinar::META_CTA_URL ] );
		$this->assertSame( array( $this->users['organizer'] ), $meta[ Webinar::META_ORGANIZERS ] );
		$this->assertSame( array( $this->users['speaker'] ), $meta[ Webinar::META_SPEAKERS ] );
	}
}
