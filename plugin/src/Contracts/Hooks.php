<?php
/**
 * Hook names of the Webinars contracts.
 *
 * GENERATED from contracts/canon.json by scripts/generate-contracts.mjs: do not edit; run `npm run contracts`.
 *
 * @package Webinars
 */

namespace Webinars\Contracts;

defined( 'ABSPATH' ) || exit;

/**
 * Hook names of the Webinars contracts.
 */
final class Hooks {
	/**
	 * Canonical entry point for a lead coming from a web form. (integration-web-form → core)
	 */
	public const CORE_INGEST_EVENT = 'core_ingest_event';

	/**
	 * A lead was created; starts scenarios. (core → scenario-engine)
	 */
	public const CORE_LEAD_CREATED = 'core_lead_created';

	/**
	 * A lead was updated. (core → scenario-engine)
	 */
	public const CORE_LEAD_UPDATED = 'core_lead_updated';

	/**
	 * A lead was deleted. (core → scenario-engine)
	 */
	public const CORE_LEAD_DELETED = 'core_lead_deleted';

	/**
	 * Leads were merged into lead_id. (core → scenario-engine)
	 */
	public const CORE_LEAD_MERGED = 'core_lead_merged';

	/**
	 * Start or stop a webinar; only Core changes the status. (webinar-control-integration → core)
	 */
	public const CORE_WEBINAR_SET_STATUS = 'core_webinar_set_status';

	/**
	 * Show or hide the call-to-action; the UI never stores the CTA itself. (room-ui, public-ui → core)
	 */
	public const CORE_WEBINAR_SET_CTA_VISIBILITY = 'core_webinar_set_cta_visibility';

	/**
	 * A user registered (AutoWebinar runtime input). (core → autowebinar-delivery)
	 */
	public const CORE_USER_REGISTERED = 'core_user_registered';

	/**
	 * A user logged in (AutoWebinar runtime input). (core → autowebinar-delivery)
	 */
	public const CORE_USER_LOGIN = 'core_user_login';

	/**
	 * The canonical referral context of a user was resolved (AutoWebinar runtime input). (core → autowebinar-delivery)
	 */
	public const CORE_REF_CONTEXT_RESOLVED = 'core_ref_context_resolved';

	/**
	 * A lead registered for a webinar. (client-webinar-tracker → action-consumer)
	 */
	public const CLIENT_WEBINAR_REGISTERED = 'client_webinar_registered';

	/**
	 * A lead entered the webinar. Once per participation session. (client-webinar-tracker → attendance-service, action-consumer)
	 */
	public const CLIENT_WEBINAR_ENTERED = 'client_webinar_entered';

	/**
	 * A lead left the webinar. Once per participation session. (client-webinar-tracker → attendance-service, action-consumer)
	 */
	public const CLIENT_WEBINAR_LEFT = 'client_webinar_left';

	/**
	 * A lead completed the webinar. Once per participation session; does not replace client_webinar_left. (client-webinar-tracker → event-emitter, attendance-service, action-consumer)
	 */
	public const CLIENT_WEBINAR_COMPLETED = 'client_webinar_completed';

	/**
	 * A lead submitted the post-webinar form. May repeat on resubmission. (client-webinar-tracker → action-consumer)
	 */
	public const CLIENT_WEBINAR_FORM_SUBMITTED = 'client_webinar_form_submitted';

	/**
	 * Normalised downstream fact of completion (same payload as client_webinar_completed). (event-emitter → scenario-service, action-consumer)
	 */
	public const WEBINAR_COMPLETED = 'webinar_completed';

	/**
	 * Attendance classified as attended or not attended. (attendance-service → attendance-telegram, post-webinar-routing, action-consumer)
	 */
	public const CLIENT_WEBINAR_ATTENDANCE_CLASSIFIED = 'client_webinar_attendance_classified';

	/**
	 * The post-webinar route of a lead; route always agrees with attended and is not redefined by consumers. (post-webinar-routing → followup-telegram, recording-followup-telegram)
	 */
	public const POST_WEBINAR_ROUTE = 'post_webinar_route';

	/**
	 * An AutoWebinar session was created. (autowebinar-delivery → core, analytics)
	 */
	public const AUTOWEBINAR_SESSION_CREATED = 'autowebinar_session_created';

