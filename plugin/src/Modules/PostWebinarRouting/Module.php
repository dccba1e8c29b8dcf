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
 */
final class Module implements \Webinars\Contracts\Module {

	/**
	 * Registers the module's listeners. None yet: the capability this module serves is built by a later issue.
	 */
	public function register(): void {
	}
}
