<?php
/**
 * Capability names of the Webinars contracts.
 *
 * GENERATED from contracts/canon.json by scripts/generate-contracts.mjs: do not edit; run `npm run contracts`.
 *
 * @package Webinars
 */

namespace Webinars\Contracts;

defined( 'ABSPATH' ) || exit;

/**
 * Capability names of the Webinars contracts.
 */
final class Capabilities {
	/**
	 * Manage the plugin's settings and integrations.
	 */
	public const MANAGE = 'webinars_manage';

	/**
	 * Create and edit webinars.
	 */
	public const EDIT_WEBINARS = 'webinars_edit_webinars';

	/**
	 * Start/stop and toggle the CTA of webinars the user is an organizer or speaker of.
	 */
	public const CONTROL_ASSIGNED = 'webinars_control_assigned_webinars';

	/**
	 * Start/stop and toggle the CTA of any webinar.
	 */
	public const CONTROL_ALL = 'webinars_control_all_webinars';

	/**
	 * Set the internal statuses paused and archived (system context only).
	 */
	public const SET_INTERNAL_STATUS = 'webinars_set_internal_status';

	/**
	 * Moderate a webinar's room and attendees.
	 */
	public const MODERATE = 'webinars_moderate';

	/**
	 * Take part as an attendee and emit client_webinar_* facts.
	 */
	public const ATTEND = 'webinars_attend';

	/**
	 * Emit facts in the system context (integrations, runtime).
	 */
	public const EMIT_SYSTEM_EVENTS = 'webinars_emit_system_events';

	/**
	 * Meta capability: control this webinar (args: webinar ID); mapped per webinar through map_meta_cap.
	 */
	public const CONTROL_WEBINAR = 'webinars_control_webinar';

}
