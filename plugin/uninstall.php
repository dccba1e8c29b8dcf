<?php
/**
 * Uninstall: every module removes what it owns (roles, capabilities, options) by listening to the
 * webinars_uninstall action, and the schema routine drops every table declared through
 * webinars_schema. Deactivation keeps everything (it only flushes rewrite rules and unschedules).
 *
 * @package Webinars
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

require_once __DIR__ . '/webinars.php';

Webinars\Plugin::uninstall();
