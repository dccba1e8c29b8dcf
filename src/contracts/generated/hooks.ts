/**
 * GENERATED from contracts/canon.json by scripts/generate-contracts.mjs: do not edit; run `npm run contracts`.
 */
/* eslint-disable */

/** Canonical action names. */
export const HOOKS = {
	CORE_INGEST_EVENT: 'core_ingest_event',
	CORE_LEAD_CREATED: 'core_lead_created',
	CORE_LEAD_UPDATED: 'core_lead_updated',
	CORE_LEAD_DELETED: 'core_lead_deleted',
	CORE_LEAD_MERGED: 'core_lead_merged',
	CORE_WEBINAR_SET_STATUS: 'core_webinar_set_status',
	CORE_WEBINAR_SET_CTA_VISIBILITY: 'core_webinar_set_cta_visibility',
	CORE_USER_REGISTERED: 'core_user_registered',
	CORE_USER_LOGIN: 'core_user_login',
	CORE_REF_CONTEXT_RESOLVED: 'core_ref_context_resolved',
	CLIENT_WEBINAR_REGISTERED: 'client_webinar_registered',
	CLIENT_WEBINAR_ENTERED: 'client_webinar_entered',
	CLIENT_WEBINAR_LEFT: 'client_webinar_left',
	CLIENT_WEBINAR_COMPLETED: 'client_webinar_completed',
	CLIENT_WEBINAR_FORM_SUBMITTED: 'client_webinar_form_submitted',
	WEBINAR_COMPLETED: 'webinar_completed',
	CLIENT_WEBINAR_ATTENDANCE_CLASSIFIED: 'client_webinar_attendance_classified',
	POST_WEBINAR_ROUTE: 'post_webinar_route',
	AUTOWEBINAR_SESSION_CREATED: 'autowebinar_session_created',
	AUTOWEBINAR_JOIN: 'autowebinar_join',
	AUTOWEBINAR_PROGRESS: 'autowebinar_progress',
	AUTOWEBINAR_CTA_CLICK: 'autowebinar_cta_click',
	AUTOWEBINAR_COMPLETED: 'autowebinar_completed',
} as const;

/** A canonical action name. */
export type HookName = ( typeof HOOKS )[ keyof typeof HOOKS ];

/** The canonical actions a browser may start (the bridge POSTs them to REST). */
export const INBOUND_HOOKS = ["core_ingest_event","core_webinar_set_status","core_webinar_set_cta_visibility","client_webinar_entered","client_webinar_left","client_webinar_completed","client_webinar_form_submitted","autowebinar_join","autowebinar_progress","autowebinar_cta_click","autowebinar_completed"] as const;

/** A canonical action a browser may start. */
export type InboundHookName = ( typeof INBOUND_HOOKS )[ number ];

/** Capability names. */
export const CAPABILITIES = {
	MANAGE: 'webinars_manage',
	EDIT_WEBINARS: 'webinars_edit_webinars',
	EDIT_OTHERS_WEBINARS: 'webinars_edit_others_webinars',
	ASSIGN_STAFF: 'webinars_assign_staff',
	CONTROL_ASSIGNED: 'webinars_control_assigned_webinars',
	CONTROL_ALL: 'webinars_control_all_webinars',
	SET_INTERNAL_STATUS: 'webinars_set_internal_status',
	MODERATE: 'webinars_moderate',
	ATTEND: 'webinars_attend',
	EMIT_SYSTEM_EVENTS: 'webinars_emit_system_events',
	CONTROL_WEBINAR: 'webinars_control_webinar',
	ORGANIZE_WEBINAR: 'webinars_organize_webinar',
} as const;

/** Payload of `core_ingest_event`: Canonical entry point for a lead coming from a web form. */
export type CoreIngestEventPayload = {
	/** Form integration that produced the lead. */
	source: string;
	/** ID of the form. */
	form_id: string;
	/** Submitted fields: email (required), name, phone, locale, consent_version, and any others (scalars). */
	fields: {
		name?: string;
		email: string;
		phone?: string;
		/** The lead's locale (WordPress format, e.g. ru_RU); the site's when absent. */
		locale?: string;
		/** Version of the consent text the lead agreed to. */
		consent_version?: string;
		[ key: string ]: unknown;
	};
	/** Webinar (post) ID. */
	webinar_id?: number;
	/** Referral ID: who brought the lead (partner / referrer); empty when none. */
	ref_id?: string;
	/** The lead agreed to be contacted. */
	consent: boolean;
	/** Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended). */
	submitted_at: string;
	/** Client-made key; the same key is ingested once. */
	idempotency_key: string;
};

