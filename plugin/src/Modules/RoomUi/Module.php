<?php
/**
 * Module room-ui: the speaker room block (webinars/room).
 *
 * Emits (in the browser, through the hooks mirror): core_webinar_set_cta_visibility.
 *
 * @package Webinars
 */

namespace Webinars\Modules\RoomUi;

defined( 'ABSPATH' ) || exit;

/**
 * Entry point of the room-ui module.
 *
 * @since 0.1.0
 */
final class Module implements \Webinars\Contracts\Module {

	/**
	 * Registers the module's listeners.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		add_action( 'init', array( new Block(), 'register' ) );
	}
}
