<?php
/**
 * What every module is: something that registers listeners and nothing else at load time.
 *
 * @package Webinars
 */

namespace Webinars\Contracts;

defined( 'ABSPATH' ) || exit;

/**
 * A module of the plugin. Modules talk to each other only through actions and filters.
 *
 * @since 0.1.0
 */
interface Module {

	/**
	 * Registers the module's actions and filters. Must not do work beyond add_action/add_filter.
	 *
	 * @since 0.1.0
	 */
	public function register(): void;
}
