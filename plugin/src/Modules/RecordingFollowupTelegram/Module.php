<?php
/**
 * Module recording-followup-telegram: Sends the recording on Telegram to a lead who did not attend.
 *
 * Listens to: post_webinar_route.
 *
 * @package Webinars
 */

namespace Webinars\Modules\RecordingFollowupTelegram;

defined( 'ABSPATH' ) || exit;

/**
 * Entry point of the recording-followup-telegram module.
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
