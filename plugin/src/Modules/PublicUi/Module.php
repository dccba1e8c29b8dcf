<?php
/**
 * Module public-ui: the attendee view block (webinars/public).
 *
 * Emits (in the browser, through the hooks mirror): core_webinar_set_cta_visibility.
 *
 * @package Webinars
 */

namespace Webinars\Modules\PublicUi;

defined( 'ABSPATH' ) || exit;

/**
 * Entry point of the public-ui module.
 */
final class Module implements \Webinars\Contracts\Module {

	/**
	 * Registers the module's listeners.
	 */
	public function register(): void {
		add_action( 'init', array( new Block(), 'register' ) );
	}
}
