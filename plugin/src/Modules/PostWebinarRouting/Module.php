<?php
/**
 * Module post-webinar-routing: Routes a classified lead to the attended or not-attended follow-up.
 *
 * Listens to: client_webinar_attendance_classified.
 * Emits: post_webinar_route.
 *
 * @package Webinars
 */

namespace Webinars\Modules\PostWebinarRouting;

defined( 'ABSPATH' ) || exit;

/**
 * Entry point of the post-webinar-routing module.
 *
 * @since 0.1.0
 */
final class Module implements \Webinars\Contracts\Module {

	/**
	 * Registers the module's listeners. None yet: the capability this module serves is built by a later issue.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
	}
}
