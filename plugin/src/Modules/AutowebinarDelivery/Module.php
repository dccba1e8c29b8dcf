<?php
/**
 * Module autowebinar-delivery: AutoWebinar runtime: sessions, join, progress, CTA clicks, completion.
 *
 * Listens to: core_user_registered, core_user_login, core_ref_context_resolved.
 * Emits: autowebinar_session_created, autowebinar_join, autowebinar_progress, autowebinar_cta_click, autowebinar_completed.
 *
 * @package Webinars
 */

namespace Webinars\Modules\AutowebinarDelivery;

defined( 'ABSPATH' ) || exit;

/**
 * Entry point of the autowebinar-delivery module.
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
