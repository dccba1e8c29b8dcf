<?php
/**
 * A webinar's own page: the plugin's block template, and the speaker room in it only for those
 * who may control the webinar (whom the attendee view links to it).
 *
 * @package Webinars
 */

// phpcs:disable WordPress.WP.GlobalVariablesOverride.Prohibited, WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- The test sets the current post and applies core filters.

namespace Webinars\Tests\PublicUi;

use Webinars\Contracts\Webinar;
use Webinars\Modules\PublicUi\Template;
use Webinars\Tests\Room\RoomTestCase;

/**
 * Tests of the single-webinar template.
 */
final class TemplateTest extends RoomTestCase {

	/**
	 * The webinar has a description.
	 */
	public function set_up(): void {
		parent::set_up();
		wp_update_post(
			array(
				'ID'           => $this->webinar,
				'post_content' => '<p>A description</p>',
			)
		);
	}


	/**
	 * Renders the template's blocks on the webinar's page as a user.
	 *
	 * @param int $user_id User (0: logged out).
	 */
	private function page_as( int $user_id ): string {
		wp_set_current_user( $user_id );
		$GLOBALS['post'] = get_post( $this->webinar );
		setup_postdata( $GLOBALS['post'] );
		$html = do_blocks( Template::blocks() );
		wp_reset_postdata();
		return $html;
	}

	/**
	 * The template exists for the post type, editable by the site, and holds both blocks.
	 */
	public function test_single_webinar_block_template_is_registered(): void {
		if ( ! function_exists( 'register_block_template' ) ) {
			$this->markTestSkipped( 'register_block_template() needs WordPress 6.7.' );
		}
		$template = get_block_template( 'webinars//single-' . Webinar::POST_TYPE );
		$this->assertNotNull( $template );
		$this->assertStringContainsString( '<!-- wp:webinars/public /-->', $template->content );
		$this->assertStringContainsString( '<!-- wp:webinars/room /-->', $template->content );
		$this->assertStringContainsString( '<!-- wp:post-content', $template->content );
	}

	/**
	 * An attendee gets the view and no speaker room (nor its scripts); an organizer gets both,
	 * and the view links to the room.
	 */
	public function test_speaker_room_only_for_controllers(): void {
		$attendee = $this->page_as( $this->users['attendee'] );
		$this->assertStringContainsString( 'data-wp-interactive="webinars/public"', $attendee );
		$this->assertStringNotContainsString( Template::ROOM_ANCHOR, $attendee );
		$this->assertStringNotContainsString( 'Open the speaker room', $attendee );

		$organizer = $this->page_as( $this->users['organizer'] );
		$this->assertStringContainsString( 'id="' . Template::ROOM_ANCHOR . '"', $organizer );
		$this->assertMatchesRegularExpression( '#<a href="[^"]*\#' . Template::ROOM_ANCHOR . '">Open the speaker room</a>#', $organizer );
	}

	/**
	 * Classic themes: the_content of the webinar's own page gets the attendee view first, once.
	 */
	public function test_classic_theme_gets_the_view_before_the_content(): void {
		// A theme without block templates (not installed: WordPress then reads it as classic).
		$classic = static function () {
			return 'webinars-classic-test';
		};
		add_filter( 'pre_option_stylesheet', $classic );
		add_filter( 'pre_option_template', $classic );
		wp_clean_themes_cache();
		$this->assertFalse( wp_is_block_theme() );
		$this->as_user( $this->users['attendee'] );

		$query                   = new \WP_Query(
			array(
				'p'         => $this->webinar,
				'post_type' => Webinar::POST_TYPE,
			)
		);
		$GLOBALS['wp_query']     = $query;
		$GLOBALS['wp_the_query'] = $query;
		$query->the_post();
		$html = apply_filters( 'the_content', get_the_content() );
		$this->assertSame( 1, substr_count( $html, 'data-wp-interactive="webinars/public"' ) );
		$this->assertLessThan( strpos( $html, 'A description' ), strpos( $html, 'webinars-public' ) );

		// Content that already has the block keeps its own.
		$own = apply_filters( 'the_content', '<!-- wp:webinars/public /--><p>A description</p>' );
		$this->assertSame( 1, substr_count( $own, 'data-wp-interactive="webinars/public"' ) );
		wp_reset_postdata();
	}
}