	/**
	 * A user joined an AutoWebinar. (autowebinar-delivery → core, analytics)
	 */
	public const AUTOWEBINAR_JOIN = 'autowebinar_join';

	/**
	 * Viewing progress of an AutoWebinar: only 25, 50, 75, 100, each at most once per session. (autowebinar-delivery → core, analytics)
	 */
	public const AUTOWEBINAR_PROGRESS = 'autowebinar_progress';

	/**
	 * A user clicked the CTA in an AutoWebinar. (autowebinar-delivery → core, analytics)
	 */
	public const AUTOWEBINAR_CTA_CLICK = 'autowebinar_cta_click';

	/**
	 * A user finished watching an AutoWebinar. (autowebinar-delivery → core, analytics)
	 */
	public const AUTOWEBINAR_COMPLETED = 'autowebinar_completed';

	/**
	 * All modules have registered their listeners. (internal action, not canonical)
	 */
	public const WEBINARS_LOADED = 'webinars_loaded';

	/**
	 * The plugin is being activated on the current site (network-wide activation fires it once per site): create tables, roles. (internal action, not canonical)
	 */
	public const WEBINARS_ACTIVATE = 'webinars_activate';

	/**
	 * The plugin is being uninstalled from the current site: remove roles, capabilities, tables and options. (internal action, not canonical)
	 */
	public const WEBINARS_UNINSTALL = 'webinars_uninstall';

	/**
	 * A canonical action was refused by the bus because its payload broke the contract. (internal action, not canonical)
	 */
	public const WEBINARS_CONTRACT_VIOLATION = 'webinars_contract_violation';

	/**
	 * The room state of a webinar (Core answers): webinar_id, status, version, starts_at, cta {visible, text, label, url}; null when there is no such webinar. (internal filter, not canonical)
	 */
	public const WEBINARS_ROOM_STATE = 'webinars_room_state';

	/**
	 * Core changed a room's status or CTA visibility (once per effective change). (internal action, not canonical)
	 */
	public const WEBINARS_ROOM_STATE_CHANGED = 'webinars_room_state_changed';

	/**
	 * Core refused a requested change (illegal transition, no such webinar). (internal action, not canonical)
	 */
	public const WEBINARS_ROOM_CHANGE_REFUSED = 'webinars_room_change_refused';

	/**
	 * The canonical role a user has in a webinar (Core answers organizer, speaker or null). (internal filter, not canonical)
	 */
	public const WEBINARS_PARTICIPANT_ROLE = 'webinars_participant_role';

	/**
	 * A participant is in the room now (fired by the participation route; Core records it for the attendee count). (internal action, not canonical)
	 */
	public const WEBINARS_ROOM_PRESENCE = 'webinars_room_presence';

	/**
	 * How many participants were present in the last 30 seconds (Core answers). (internal filter, not canonical)
	 */
	public const WEBINARS_ROOM_ATTENDANCE = 'webinars_room_attendance';

	/**
	 * The room key that authorises reading a room's shared state (the REST module answers). (internal filter, not canonical)
	 */
	public const WEBINARS_ROOM_KEY = 'webinars_room_key';

	/**
	 * A signed join token for a participant (the REST module answers). (internal filter, not canonical)
	 */
	public const WEBINARS_ISSUE_JOIN_TOKEN = 'webinars_issue_join_token';

	/**
	 * Milliseconds between room-state polls in the browser (default 2000). (internal filter, not canonical)
	 */
	public const WEBINARS_POLL_INTERVAL = 'webinars_poll_interval';

	/**
	 * Every canonical action, in contract order.
	 *
	 * @var list<string>
	 */
	public const CANONICAL = array(
		'core_ingest_event',
		'core_lead_created',
		'core_lead_updated',
		'core_lead_deleted',
		'core_lead_merged',
		'core_webinar_set_status',
		'core_webinar_set_cta_visibility',
		'core_user_registered',
		'core_user_login',
		'core_ref_context_resolved',
		'client_webinar_registered',
		'client_webinar_entered',
		'client_webinar_left',
		'client_webinar_completed',
		'client_webinar_form_submitted',
		'webinar_completed',
		'client_webinar_attendance_classified',
		'post_webinar_route',
		'autowebinar_session_created',
		'autowebinar_join',
		'autowebinar_progress',
		'autowebinar_cta_click',
		'autowebinar_completed',
	);

}
