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
 *
 * @since 0.1.0
 */
final class Hooks {
	/**
	 * Canonical entry point for a lead coming from a web form. (integration-web-form → core)
	 *
	 * @since 0.1.0
	 */
	public const CORE_INGEST_EVENT = 'core_ingest_event';

	/**
	 * A lead was created; starts scenarios. (core → scenario-engine)
	 *
	 * @since 0.1.0
	 */
	public const CORE_LEAD_CREATED = 'core_lead_created';

	/**
	 * A lead was updated. (core → scenario-engine)
	 *
	 * @since 0.1.0
	 */
	public const CORE_LEAD_UPDATED = 'core_lead_updated';

	/**
	 * A lead was deleted. (core → scenario-engine)
	 *
	 * @since 0.1.0
	 */
	public const CORE_LEAD_DELETED = 'core_lead_deleted';

	/**
	 * Leads were merged into lead_id. (core → scenario-engine)
	 *
	 * @since 0.1.0
	 */
	public const CORE_LEAD_MERGED = 'core_lead_merged';

	/**
	 * Start or stop a webinar; only Core changes the status. (webinar-control-integration → core)
	 *
	 * @since 0.1.0
	 */
	public const CORE_WEBINAR_SET_STATUS = 'core_webinar_set_status';

	/**
	 * Show or hide the call-to-action; the UI never stores the CTA itself. (room-ui, public-ui → core)
	 *
	 * @since 0.1.0
	 */
	public const CORE_WEBINAR_SET_CTA_VISIBILITY = 'core_webinar_set_cta_visibility';

	/**
	 * A user registered (AutoWebinar runtime input). (core → autowebinar-delivery)
	 *
	 * @since 0.1.0
	 */
	public const CORE_USER_REGISTERED = 'core_user_registered';

	/**
	 * A user logged in (AutoWebinar runtime input). (core → autowebinar-delivery)
	 *
	 * @since 0.1.0
	 */
	public const CORE_USER_LOGIN = 'core_user_login';

	/**
	 * The canonical referral context of a user was resolved (AutoWebinar runtime input). (core → autowebinar-delivery)
	 *
	 * @since 0.1.0
	 */
	public const CORE_REF_CONTEXT_RESOLVED = 'core_ref_context_resolved';

	/**
	 * A lead registered for a webinar. (client-webinar-tracker → action-consumer)
	 *
	 * @since 0.1.0
	 */
	public const CLIENT_WEBINAR_REGISTERED = 'client_webinar_registered';

	/**
	 * A lead entered the webinar. Once per participation session. (client-webinar-tracker → attendance-service, action-consumer)
	 *
	 * @since 0.1.0
	 */
	public const CLIENT_WEBINAR_ENTERED = 'client_webinar_entered';

	/**
	 * A lead left the webinar. Once per participation session. (client-webinar-tracker → attendance-service, action-consumer)
	 *
	 * @since 0.1.0
	 */
	public const CLIENT_WEBINAR_LEFT = 'client_webinar_left';

	/**
	 * A lead completed the webinar. Once per participation session; does not replace client_webinar_left. (client-webinar-tracker → event-emitter, attendance-service, action-consumer)
	 *
	 * @since 0.1.0
	 */
	public const CLIENT_WEBINAR_COMPLETED = 'client_webinar_completed';

	/**
	 * A lead submitted the post-webinar form. May repeat on resubmission. (client-webinar-tracker → action-consumer)
	 *
	 * @since 0.1.0
	 */
	public const CLIENT_WEBINAR_FORM_SUBMITTED = 'client_webinar_form_submitted';

	/**
	 * Normalised downstream fact of completion (same payload as client_webinar_completed). (event-emitter → scenario-service, action-consumer)
	 *
	 * @since 0.1.0
	 */
	public const WEBINAR_COMPLETED = 'webinar_completed';