/** Payload of `core_lead_created`: A lead was created; starts scenarios. */
export type CoreLeadCreatedPayload = {
	/** Lead (attendee record) ID. */
	lead_id: number;
	/** Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended). */
	timestamp: string;
};

/** Payload of `core_lead_updated`: A lead was updated. */
export type CoreLeadUpdatedPayload = {
	/** Lead (attendee record) ID. */
	lead_id: number;
	/** Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended). */
	timestamp: string;
	/** Changed fields: name => new value. */
	changes: {
		[ key: string ]: unknown;
	};
};

/** Payload of `core_lead_deleted`: A lead was deleted. */
export type CoreLeadDeletedPayload = {
	/** Lead (attendee record) ID. */
	lead_id: number;
	/** Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended). */
	timestamp: string;
};

/** Payload of `core_lead_merged`: Leads were merged into lead_id. */
export type CoreLeadMergedPayload = {
	/** Lead (attendee record) ID. */
	lead_id: number;
	/** Leads merged into lead_id (they no longer exist). */
	merged_lead_ids: Array< number >;
	/** Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended). */
	timestamp: string;
};

/** Payload of `core_webinar_set_status`: Start or stop a webinar; only Core changes the status. */
export type CoreWebinarSetStatusPayload = {
	/** Webinar (post) ID. */
	webinar_id: number;
	/** Requested transition (models.room.transitions): start and stop are the seed's; reset (an organizer's, ended → scheduled, for a rehearsal), pause and archive (the system context's) are documented extensions. */
	status: "start" | "stop" | "reset" | "pause" | "archive";
	/** Who asks for the change and through what, for authorisation and the audit trail. */
	context: {
		/** WordPress user ID of the actor; 0 for the system context. */
		actor_id: number;
		/** Canonical role the actor acts in. */
		role: "administrator" | "organizer" | "speaker" | "moderator" | "attendee" | "guest" | "system";
		/** Where the request came from, e.g. rest, cli, cron, php. */
		source: string;
		/** Optional correlation ID of the originating request. */
		request_id?: string;
		[ key: string ]: unknown;
	};
};

/** Payload of `core_webinar_set_cta_visibility`: Show or hide the call-to-action; the UI never stores the CTA itself. */
export type CoreWebinarSetCtaVisibilityPayload = {
	/** Webinar (post) ID. */
	webinar_id: number;
	/** Show (true) or hide (false) the CTA. */
	visible: boolean;
	/** Who asks for the change and through what, for authorisation and the audit trail. */
	context: {
		/** WordPress user ID of the actor; 0 for the system context. */
		actor_id: number;
		/** Canonical role the actor acts in. */
		role: "administrator" | "organizer" | "speaker" | "moderator" | "attendee" | "guest" | "system";
		/** Where the request came from, e.g. rest, cli, cron, php. */
		source: string;
		/** Optional correlation ID of the originating request. */
		request_id?: string;
		[ key: string ]: unknown;
	};
};

/** Payload of `core_user_registered`: A user registered (AutoWebinar runtime input). */
export type CoreUserRegisteredPayload = {
	/** Unique ID of this fact (UUID). */
	event_id: string;
	/** WordPress user ID. */
	user_id: number;
	/** Referral ID: who brought the lead (partner / referrer); empty when none. */
	ref_id: string;
	/** Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended). */
	timestamp: string;
};

/** Payload of `core_user_login`: A user logged in (AutoWebinar runtime input). */
export type CoreUserLoginPayload = {
	/** Unique ID of this fact (UUID). */
	event_id: string;
	/** WordPress user ID. */
	user_id: number;
	/** Referral ID: who brought the lead (partner / referrer); empty when none. */
	ref_id: string;
	/** Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended). */
	timestamp: string;
};

/** Payload of `core_ref_context_resolved`: The canonical referral context of a user was resolved (AutoWebinar runtime input). */
export type CoreRefContextResolvedPayload = {
	/** Unique ID of this fact (UUID). */
	event_id: string;
	/** WordPress user ID. */
	user_id: number;
	/** Referral ID: who brought the lead (partner / referrer); empty when none. */
	ref_id: string;
	/** Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended). */
	timestamp: string;
};

