<?php
/**
 * A webinar's own page shows the attendee view by default: a block template the site can edit
 * (block themes, WordPress 6.7+), or, for classic themes, the block put before the content of a
 * webinar that has none. The speaker room follows it (it renders only for those who may control
 * the webinar), under the anchor the attendee view links to.
 *
 * @package Webinars
 */

namespace Webinars\Modules\PublicUi;

use Webinars\Contracts\Capabilities;
use Webinars\Contracts\Webinar;

defined( 'ABSPATH' ) || exit;

/**
 * The single-webinar template.
 *
 * @since 0.2.0
 */
final class Template {

	/**
	 * Anchor (HTML id) of the speaker room on a webinar's page.
	 *
	 * @since 0.2.0
	 */
	public const ROOM_ANCHOR = 'webinars-speaker-room';

	/**
	 * Hooks the template in.
	 *
	 * @since 0.2.0
	 */
	public function register(): void {
		add_action( 'init', array( $this, 'register_template' ), 20 );
		// Before do_blocks (9), so the blocks put in are rendered with the rest.
		add_filter( 'the_content', array( $this, 'prepend' ), 8 );
		add_filter( 'pre_render_block', array( $this, 'skip_room' ), 10, 2 );
	}

	/**
	 * Skips the speaker room's group for those who may not control the webinar: rendering it
	 * would print nothing, but still load the room's scripts on every attendee's page.
	 *
	 * @since 0.2.0
	 *
	 * @param string|null          $pre    Short-circuited content.
	 * @param array<string, mixed> $parsed The parsed block.
	 * @return string|null
	 */
	public function skip_room( $pre, $parsed ) {
		$anchor = is_array( $parsed['attrs'] ?? null ) ? ( $parsed['attrs']['anchor'] ?? '' ) : '';
		if ( null !== $pre || 'core/group' !== ( $parsed['blockName'] ?? '' ) || self::ROOM_ANCHOR !== $anchor ) {
			return $pre;
		}
		$webinar_id = (int) get_the_ID();
		return $webinar_id > 0 && current_user_can( Capabilities::CONTROL_WEBINAR, $webinar_id ) ? null : '';
	}

	/**
	 * The blocks of a webinar's page: the attendee view, then the speaker room.
	 *
	 * @since 0.2.0
	 */
	public static function blocks(): string {
		return '<!-- wp:webinars/public /-->' . "\n"
			. '<!-- wp:group {"anchor":"' . self::ROOM_ANCHOR . '","layout":{"type":"constrained"}} -->' . "\n"
			. '<div id="' . self::ROOM_ANCHOR . '" class="wp-block-group"><!-- wp:webinars/room /--></div>' . "\n"
			. '<!-- /wp:group -->';
	}

	/**
	 * Registers the plugin's single-webinar block template (WordPress 6.7+; the site may edit it).
	 *
	 * @since 0.2.0
	 */
	public function register_template(): void {
		if ( ! function_exists( 'register_block_template' ) ) {
			return;
		}
		$content = '<!-- wp:template-part {"slug":"header","tagName":"header"} /-->' . "\n"
			. '<!-- wp:group {"tagName":"main","layout":{"type":"constrained"}} -->' . "\n"
			. '<main class="wp-block-group">' . "\n"
			. '<!-- wp:post-title {"level":1} /-->' . "\n"
			. self::blocks() . "\n"
			. '<!-- wp:post-content {"layout":{"type":"constrained"}} /-->' . "\n"
			. '</main>' . "\n"
			. '<!-- /wp:group -->' . "\n"
			. '<!-- wp:template-part {"slug":"footer","tagName":"footer"} /-->';
		register_block_template(
			'webinars//single-' . Webinar::POST_TYPE,
			array(
				'title'       => __( 'Single webinar', 'webinars' ),
				'description' => __( 'A webinar’s page: its attendee view, the speaker room for its organizers and speakers, and its description.', 'webinars' ),
				'content'     => $content,
				'post_types'  => array( Webinar::POST_TYPE ),
			)
		);
	}

	/**
	 * Classic themes: the attendee view before a webinar's own content, unless it has one.
	 *
	 * @since 0.2.0
	 *
	 * @param string $content Post content.
	 */
	public function prepend( $content ): string {
		$content = (string) $content;
		if ( wp_is_block_theme() || ! is_singular( Webinar::POST_TYPE ) || ! in_the_loop() || ! is_main_query() ) {
			return $content;
		}
		if ( get_the_ID() !== get_queried_object_id() || has_block( 'webinars/public', $content ) ) {
			return $content;
		}
		return self::blocks() . "\n" . $content;
	}
}