	/**
	 * Attendance classified as attended or not attended. (attendance-service → attendance-telegram, post-webinar-routing, action-consumer)
	 *
	 * @since 0.1.0
	 */
	public const CLIENT_WEBINAR_ATTENDANCE_CLASSIFIED = 'client_webinar_attendance_classified';

	/**
	 * The post-webinar route of a lead; route always agrees with attended and is not redefined by consumers. (post-webinar-routing → followup-telegram, recording-followup-telegram)
	 *
	 * @since 0.1.0
	 */
	public const POST_WEBINAR_ROUTE = 'post_webinar_route';

	/**
	 * An AutoWebinar session was created. (autowebinar-delivery → core, analytics)
	 *
	 * @since 0.1.0
	 */
	public const AUTOWEBINAR_SESSION_CREATED = 'autowebinar_session_created';

	/**
	 * A user joined an AutoWebinar. (autowebinar-delivery → core, analytics)
	 *
	 * @since 0.1.0
	 */
	public const AUTOWEBINAR_JOIN = 'autowebinar_join';

	/**
	 * Viewing progress of an AutoWebinar: only 25, 50, 75, 100, each at most once per session. (autowebinar-delivery → core, analytics)
	 *
	 * @since 0.1.0
	 */
	public const AUTOWEBINAR_PROGRESS = 'autowebinar_progress';

	/**
	 * A user clicked the CTA in an AutoWebinar. (autowebinar-delivery → core, analytics)
	 *
	 * @since 0.1.0
	 */
	public const AUTOWEBINAR_CTA_CLICK = 'autowebinar_cta_click';

	/**
	 * A user finished watching an AutoWebinar. (autowebinar-delivery → core, analytics)
	 *
	 * @since 0.1.0
	 */
	public const AUTOWEBINAR_COMPLETED = 'autowebinar_completed';

	/**
	 * All modules have registered their listeners. (internal action, not canonical)
	 *
	 * @since 0.1.0
	 */
	public const WEBINARS_LOADED = 'webinars_loaded';

	/**
	 * The plugin is being activated on the current site (network-wide activation fires it once per site, and so does a new site of a network where it is active): create tables, roles. (internal action, not canonical)
	 *
	 * @since 0.1.0
	 */
	public const WEBINARS_ACTIVATE = 'webinars_activate';

	/**
	 * The plugin is being deactivated on the current site: unschedule events, flush rewrite rules. Data and roles stay. (internal action, not canonical)
	 *
	 * @since 0.2.0
	 */
	public const WEBINARS_DEACTIVATE = 'webinars_deactivate';

	/**
	 * The plugin is being uninstalled from the current site: remove roles, capabilities, tables and options. (internal action, not canonical)
	 *
	 * @since 0.1.0
	 */
	public const WEBINARS_UNINSTALL = 'webinars_uninstall';

	/**
	 * The plugin's tables: each module adds the CREATE TABLE statements of the tables it owns (table name without prefix => statement with {table} and {charset} placeholders). One versioned routine runs dbDelta over them on activation, on upgrade and for new sites. (internal filter, not canonical)
	 *
	 * @since 0.2.0
	 */
	public const WEBINARS_SCHEMA = 'webinars_schema';

	/**
	 * A canonical action was refused by the bus because its payload broke the contract. (internal action, not canonical)
	 *
	 * @since 0.1.0
	 */
	public const WEBINARS_CONTRACT_VIOLATION = 'webinars_contract_violation';

	/**
	 * A webinar as Core knows it: id, title, permalink, type, starts_at, timezone, cta {text, label, url}, organizers, speakers, stream_url, recording_url, media {stream, recording} (players, see webinars_media_player); null when there is no such webinar. Other modules read webinars through it, never through Core's meta. (internal filter, not canonical)
	 *
	 * @since 0.2.0
	 */
	public const WEBINARS_WEBINAR = 'webinars_webinar';

