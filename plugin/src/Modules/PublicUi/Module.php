<?php
/**
 * Module public-ui: the attendee view block (webinars/public) and a webinar's own page.
 *
 * Emits (in the browser, on the wp.hooks mirror, with a sync context): core_webinar_set_status
 * and core_webinar_set_cta_visibility, once per change the room state shows.
 *
 * @package Webinars
 */

namespace Webinars\Modules\PublicUi;

defined( 'ABSPATH' ) || exit;

/**
 * Entry point of the public-ui module.
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
		( new Template() )->register();
	}
}
