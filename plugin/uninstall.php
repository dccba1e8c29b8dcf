<?php
/**
 * Uninstall: every module removes what it owns (roles, capabilities, options, tables) by listening
 * to the webinars_uninstall action. Deactivation keeps everything.
 *
 * @package Webinars
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

require_once __DIR__ . '/webinars.php';

Webinars\Plugin::uninstall();