	/**
	 * The player of a stream or recording URL that Core does not map itself (it maps YouTube, Vimeo, .mp4, .webm and .m3u8 without the network): return array{kind: 'embed'|'video', src: string} or null. Called when the webinar is read, never with oEmbed discovery. (internal filter, not canonical)
	 *
	 * @since 0.2.0
	 */
	public const WEBINARS_MEDIA_PLAYER = 'webinars_media_player';

	/**
	 * The shared room state of a webinar (Core answers, schema models.room.state); null when there is no such published webinar. (internal filter, not canonical)
	 *
	 * @since 0.1.0
	 */
	public const WEBINARS_ROOM_STATE = 'webinars_room_state';

	/**
	 * Core changed a room's status or CTA visibility (once per effective change). (internal action, not canonical)
	 *
	 * @since 0.1.0
	 */
	public const WEBINARS_ROOM_STATE_CHANGED = 'webinars_room_state_changed';

	/**
	 * The role a user acts in for a webinar (Core answers organizer, speaker, administrator or null). (internal filter, not canonical)
	 *
	 * @since 0.1.0
	 */
	public const WEBINARS_PARTICIPANT_ROLE = 'webinars_participant_role';

	/**
	 * A participant is in the room now (fired by the participation route; Core records it for the attendee count). $is_attendee is false for organizers, speakers and administrators, who are not counted. (internal action, not canonical)
	 *
	 * @since 0.1.0
	 */
	public const WEBINARS_ROOM_PRESENCE = 'webinars_room_presence';

	/**
	 * How many attendees (not staff) were present in the presence window (Core answers). (internal filter, not canonical)
	 *
	 * @since 0.1.0
	 */
	public const WEBINARS_ROOM_ATTENDANCE = 'webinars_room_attendance';

	/**
	 * The room key that authorises reading a room's shared state (the REST module answers). (internal filter, not canonical)
	 *
	 * @since 0.1.0
	 */
	public const WEBINARS_ROOM_KEY = 'webinars_room_key';

	/**
	 * A signed join token for a participant (the REST module answers). (internal filter, not canonical)
	 *
	 * @since 0.1.0
	 */
	public const WEBINARS_ISSUE_JOIN_TOKEN = 'webinars_issue_join_token';

	/**
	 * Milliseconds between room-state polls in the browser (default 2000). (internal filter, not canonical)
	 *
	 * @since 0.1.0
	 */
	public const WEBINARS_POLL_INTERVAL = 'webinars_poll_interval';

	/**
	 * Requests allowed per window, per limit (room, me, command, …). (internal filter, not canonical)
	 *
	 * @since 0.1.0
	 */
	public const WEBINARS_THROTTLE_LIMITS = 'webinars_throttle_limits';

	/**
	 * Whether to throttle the shared room-state route per client (default: only with a persistent object cache). (internal filter, not canonical)
	 *
	 * @since 0.1.0
	 */
	public const WEBINARS_THROTTLE_ROOM_STATE = 'webinars_throttle_room_state';

	/**
	 * The client's IP address for per-client limits (default REMOTE_ADDR; behind a trusted proxy, return the forwarded address). Never stored raw. (internal filter, not canonical)
	 *
	 * @since 0.2.0
	 */
	public const WEBINARS_CLIENT_IP = 'webinars_client_ip';

	/**
	 * Counts one hit of a bucket in a fixed window (the REST module answers, shared by every PHP node): 0 when allowed, else the seconds until the window resets. Modules that limit requests pass 0 and a bucket of their own (e.g. register|<hashed client>). (internal filter, not canonical)
	 *
	 * @since 0.2.0
	 */
	public const WEBINARS_THROTTLE = 'webinars_throttle';

	/**
	 * A keyed hash of the client's address (from webinars_client_ip), for per-client buckets without storing the raw IP (the REST module answers). (internal filter, not canonical)
	 *
	 * @since 0.2.0
	 */
	public const WEBINARS_CLIENT_HASH = 'webinars_client_hash';

