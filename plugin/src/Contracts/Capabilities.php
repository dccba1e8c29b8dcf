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
 *
 * @since 0.1.0
 */
final class Capabilities {
	/**
	 * Manage the plugin's settings and integrations.
	 *
	 * @since 0.1.0
	 */
	public const MANAGE = 'webinars_manage';

	/**
	 * Create webinars, and edit, publish and delete those the user created or organizes.
	 *
	 * @since 0.1.0
	 */
	public const EDIT_WEBINARS = 'webinars_edit_webinars';

	/**
	 * Edit, publish and delete any webinar.
	 *
	 * @since 0.1.0
	 */
	public const EDIT_OTHERS_WEBINARS = 'webinars_edit_others_webinars';

	/**
	 * Choose who organizes and who speaks at a webinar.
	 *
	 * @since 0.1.0
	 */
	public const ASSIGN_STAFF = 'webinars_assign_staff';

	/**
	 * Start/stop and toggle the CTA of webinars the user is an organizer or speaker of.
	 *
	 * @since 0.1.0
	 */
	public const CONTROL_ASSIGNED = 'webinars_control_assigned_webinars';

	/**
	 * Start/stop and toggle the CTA of any webinar.
	 *
	 * @since 0.1.0
	 */
	public const CONTROL_ALL = 'webinars_control_all_webinars';

	/**
	 * Set the internal statuses paused and archived (system context only).
	 *
	 * @since 0.1.0
	 */
	public const SET_INTERNAL_STATUS = 'webinars_set_internal_status';

	/**
	 * Moderate a webinar's room and attendees.
	 *
	 * @since 0.1.0
	 */
	public const MODERATE = 'webinars_moderate';

	/**
	 * Take part as an attendee and emit client_webinar_* facts.
	 *
	 * @since 0.1.0
	 */
	public const ATTEND = 'webinars_attend';

	/**
	 * Emit facts in the system context (integrations, runtime).
	 *
	 * @since 0.1.0
	 */
	public const EMIT_SYSTEM_EVENTS = 'webinars_emit_system_events';

	/**
	 * Meta capability: control this webinar (args: webinar ID); mapped per webinar through map_meta_cap.
	 *
	 * @since 0.1.0
	 */
	public const CONTROL_WEBINAR = 'webinars_control_webinar';

	/**
	 * Meta capability: act as this webinar's organizer, e.g. reset it after a rehearsal (args: webinar ID); mapped per webinar through map_meta_cap.
	 *
	 * @since 0.1.0
	 */
	public const ORGANIZE_WEBINAR = 'webinars_organize_webinar';

}