/** Payload of `client_webinar_registered`: A lead registered for a webinar. */
export type ClientWebinarRegisteredPayload = {
	/** Lead (attendee record) ID. */
	lead_id: number;
	/** Webinar (post) ID. */
	webinar_id: number;
	/** Live webinar or automated (evergreen) AutoWebinar. */
	webinar_type: "live" | "auto";
	/** The webinar's slot (a live date, or an AutoWebinar showing). */
	slot_id: string;
	/** Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended). */
	registered_at: string;
	/** Where the registration came from (form, import, api…). */
	source: string;
};

/** Payload of `client_webinar_entered`: A lead entered the webinar. Once per participation session. */
export type ClientWebinarEnteredPayload = {
	/** Lead (attendee record) ID. */
	lead_id: number;
	/** Webinar (post) ID. */
	webinar_id: number;
	/** Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended). */
	timestamp: string;
	/** Participation session ID (UUID): one attendee's one visit to one webinar. */
	session_id: string;
};

/** Payload of `client_webinar_left`: A lead left the webinar. Once per participation session. */
export type ClientWebinarLeftPayload = {
	/** Lead (attendee record) ID. */
	lead_id: number;
	/** Webinar (post) ID. */
	webinar_id: number;
	/** Live webinar or automated (evergreen) AutoWebinar. */
	webinar_type: "live" | "auto";
	/** Participation session ID (UUID): one attendee's one visit to one webinar. */
	session_id: string;
	/** Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended). */
	left_at: string;
	/** Why the session ended. */
	leave_reason: "closed" | "navigated" | "timeout" | "ended" | "kicked" | "unknown";
};

/** Payload of `client_webinar_completed`: A lead completed the webinar. Once per participation session; does not replace client_webinar_left. */
export type ClientWebinarCompletedPayload = {
	/** Lead (attendee record) ID. */
	lead_id: number;
	/** Webinar (post) ID. */
	webinar_id: number;
	/** Live webinar or automated (evergreen) AutoWebinar. */
	webinar_type: "live" | "auto";
	/** Participation session ID (UUID): one attendee's one visit to one webinar. */
	session_id: string;
	/** Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended). */
	completed_at: string;
};

/** Payload of `client_webinar_form_submitted`: A lead submitted the post-webinar form. May repeat on resubmission. */
export type ClientWebinarFormSubmittedPayload = {
	/** Lead (attendee record) ID. */
	lead_id: number;
	/** Webinar (post) ID. */
	webinar_id: number;
	/** Live webinar or automated (evergreen) AutoWebinar. */
	webinar_type: "live" | "auto";
	/** Participation session ID (UUID): one attendee's one visit to one webinar. */
	session_id: string;
	/** Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended). */
	submitted_at: string;
	/** ID of the form. */
	form_id: string;
	/** The submitted answers. */
	form_payload: {
		[ key: string ]: unknown;
	};
};

/** Payload of `webinar_completed`: Normalised downstream fact of completion (same payload as client_webinar_completed). */
export type WebinarCompletedPayload = {
	/** Lead (attendee record) ID. */
	lead_id: number;
	/** Webinar (post) ID. */
	webinar_id: number;
	/** Live webinar or automated (evergreen) AutoWebinar. */
	webinar_type: "live" | "auto";
	/** Participation session ID (UUID): one attendee's one visit to one webinar. */
	session_id: string;
	/** Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended). */
	completed_at: string;
};

/** Payload of `client_webinar_attendance_classified`: Attendance classified as attended or not attended. */
export type ClientWebinarAttendanceClassifiedPayload = {
	/** Lead (attendee record) ID. */
	lead_id: number;
	/** Webinar (post) ID. */
	webinar_id: number;
	/** Whether the lead attended. */
	attended: boolean;
	/** Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended). */
	timestamp: string;
};

/** Payload of `post_webinar_route`: The post-webinar route of a lead; route always agrees with attended and is not redefined by consumers. */
export type PostWebinarRoutePayload = {
	/** Lead (attendee record) ID. */
	lead_id: number;
	/** Webinar (post) ID. */
	webinar_id: number;
	/** Whether the lead attended. */
	attended: boolean;
	/** Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended). */
	timestamp: string;
	/** attended when attended is true, not_attended otherwise. */
	route: "attended" | "not_attended";
} & ( {
	attended: true;
	route: "attended";
} | {
	attended: false;
	route: "not_attended";
} );

