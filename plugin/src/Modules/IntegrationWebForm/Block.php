<?php
/**
 * The webinars/registration block: registered from the build, rendered by PHP from one template
 * (templates/registration-form.php) whose data-wp-* directives the webinars/registration script
 * module (Interactivity API) drives. Also the form the attendee view's guest part shows
 * (webinars_registration_form).
 *
 * @package Webinars
 * @since   0.2.0
 */

namespace Webinars\Modules\IntegrationWebForm;

use Webinars\Contracts\Webinar;
use WP_Block;
use WP_Block_Type;

defined( 'ABSPATH' ) || exit;

/**
 * Registration and server rendering of webinars/registration.
 *
 * @since 0.2.0
 */
final class Block {

	/**
	 * Block name, and the Interactivity API namespace of its store.
	 *
	 * @since 0.2.0
	 */
	public const NAME = 'webinars/registration';

	/**
	 * Registers the block from plugin/build/blocks/registration; nothing when it is not built.
	 *
	 * @since 0.2.0
	 */
	public function register(): void {
		$plugin_dir = dirname( __DIR__, 3 );
		$block_dir  = $plugin_dir . '/build/blocks/registration';
		if ( ! is_readable( $block_dir . '/block.json' ) ) {
			return;
		}
		$type = register_block_type( $block_dir, array( 'render_callback' => array( $this, 'render' ) ) );
		if ( $type instanceof WP_Block_Type ) {
			foreach ( $type->editor_script_handles as $handle ) {
				wp_set_script_translations( $handle, 'webinars', $plugin_dir . '/languages' );
			}
		}
	}

	/**
	 * The webinars_registration_form filter: the form, for a webinar that takes registrations.
	 *
	 * @since 0.2.0
	 *
	 * @param mixed $html       HTML already decided.
	 * @param mixed $webinar_id Webinar.
	 */
	public static function filter_form( $html, $webinar_id ): string {
		if ( is_string( $html ) && '' !== $html ) {
			return $html;
		}
		if ( ! is_numeric( $webinar_id ) || ! \WP_Block_Type_Registry::get_instance()->is_registered( self::NAME ) ) {
			return '';
		}
		return render_block(
			array(
				'blockName'    => self::NAME,
				'attrs'        => array( 'webinarId' => (int) $webinar_id ),
				'innerBlocks'  => array(),
				'innerHTML'    => '',
				'innerContent' => array(),
			)
		);
	}

	/**
	 * Render callback.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $attributes Block attributes (webinarId, consentText).
	 * @param string               $content    Inner content (none).
	 * @param WP_Block|null        $block      The block instance, for the post context.
	 * @return string The form, or '' when the webinar takes no registrations.
	 */
	public function render( $attributes, $content = '', $block = null ): string {
		$attributes = (array) $attributes;
		$webinar_id = (int) ( $attributes['webinarId'] ?? 0 );
		if ( $webinar_id <= 0 && $block instanceof WP_Block && Webinar::POST_TYPE === ( $block->context['postType'] ?? null ) ) {
			$webinar_id = (int) ( $block->context['postId'] ?? 0 );
		}
		$webinar = Registration::webinar( $webinar_id );
		if ( null === $webinar || ! Registration::is_open( $webinar ) ) {
			return '';
		}
		$consent = trim( (string) ( $attributes['consentText'] ?? '' ) );
		$consent = '' !== $consent ? $consent : FormStrings::default_consent();
		wp_interactivity_state( self::NAME, array( 'strings' => FormStrings::for_store() ) );
		$context = array(
			'endpoint'       => rest_url( 'webinars/v1/registrations' ),
			'webinarId'      => $webinar_id,
			'consentVersion' => substr( md5( $consent ), 0, 12 ),
			'key'            => '',
			'ref'            => '',
			'sending'        => false,
			'done'           => false,
			'error'          => '',
			'errorField'     => '',
			'joinUrl'        => '',
			'googleUrl'      => '',
			'icsUrl'         => '',
			'invalid'        => array_fill_keys( array( 'name', 'email', 'phone', 'consent' ), false ),
		);
		$form_id = wp_unique_id( 'webinars-registration-' );
		$wrapper = get_block_wrapper_attributes( array( 'class' => 'webinars-registration-block' ) );
		ob_start();
		include __DIR__ . '/templates/registration-form.php';
		return (string) ob_get_clean();
	}
}
