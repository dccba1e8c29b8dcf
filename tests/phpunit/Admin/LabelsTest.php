<?php
/**
 * The webinar post type speaks of webinars, never of posts: every label and every notice.
 *
 * @package Webinars
 */

// phpcs:disable WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound, WordPress.NamingConventions.ValidHookName.UseUnderscores -- the tests fire WordPress's own hooks.

namespace Webinars\Tests\Admin;

use Webinars\Contracts\Webinar;
use Webinars\Modules\Core\Admin\Labels;
use Webinars\Tests\TestCase;
use WP_Post_Type;

/**
 * Tests for the post type labels and updated messages.
 */
final class LabelsTest extends TestCase {

	/**
	 * Whether a text speaks of posts.
	 *
	 * @param string $text Text.
	 */
	private static function says_post( string $text ): bool {
		return 1 === preg_match( '/\bposts?\b/i', $text );
	}

	/**
	 * Every label WordPress knows is set by us and names a webinar.
	 */
	public function test_every_post_type_label_is_ours(): void {
		$object = get_post_type_object( Webinar::POST_TYPE );
		$this->assertInstanceOf( WP_Post_Type::class, $object );
		$labels = (array) get_post_type_labels( $object );
		$ours   = Labels::post_type();
		$keys   = array_merge( array_keys( WP_Post_Type::get_default_labels() ), array( 'menu_name', 'name_admin_bar', 'template_name' ) );
		foreach ( $keys as $key ) {
			$this->assertArrayHasKey( $key, $ours, "Label $key is set" );
			$this->assertSame( $ours[ $key ], $labels[ $key ], "Label $key is used" );
		}
		foreach ( $labels as $key => $label ) {
			$this->assertFalse( self::says_post( (string) $label ), "Label $key: $label" );
		}
		$this->assertSame( 'Search Webinars', $labels['search_items'] );
		$this->assertSame( 'Webinar published.', $labels['item_published'] );
		$this->assertSame( 'View Webinar', $labels['view_item'] );
	}

	/**
	 * The classic editor's notices (1..10) name a webinar and link to it.
	 */
	public function test_updated_messages(): void {
		$id              = $this->create_post( array( 'post_type' => Webinar::POST_TYPE ) );
		$GLOBALS['post'] = get_post( $id ); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		$messages        = apply_filters( 'post_updated_messages', array() );
		unset( $GLOBALS['post'] );
		$this->assertArrayHasKey( Webinar::POST_TYPE, $messages );
		$ours = $messages[ Webinar::POST_TYPE ];
		$this->assertSame( range( 0, 10 ), array_keys( $ours ) );
		foreach ( $ours as $number => $message ) {
			$this->assertFalse( self::says_post( wp_strip_all_tags( (string) $message ) ), "Message $number: $message" );
		}
		$this->assertStringStartsWith( 'Webinar published.', (string) $ours[6] );
		$this->assertStringContainsString( esc_url( (string) get_permalink( $id ) ), (string) $ours[6] );
	}

	/**
	 * The list's notices after bulk actions count webinars.
	 */
	public function test_bulk_messages(): void {
		$counts   = array(
			'updated'   => 1,
			'locked'    => 2,
			'deleted'   => 3,
			'trashed'   => 1,
			'untrashed' => 5,
		);
		$messages = apply_filters( 'bulk_post_updated_messages', array(), $counts );
		$ours     = $messages[ Webinar::POST_TYPE ];
		$this->assertSame( array_keys( $counts ), array_keys( $ours ) );
		$this->assertSame( '%s webinar updated.', $ours['updated'] );
		$this->assertSame( '%s webinars permanently deleted.', $ours['deleted'] );
		foreach ( $ours as $message ) {
			$this->assertFalse( self::says_post( $message ), $message );
		}
	}
}