	/**
	 * Core ingested a submission that names a webinar (fired after the commit, on a first ingest and on a replay alike: listeners are idempotent). (internal action, not canonical)
	 *
	 * @since 0.2.0
	 */
	public const WEBINARS_LEAD_INGESTED = 'webinars_lead_ingested';

	/**
	 * Registered leads of a webinar, any slot, in lead-id order after a cursor (the tracker answers): at most $limit lead ids greater than $after_lead_id. Callers walk a large webinar page by page. (internal filter, not canonical)
	 *
	 * @since 0.3.0
	 */
	public const WEBINARS_REGISTRANTS = 'webinars_registrants';

	/**
	 * A lead as Core knows it: id, email, name, phone, locale, ref_id, user_id, consent {given, at, version}, created_at, updated_at (UTC ISO 8601); null when there is no such lead. Other modules read leads through it, never through Core's tables. (internal filter, not canonical)
	 *
	 * @since 0.3.0
	 */
	public const WEBINARS_LEAD = 'webinars_lead';

	/**
	 * The lead of a WordPress user (Core answers): the lead linked to the account, else the lead with its email (then linked), else a new lead made from the account; 0 when there is no such user. Concurrent calls give one lead. (internal filter, not canonical)
	 *
	 * @since 0.3.0
	 */
	public const WEBINARS_LEAD_FOR_USER = 'webinars_lead_for_user';

	/**
	 * Attendance of a page of leads in a webinar, as the attendance service figures it from the tracker's facts (it answers): lead_id => {sessions, entered_at, last_seen_at, seconds_present, completed, attended (null until classified), classified_at}; leads it never saw are absent. One query per call. (internal filter, not canonical)
	 *
	 * @since 0.3.0
	 */
	public const WEBINARS_ATTENDANCE_SUMMARY = 'webinars_attendance_summary';

	/**
	 * Lead ids whose email, name, phone or ref_id contain $search (Core answers), at most $limit, newest first. (internal filter, not canonical)
	 *
	 * @since 0.3.0
	 */
	public const WEBINARS_LEAD_SEARCH = 'webinars_lead_search';

	/**
	 * The registration form of a webinar, as HTML, for the guest view of the attendee block (the web-form module answers; empty when the webinar takes no registrations). (internal filter, not canonical)
	 *
	 * @since 0.2.0
	 */
	public const WEBINARS_REGISTRATION_FORM = 'webinars_registration_form';

	/**
	 * Job types the queue accepts: each module adds its own (type => options max_attempts, claim_seconds, both optional). Enqueueing an undeclared type is refused. (internal filter, not canonical)
	 *
	 * @since 0.2.0
	 */
	public const WEBINARS_JOB_TYPES = 'webinars_job_types';

	/**
	 * Enqueues a job (pass 0): returns its ID, the existing job's ID when options.unique_key is already queued (one job per key, however many callers race), or a WP_Error (undeclared type, bad options). Options: unique_key (up to 191 characters; compared case-insensitively; reserved while the job exists, done or dead jobs included, until the purge), run_at (Unix time, default now), max_attempts. (internal filter, not canonical)
	 *
	 * @since 0.2.0
	 */
	public const WEBINARS_ENQUEUE_JOB = 'webinars_enqueue_job';

	/**
	 * Runs one job of {type} (the module that declared the type listens; add_action works). A handler fails by throwing or returning a WP_Error: the job is retried with exponential backoff and jitter, then dead after max_attempts. It must finish within the type's claim_seconds; a job may run again after a crash, so handlers are idempotent. (internal filter, not canonical)
	 *
	 * @since 0.2.0
	 */
	public const WEBINARS_JOB_TYPE = 'webinars_job_{type}';

	/**
	 * Days a finished (done or dead) job is kept before the daily purge deletes it (default models.jobs.retention_days). (internal filter, not canonical)
	 *
	 * @since 0.2.0
	 */
	public const WEBINARS_JOBS_RETENTION_DAYS = 'webinars_jobs_retention_days';

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
