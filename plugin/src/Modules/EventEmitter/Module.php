<?php
/**
 * Module event-emitter: Normalises client_webinar_completed into the downstream webinar_completed.
 *
 * Listens to: client_webinar_completed.
 * Emits: webinar_completed.
 *
 * @package Webinars
 */

namespace Webinars\Modules\EventEmitter;

defined( 'ABSPATH' ) || exit;

/**
 * Entry point of the event-emitter module.
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
