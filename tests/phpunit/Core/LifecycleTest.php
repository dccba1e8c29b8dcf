<?php
/**
 * Activation flushes rewrite rules after registering the post type, so a new webinar's permalink
 * resolves without a visit to Settings → Permalinks; deactivation flushes its rules away.
 *
 * @package Webinars
 */

namespace Webinars\Tests\Core;

use Webinars\Contracts\Hooks;
use Webinars\Contracts\Webinar;
use Webinars\Modules\Core\Webinars;
use Webinars\Tests\TestCase;

/**
 * Tests for Core's Lifecycle.
 */
final class LifecycleTest extends TestCase {

	/**
	 * The post type and rules as every other test expects them.
	 */
	public function tear_down(): void {
		if ( ! post_type_exists( Webinar::POST_TYPE ) ) {
			( new Webinars() )->register();
		}
		flush_rewrite_rules( false );
		parent::tear_down();
	}

	/**
	 * A fresh activation (the request ran init before the plugin was loaded, and no rules exist
	 * for the post type) ends with a rule for webinar/ and a permalink that resolves.
	 */
	public function test_activation_makes_permalinks_resolve(): void {
		$this->assertSame( '/%postname%/', get_option( 'permalink_structure' ) );
		unregister_post_type( Webinar::POST_TYPE );
		self::fresh_request();
		flush_rewrite_rules( false );
		$this->assertSame( array(), $this->webinar_rules(), 'Before: no rule, the permalink would be a 404.' );

		do_action( Hooks::WEBINARS_ACTIVATE );

		$this->assertNotSame( array(), $this->webinar_rules() );
		$id = $this->create_post(
			array(
				'post_type'  => Webinar::POST_TYPE,
				'post_name'  => 'launch-day',
				'post_title' => 'Launch day',
			)
		);
		$this->assertSame( home_url( '/' . Webinar::REWRITE_SLUG . '/launch-day/' ), get_permalink( $id ) );
		$this->assertSame( $id, url_to_postid( (string) get_permalink( $id ) ) );
	}

	/**
	 * Deactivation leaves no webinar/ rules behind.
	 */
	public function test_deactivation_flushes_the_rules_away(): void {
		flush_rewrite_rules( false );
		$this->assertNotSame( array(), $this->webinar_rules() );
		self::fresh_request();

		do_action( Hooks::WEBINARS_DEACTIVATE );

		$this->assertSame( array(), $this->webinar_rules() );
		$this->assertFalse( post_type_exists( Webinar::POST_TYPE ) );
	}

	/**
	 * What a new request has in memory: every in-process rebuild merges the post type's
	 * permastruct rules into $wp_rewrite->extra_rules_top (and unregister_post_type() does not
	 * remove them), so earlier flushes in this PHP process would keep them alive.
	 */
	private static function fresh_request(): void {
		global $wp_rewrite;
		foreach ( array_keys( $wp_rewrite->extra_rules_top ) as $regex ) {
			if ( 0 === strpos( (string) $regex, Webinar::REWRITE_SLUG . '/' ) ) {
				unset( $wp_rewrite->extra_rules_top[ $regex ] );
			}
		}
	}

	/**
	 * The stored rewrite rules that start with the post type's slug.
	 *
	 * @return array<string, string>
	 */
	private function webinar_rules(): array {
		$rules = (array) get_option( 'rewrite_rules', array() );
		return array_filter(
			$rules,
			static function ( $rule ) {
				return 0 === strpos( (string) $rule, Webinar::REWRITE_SLUG . '/' );
			},
			ARRAY_FILTER_USE_KEY
		);
	}
}