/** Payload of `autowebinar_session_created`: An AutoWebinar session was created. */
export type AutowebinarSessionCreatedPayload = {
	/** Unique ID of this fact (UUID). */
	event_id: string;
	/** WordPress user ID. */
	user_id: number;
	/** Referral ID: who brought the lead (partner / referrer); empty when none. */
	ref_id: string;
	/** Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended). */
	timestamp: string;
	/** Participation session ID (UUID): one attendee's one visit to one webinar. */
	session_id: string;
};

/** Payload of `autowebinar_join`: A user joined an AutoWebinar. */
export type AutowebinarJoinPayload = {
	/** Unique ID of this fact (UUID). */
	event_id: string;
	/** WordPress user ID. */
	user_id: number;
	/** Referral ID: who brought the lead (partner / referrer); empty when none. */
	ref_id: string;
	/** Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended). */
	timestamp: string;
	/** Participation session ID (UUID): one attendee's one visit to one webinar. */
	session_id: string;
};

/** Payload of `autowebinar_progress`: Viewing progress of an AutoWebinar: only 25, 50, 75, 100, each at most once per session. */
export type AutowebinarProgressPayload = {
	/** Unique ID of this fact (UUID). */
	event_id: string;
	/** WordPress user ID. */
	user_id: number;
	/** Referral ID: who brought the lead (partner / referrer); empty when none. */
	ref_id: string;
	/** Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended). */
	timestamp: string;
	/** Participation session ID (UUID): one attendee's one visit to one webinar. */
	session_id: string;
	/** Percentage watched: a milestone, never an intermediate value. */
	progress: 25 | 50 | 75 | 100;
};

/** Payload of `autowebinar_cta_click`: A user clicked the CTA in an AutoWebinar. */
export type AutowebinarCtaClickPayload = {
	/** Unique ID of this fact (UUID). */
	event_id: string;
	/** WordPress user ID. */
	user_id: number;
	/** Referral ID: who brought the lead (partner / referrer); empty when none. */
	ref_id: string;
	/** Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended). */
	timestamp: string;
	/** Participation session ID (UUID): one attendee's one visit to one webinar. */
	session_id: string;
};

/** Payload of `autowebinar_completed`: A user finished watching an AutoWebinar. */
export type AutowebinarCompletedPayload = {
	/** Unique ID of this fact (UUID). */
	event_id: string;
	/** WordPress user ID. */
	user_id: number;
	/** Referral ID: who brought the lead (partner / referrer); empty when none. */
	ref_id: string;
	/** Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended). */
	timestamp: string;
	/** Participation session ID (UUID): one attendee's one visit to one webinar. */
	session_id: string;
};

/** Payload type of every canonical action. */
export interface HookPayloads {
	core_ingest_event: CoreIngestEventPayload;
	core_lead_created: CoreLeadCreatedPayload;
	core_lead_updated: CoreLeadUpdatedPayload;
	core_lead_deleted: CoreLeadDeletedPayload;
	core_lead_merged: CoreLeadMergedPayload;
	core_webinar_set_status: CoreWebinarSetStatusPayload;
	core_webinar_set_cta_visibility: CoreWebinarSetCtaVisibilityPayload;
	core_user_registered: CoreUserRegisteredPayload;
	core_user_login: CoreUserLoginPayload;
	core_ref_context_resolved: CoreRefContextResolvedPayload;
	client_webinar_registered: ClientWebinarRegisteredPayload;
	client_webinar_entered: ClientWebinarEnteredPayload;
	client_webinar_left: ClientWebinarLeftPayload;
	client_webinar_completed: ClientWebinarCompletedPayload;
	client_webinar_form_submitted: ClientWebinarFormSubmittedPayload;
	webinar_completed: WebinarCompletedPayload;
	client_webinar_attendance_classified: ClientWebinarAttendanceClassifiedPayload;
	post_webinar_route: PostWebinarRoutePayload;
	autowebinar_session_created: AutowebinarSessionCreatedPayload;
	autowebinar_join: AutowebinarJoinPayload;
	autowebinar_progress: AutowebinarProgressPayload;
	autowebinar_cta_click: AutowebinarCtaClickPayload;
	autowebinar_completed: AutowebinarCompletedPayload;
}
