<?php
/**
 * The speaker room block's server render: who gets it, and that it reads the webinar through
 * Core's `webinars_webinar` filter (never Core's meta keys).
 *
 * @package Webinars
 */

namespace Webinars\Tests\RoomUi;

use Webinars\Contracts\Hooks;
use Webinars\Tests\Room\RoomTestCase;
use WP_Block_Type_Registry;

/**
 * Render of webinars/room.
 */
final class BlockTest extends RoomTestCase {

	/**
	 * The block needs the build (block.json); `npm test` builds before PHPUnit.
	 */
	public function set_up(): void {
		parent::set_up();
		if ( ! WP_Block_Type_Registry::get_instance()->is_registered( 'webinars/room' ) ) {
			$this->markTestSkipped( 'webinars/room is not registered: run `npm run build` first.' );
		}
	}

	/**
	 * Renders the block for a user.
	 *
	 * @param int $user_id User (0: logged out).
	 */
	private function render_as( int $user_id ): string {
		$this->as_user( $user_id );
		return render_block(
			array(
				'blockName'    => 'webinars/room',
				'attrs'        => array( 'webinarId' => $this->webinar ),
				'innerBlocks'  => array(),
				'innerHTML'    => '',
				'innerContent' => array(),
			)
		);
	}

	/**
	 * A data-* attribute of the rendered container.
	 *
	 * @param string $html Markup.
	 * @param string $name Attribute name.
	 */
	private static function data( string $html, string $name ): ?string {
		if ( ! preg_match( '/\s' . preg_quote( $name, '/' ) . '="([^"]*)"/', $html, $match ) ) {
			return null;
		}
		return html_entity_decode( $match[1], ENT_QUOTES );
	}

	/**
	 * Title and CTA come from the filter: a module reads another's data only through it.
	 */
	public function test_names_the_webinar_and_previews_the_cta_from_the_webinar_filter(): void {
		add_filter(
			Hooks::WEBINARS_WEBINAR,
			function ( $webinar, $id ) {
				return $id === $this->webinar ? array(
					'id'    => $id,
					'title' => 'Autumn <launch>',
					'cta'   => array(
						'text'  => 'From the filter',
						'label' => 'Buy',
						'url'   => 'https://example.org/filter',
					),
				) : $webinar;
			},
			10,
			2
		);
		$html = $this->render_as( $this->users['organizer'] );

		$this->assertSame( 'Autumn <launch>', self::data( $html, 'data-title' ) );
		$this->assertStringContainsString( 'Autumn &lt;launch&gt;</h2>', $html );
		$cta = json_decode( (string) self::data( $html, 'data-cta' ), true );
		$this->assertSame(
			array(
				'text'  => 'From the filter',
				'label' => 'Buy',
				'url'   => 'https://example.org/filter',
			),
			$cta
		);
		$this->assertStringContainsString( 'is-scheduled', $html );
		$this->assertSame( (string) $this->webinar, self::data( $html, 'data-webinar-id' ) );
	}

	/**
	 * Without Core's answer the room still renders, with nothing invented.
	 */
	public function test_renders_without_a_webinar_from_the_filter(): void {
		add_filter( Hooks::WEBINARS_WEBINAR, '__return_null', 99 );
		$html = $this->render_as( $this->users['speaker'] );
		$this->assertSame( '', self::data( $html, 'data-title' ) );
		$this->assertSame(
			array(
				'text'  => '',
				'label' => '',
				'url'   => '',
			),
			json_decode( (string) self::data( $html, 'data-cta' ), true )
		);
	}

	/**
	 * Only those who may control the webinar get the room.
	 */
	public function test_is_empty_for_those_who_may_not_control_the_webinar(): void {
		$this->assertNotSame( '', $this->render_as( $this->users['speaker'] ) );
		$this->assertSame( '', $this->render_as( $this->users['attendee'] ) );
		$this->assertSame( '', $this->render_as( $this->users['other_speaker'] ) );
		$this->assertSame( '', $this->render_as( 0 ) );
	}
}
