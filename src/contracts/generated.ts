/**
 * GENERATED from contracts/canon.json by scripts/generate-contracts.mjs: do not edit; run `npm run contracts`.
 */
/* eslint-disable */
import type { JsonSchema, HookMeta } from './types';

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

/** Capability names. */
export const CAPABILITIES = {
	MANAGE: 'webinars_manage',
	EDIT_WEBINARS: 'webinars_edit_webinars',
	CONTROL_ASSIGNED: 'webinars_control_assigned_webinars',
	CONTROL_ALL: 'webinars_control_all_webinars',
	SET_INTERNAL_STATUS: 'webinars_set_internal_status',
	MODERATE: 'webinars_moderate',
	ATTEND: 'webinars_attend',
	EMIT_SYSTEM_EVENTS: 'webinars_emit_system_events',
	CONTROL_WEBINAR: 'webinars_control_webinar',
} as const;

/** Payload of `core_ingest_event`: Canonical entry point for a lead coming from a web form. */
export type CoreIngestEventPayload = {
	/** Form integration that produced the lead. */
	source: string;
	/** ID of the form. */
	form_id: string;
	/** Submitted fields (name, email, phone, …). */
	fields: {
		name?: string;
		email?: string;
		phone?: string;
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
	/** Requested transition: start (scheduled|paused → live), stop (live|paused → ended); pause (live → paused) and archive (scheduled|ended → archived) are the system context's only. */
	status: "start" | "stop" | "pause" | "archive";
	/** Who asks for the change and through what, for authorisation and the audit trail. */
	context: {
		/** WordPress user ID of the actor; 0 for the system context. */
		actor_id: number;
		/** Canonical role the actor acts in. */
		role: "organizer" | "speaker" | "moderator" | "attendee" | "guest" | "system";
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
		role: "organizer" | "speaker" | "moderator" | "attendee" | "guest" | "system";
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

/** Contract data of every canonical action: modules, rules, payload JSON schema. */
export const HOOK_META: Record< HookName, HookMeta > = {
	"core_ingest_event": {
		"layers": [
			"domain"
		],
		"emitters": [
			"integration-web-form"
		],
		"listeners": [
			"core"
		],
		"browser": "inbound",
		"rules": {
			"idempotent_by": [
				"idempotency_key"
			]
		},
		"payload": {
			"type": "object",
			"properties": {
				"source": {
					"description": "Form integration that produced the lead.",
					"type": "string",
					"minLength": 1,
					"maxLength": 64
				},
				"form_id": {
					"description": "ID of the form.",
					"type": "string",
					"minLength": 1,
					"maxLength": 191
				},
				"fields": {
					"description": "Submitted fields (name, email, phone, …).",
					"type": "object",
					"properties": {
						"name": {
							"type": "string",
							"maxLength": 191
						},
						"email": {
							"type": "string",
							"format": "email"
						},
						"phone": {
							"type": "string",
							"maxLength": 64
						}
					},
					"additionalProperties": true
				},
				"webinar_id": {
					"description": "Webinar (post) ID.",
					"type": "integer",
					"minimum": 1
				},
				"ref_id": {
					"description": "Referral ID: who brought the lead (partner / referrer); empty when none.",
					"type": "string",
					"maxLength": 191
				},
				"consent": {
					"description": "The lead agreed to be contacted.",
					"type": "boolean"
				},
				"submitted_at": {
					"description": "Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).",
					"type": "string",
					"format": "date-time"
				},
				"idempotency_key": {
					"description": "Client-made key; the same key is ingested once.",
					"type": "string",
					"minLength": 8,
					"maxLength": 191
				}
			},
			"required": [
				"source",
				"form_id",
				"fields",
				"consent",
				"submitted_at",
				"idempotency_key"
			],
			"additionalProperties": false
		}
	},
	"core_lead_created": {
		"layers": [
			"domain"
		],
		"emitters": [
			"core"
		],
		"listeners": [
			"scenario-engine"
		],
		"browser": null,
		"rules": {},
		"payload": {
			"type": "object",
			"properties": {
				"lead_id": {
					"description": "Lead (attendee record) ID.",
					"type": "integer",
					"minimum": 1
				},
				"timestamp": {
					"description": "Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).",
					"type": "string",
					"format": "date-time"
				}
			},
			"required": [
				"lead_id",
				"timestamp"
			],
			"additionalProperties": false
		}
	},
	"core_lead_updated": {
		"layers": [
			"domain"
		],
		"emitters": [
			"core"
		],
		"listeners": [
			"scenario-engine"
		],
		"browser": null,
		"rules": {},
		"payload": {
			"type": "object",
			"properties": {
				"lead_id": {
					"description": "Lead (attendee record) ID.",
					"type": "integer",
					"minimum": 1
				},
				"timestamp": {
					"description": "Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).",
					"type": "string",
					"format": "date-time"
				},
				"changes": {
					"description": "Changed fields: name => new value.",
					"type": "object",
					"additionalProperties": true
				}
			},
			"required": [
				"lead_id",
				"timestamp",
				"changes"
			],
			"additionalProperties": false
		}
	},
	"core_lead_deleted": {
		"layers": [
			"domain"
		],
		"emitters": [
			"core"
		],
		"listeners": [
			"scenario-engine"
		],
		"browser": null,
		"rules": {},
		"payload": {
			"type": "object",
			"properties": {
				"lead_id": {
					"description": "Lead (attendee record) ID.",
					"type": "integer",
					"minimum": 1
				},
				"timestamp": {
					"description": "Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).",
					"type": "string",
					"format": "date-time"
				}
			},
			"required": [
				"lead_id",
				"timestamp"
			],
			"additionalProperties": false
		}
	},
	"core_lead_merged": {
		"layers": [
			"domain"
		],
		"emitters": [
			"core"
		],
		"listeners": [
			"scenario-engine"
		],
		"browser": null,
		"rules": {},
		"payload": {
			"type": "object",
			"properties": {
				"lead_id": {
					"description": "Lead (attendee record) ID.",
					"type": "integer",
					"minimum": 1
				},
				"merged_lead_ids": {
					"description": "Leads merged into lead_id (they no longer exist).",
					"type": "array",
					"items": {
						"type": "integer",
						"minimum": 1
					},
					"minItems": 1,
					"uniqueItems": true
				},
				"timestamp": {
					"description": "Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).",
					"type": "string",
					"format": "date-time"
				}
			},
			"required": [
				"lead_id",
				"merged_lead_ids",
				"timestamp"
			],
			"additionalProperties": false
		}
	},
	"core_webinar_set_status": {
		"layers": [
			"domain",
			"ui"
		],
		"emitters": [
			"webinar-control-integration"
		],
		"listeners": [
			"core"
		],
		"browser": "inbound",
		"rules": {
			"authorised_roles": [
				"organizer",
				"speaker"
			]
		},
		"payload": {
			"type": "object",
			"properties": {
				"webinar_id": {
					"description": "Webinar (post) ID.",
					"type": "integer",
					"minimum": 1
				},
				"status": {
					"description": "Requested transition: start (scheduled|paused → live), stop (live|paused → ended); pause (live → paused) and archive (scheduled|ended → archived) are the system context's only.",
					"type": "string",
					"enum": [
						"start",
						"stop",
						"pause",
						"archive"
					]
				},
				"context": {
					"description": "Who asks for the change and through what, for authorisation and the audit trail.",
					"type": "object",
					"properties": {
						"actor_id": {
							"description": "WordPress user ID of the actor; 0 for the system context.",
							"type": "integer",
							"minimum": 0
						},
						"role": {
							"description": "Canonical role the actor acts in.",
							"type": "string",
							"enum": [
								"organizer",
								"speaker",
								"moderator",
								"attendee",
								"guest",
								"system"
							]
						},
						"source": {
							"description": "Where the request came from, e.g. rest, cli, cron, php.",
							"type": "string",
							"minLength": 1,
							"maxLength": 64
						},
						"request_id": {
							"description": "Optional correlation ID of the originating request.",
							"type": "string",
							"maxLength": 191
						}
					},
					"required": [
						"actor_id",
						"role",
						"source"
					],
					"additionalProperties": true
				}
			},
			"required": [
				"webinar_id",
				"status",
				"context"
			],
			"additionalProperties": false
		}
	},
	"core_webinar_set_cta_visibility": {
		"layers": [
			"domain",
			"ui"
		],
		"emitters": [
			"room-ui",
			"public-ui"
		],
		"listeners": [
			"core"
		],
		"browser": "inbound",
		"rules": {
			"authorised_roles": [
				"organizer",
				"speaker"
			]
		},
		"payload": {
			"type": "object",
			"properties": {
				"webinar_id": {
					"description": "Webinar (post) ID.",
					"type": "integer",
					"minimum": 1
				},
				"visible": {
					"description": "Show (true) or hide (false) the CTA.",
					"type": "boolean"
				},
				"context": {
					"description": "Who asks for the change and through what, for authorisation and the audit trail.",
					"type": "object",
					"properties": {
						"actor_id": {
							"description": "WordPress user ID of the actor; 0 for the system context.",
							"type": "integer",
							"minimum": 0
						},
						"role": {
							"description": "Canonical role the actor acts in.",
							"type": "string",
							"enum": [
								"organizer",
								"speaker",
								"moderator",
								"attendee",
								"guest",
								"system"
							]
						},
						"source": {
							"description": "Where the request came from, e.g. rest, cli, cron, php.",
							"type": "string",
							"minLength": 1,
							"maxLength": 64
						},
						"request_id": {
							"description": "Optional correlation ID of the originating request.",
							"type": "string",
							"maxLength": 191
						}
					},
					"required": [
						"actor_id",
						"role",
						"source"
					],
					"additionalProperties": true
				}
			},
			"required": [
				"webinar_id",
				"visible",
				"context"
			],
			"additionalProperties": false
		}
	},
	"core_user_registered": {
		"layers": [
			"domain"
		],
		"emitters": [
			"core"
		],
		"listeners": [
			"autowebinar-delivery"
		],
		"browser": null,
		"rules": {},
		"payload": {
			"type": "object",
			"properties": {
				"event_id": {
					"description": "Unique ID of this fact (UUID).",
					"type": "string",
					"format": "uuid"
				},
				"user_id": {
					"description": "WordPress user ID.",
					"type": "integer",
					"minimum": 1
				},
				"ref_id": {
					"description": "Referral ID: who brought the lead (partner / referrer); empty when none.",
					"type": "string",
					"maxLength": 191
				},
				"timestamp": {
					"description": "Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).",
					"type": "string",
					"format": "date-time"
				}
			},
			"required": [
				"event_id",
				"user_id",
				"ref_id",
				"timestamp"
			],
			"additionalProperties": false
		}
	},
	"core_user_login": {
		"layers": [
			"domain"
		],
		"emitters": [
			"core"
		],
		"listeners": [
			"autowebinar-delivery"
		],
		"browser": null,
		"rules": {},
		"payload": {
			"type": "object",
			"properties": {
				"event_id": {
					"description": "Unique ID of this fact (UUID).",
					"type": "string",
					"format": "uuid"
				},
				"user_id": {
					"description": "WordPress user ID.",
					"type": "integer",
					"minimum": 1
				},
				"ref_id": {
					"description": "Referral ID: who brought the lead (partner / referrer); empty when none.",
					"type": "string",
					"maxLength": 191
				},
				"timestamp": {
					"description": "Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).",
					"type": "string",
					"format": "date-time"
				}
			},
			"required": [
				"event_id",
				"user_id",
				"ref_id",
				"timestamp"
			],
			"additionalProperties": false
		}
	},
	"core_ref_context_resolved": {
		"layers": [
			"domain"
		],
		"emitters": [
			"core"
		],
		"listeners": [
			"autowebinar-delivery"
		],
		"browser": null,
		"rules": {},
		"payload": {
			"type": "object",
			"properties": {
				"event_id": {
					"description": "Unique ID of this fact (UUID).",
					"type": "string",
					"format": "uuid"
				},
				"user_id": {
					"description": "WordPress user ID.",
					"type": "integer",
					"minimum": 1
				},
				"ref_id": {
					"description": "Referral ID: who brought the lead (partner / referrer); empty when none.",
					"type": "string",
					"maxLength": 191
				},
				"timestamp": {
					"description": "Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).",
					"type": "string",
					"format": "date-time"
				}
			},
			"required": [
				"event_id",
				"user_id",
				"ref_id",
				"timestamp"
			],
			"additionalProperties": false
		}
	},
	"client_webinar_registered": {
		"layers": [
			"client"
		],
		"emitters": [
			"client-webinar-tracker"
		],
		"listeners": [
			"action-consumer"
		],
		"browser": null,
		"rules": {
			"once_per": [
				"lead_id",
				"webinar_id",
				"slot_id"
			]
		},
		"payload": {
			"type": "object",
			"properties": {
				"lead_id": {
					"description": "Lead (attendee record) ID.",
					"type": "integer",
					"minimum": 1
				},
				"webinar_id": {
					"description": "Webinar (post) ID.",
					"type": "integer",
					"minimum": 1
				},
				"webinar_type": {
					"description": "Live webinar or automated (evergreen) AutoWebinar.",
					"type": "string",
					"enum": [
						"live",
						"auto"
					]
				},
				"slot_id": {
					"description": "The webinar's slot (a live date, or an AutoWebinar showing).",
					"type": "string",
					"minLength": 1,
					"maxLength": 191
				},
				"registered_at": {
					"description": "Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).",
					"type": "string",
					"format": "date-time"
				},
				"source": {
					"description": "Where the registration came from (form, import, api…).",
					"type": "string",
					"minLength": 1,
					"maxLength": 64
				}
			},
			"required": [
				"lead_id",
				"webinar_id",
				"webinar_type",
				"slot_id",
				"registered_at",
				"source"
			],
			"additionalProperties": false
		}
	},
	"client_webinar_entered": {
		"layers": [
			"client"
		],
		"emitters": [
			"client-webinar-tracker"
		],
		"listeners": [
			"attendance-service",
			"action-consumer"
		],
		"browser": "inbound",
		"rules": {
			"once_per": [
				"session_id"
			]
		},
		"payload": {
			"type": "object",
			"properties": {
				"lead_id": {
					"description": "Lead (attendee record) ID.",
					"type": "integer",
					"minimum": 1
				},
				"webinar_id": {
					"description": "Webinar (post) ID.",
					"type": "integer",
					"minimum": 1
				},
				"timestamp": {
					"description": "Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).",
					"type": "string",
					"format": "date-time"
				},
				"session_id": {
					"description": "Participation session ID (UUID): one attendee's one visit to one webinar.",
					"type": "string",
					"format": "uuid"
				}
			},
			"required": [
				"lead_id",
				"webinar_id",
				"timestamp",
				"session_id"
			],
			"additionalProperties": false
		}
	},
	"client_webinar_left": {
		"layers": [
			"client"
		],
		"emitters": [
			"client-webinar-tracker"
		],
		"listeners": [
			"attendance-service",
			"action-consumer"
		],
		"browser": "inbound",
		"rules": {
			"once_per": [
				"session_id"
			]
		},
		"payload": {
			"type": "object",
			"properties": {
				"lead_id": {
					"description": "Lead (attendee record) ID.",
					"type": "integer",
					"minimum": 1
				},
				"webinar_id": {
					"description": "Webinar (post) ID.",
					"type": "integer",
					"minimum": 1
				},
				"webinar_type": {
					"description": "Live webinar or automated (evergreen) AutoWebinar.",
					"type": "string",
					"enum": [
						"live",
						"auto"
					]
				},
				"session_id": {
					"description": "Participation session ID (UUID): one attendee's one visit to one webinar.",
					"type": "string",
					"format": "uuid"
				},
				"left_at": {
					"description": "Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).",
					"type": "string",
					"format": "date-time"
				},
				"leave_reason": {
					"description": "Why the session ended.",
					"type": "string",
					"enum": [
						"closed",
						"navigated",
						"timeout",
						"ended",
						"kicked",
						"unknown"
					]
				}
			},
			"required": [
				"lead_id",
				"webinar_id",
				"webinar_type",
				"session_id",
				"left_at",
				"leave_reason"
			],
			"additionalProperties": false
		}
	},
	"client_webinar_completed": {
		"layers": [
			"client"
		],
		"emitters": [
			"client-webinar-tracker"
		],
		"listeners": [
			"event-emitter",
			"attendance-service",
			"action-consumer"
		],
		"browser": "inbound",
		"rules": {
			"once_per": [
				"session_id"
			]
		},
		"payload": {
			"type": "object",
			"properties": {
				"lead_id": {
					"description": "Lead (attendee record) ID.",
					"type": "integer",
					"minimum": 1
				},
				"webinar_id": {
					"description": "Webinar (post) ID.",
					"type": "integer",
					"minimum": 1
				},
				"webinar_type": {
					"description": "Live webinar or automated (evergreen) AutoWebinar.",
					"type": "string",
					"enum": [
						"live",
						"auto"
					]
				},
				"session_id": {
					"description": "Participation session ID (UUID): one attendee's one visit to one webinar.",
					"type": "string",
					"format": "uuid"
				},
				"completed_at": {
					"description": "Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).",
					"type": "string",
					"format": "date-time"
				}
			},
			"required": [
				"lead_id",
				"webinar_id",
				"webinar_type",
				"session_id",
				"completed_at"
			],
			"additionalProperties": false
		}
	},
	"client_webinar_form_submitted": {
		"layers": [
			"client"
		],
		"emitters": [
			"client-webinar-tracker"
		],
		"listeners": [
			"action-consumer"
		],
		"browser": "inbound",
		"rules": {
			"repeatable": true
		},
		"payload": {
			"type": "object",
			"properties": {
				"lead_id": {
					"description": "Lead (attendee record) ID.",
					"type": "integer",
					"minimum": 1
				},
				"webinar_id": {
					"description": "Webinar (post) ID.",
					"type": "integer",
					"minimum": 1
				},
				"webinar_type": {
					"description": "Live webinar or automated (evergreen) AutoWebinar.",
					"type": "string",
					"enum": [
						"live",
						"auto"
					]
				},
				"session_id": {
					"description": "Participation session ID (UUID): one attendee's one visit to one webinar.",
					"type": "string",
					"format": "uuid"
				},
				"submitted_at": {
					"description": "Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).",
					"type": "string",
					"format": "date-time"
				},
				"form_id": {
					"description": "ID of the form.",
					"type": "string",
					"minLength": 1,
					"maxLength": 191
				},
				"form_payload": {
					"description": "The submitted answers.",
					"type": "object",
					"additionalProperties": true
				}
			},
			"required": [
				"lead_id",
				"webinar_id",
				"webinar_type",
				"session_id",
				"submitted_at",
				"form_id",
				"form_payload"
			],
			"additionalProperties": false
		}
	},
	"webinar_completed": {
		"layers": [
			"client"
		],
		"emitters": [
			"event-emitter"
		],
		"listeners": [
			"scenario-service",
			"action-consumer"
		],
		"browser": null,
		"rules": {
			"once_per": [
				"session_id"
			]
		},
		"payload": {
			"type": "object",
			"properties": {
				"lead_id": {
					"description": "Lead (attendee record) ID.",
					"type": "integer",
					"minimum": 1
				},
				"webinar_id": {
					"description": "Webinar (post) ID.",
					"type": "integer",
					"minimum": 1
				},
				"webinar_type": {
					"description": "Live webinar or automated (evergreen) AutoWebinar.",
					"type": "string",
					"enum": [
						"live",
						"auto"
					]
				},
				"session_id": {
					"description": "Participation session ID (UUID): one attendee's one visit to one webinar.",
					"type": "string",
					"format": "uuid"
				},
				"completed_at": {
					"description": "Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).",
					"type": "string",
					"format": "date-time"
				}
			},
			"required": [
				"lead_id",
				"webinar_id",
				"webinar_type",
				"session_id",
				"completed_at"
			],
			"additionalProperties": false
		}
	},
	"client_webinar_attendance_classified": {
		"layers": [
			"client",
			"integrations"
		],
		"emitters": [
			"attendance-service"
		],
		"listeners": [
			"attendance-telegram",
			"post-webinar-routing",
			"action-consumer"
		],
		"browser": null,
		"rules": {
			"once_per": [
				"lead_id",
				"webinar_id"
			]
		},
		"payload": {
			"type": "object",
			"properties": {
				"lead_id": {
					"description": "Lead (attendee record) ID.",
					"type": "integer",
					"minimum": 1
				},
				"webinar_id": {
					"description": "Webinar (post) ID.",
					"type": "integer",
					"minimum": 1
				},
				"attended": {
					"description": "Whether the lead attended.",
					"type": "boolean"
				},
				"timestamp": {
					"description": "Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).",
					"type": "string",
					"format": "date-time"
				}
			},
			"required": [
				"lead_id",
				"webinar_id",
				"attended",
				"timestamp"
			],
			"additionalProperties": false
		}
	},
	"post_webinar_route": {
		"layers": [
			"client",
			"integrations"
		],
		"emitters": [
			"post-webinar-routing"
		],
		"listeners": [
			"followup-telegram",
			"recording-followup-telegram"
		],
		"browser": null,
		"rules": {
			"once_per": [
				"lead_id",
				"webinar_id"
			]
		},
		"payload": {
			"type": "object",
			"properties": {
				"lead_id": {
					"description": "Lead (attendee record) ID.",
					"type": "integer",
					"minimum": 1
				},
				"webinar_id": {
					"description": "Webinar (post) ID.",
					"type": "integer",
					"minimum": 1
				},
				"attended": {
					"description": "Whether the lead attended.",
					"type": "boolean"
				},
				"timestamp": {
					"description": "Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).",
					"type": "string",
					"format": "date-time"
				},
				"route": {
					"description": "attended when attended is true, not_attended otherwise.",
					"type": "string",
					"enum": [
						"attended",
						"not_attended"
					]
				}
			},
			"required": [
				"lead_id",
				"webinar_id",
				"attended",
				"timestamp",
				"route"
			],
			"additionalProperties": false,
			"oneOf": [
				{
					"title": "attended route",
					"type": "object",
					"properties": {
						"attended": {
							"type": "boolean",
							"enum": [
								true
							]
						},
						"route": {
							"type": "string",
							"enum": [
								"attended"
							]
						}
					}
				},
				{
					"title": "not_attended route",
					"type": "object",
					"properties": {
						"attended": {
							"type": "boolean",
							"enum": [
								false
							]
						},
						"route": {
							"type": "string",
							"enum": [
								"not_attended"
							]
						}
					}
				}
			]
		}
	},
	"autowebinar_session_created": {
		"layers": [
			"delivery"
		],
		"emitters": [
			"autowebinar-delivery"
		],
		"listeners": [
			"core",
			"analytics"
		],
		"browser": null,
		"rules": {
			"once_per": [
				"session_id"
			]
		},
		"payload": {
			"type": "object",
			"properties": {
				"event_id": {
					"description": "Unique ID of this fact (UUID).",
					"type": "string",
					"format": "uuid"
				},
				"user_id": {
					"description": "WordPress user ID.",
					"type": "integer",
					"minimum": 1
				},
				"ref_id": {
					"description": "Referral ID: who brought the lead (partner / referrer); empty when none.",
					"type": "string",
					"maxLength": 191
				},
				"timestamp": {
					"description": "Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).",
					"type": "string",
					"format": "date-time"
				},
				"session_id": {
					"description": "Participation session ID (UUID): one attendee's one visit to one webinar.",
					"type": "string",
					"format": "uuid"
				}
			},
			"required": [
				"event_id",
				"user_id",
				"ref_id",
				"timestamp",
				"session_id"
			],
			"additionalProperties": false
		}
	},
	"autowebinar_join": {
		"layers": [
			"delivery"
		],
		"emitters": [
			"autowebinar-delivery"
		],
		"listeners": [
			"core",
			"analytics"
		],
		"browser": "inbound",
		"rules": {
			"once_per": [
				"session_id"
			]
		},
		"payload": {
			"type": "object",
			"properties": {
				"event_id": {
					"description": "Unique ID of this fact (UUID).",
					"type": "string",
					"format": "uuid"
				},
				"user_id": {
					"description": "WordPress user ID.",
					"type": "integer",
					"minimum": 1
				},
				"ref_id": {
					"description": "Referral ID: who brought the lead (partner / referrer); empty when none.",
					"type": "string",
					"maxLength": 191
				},
				"timestamp": {
					"description": "Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).",
					"type": "string",
					"format": "date-time"
				},
				"session_id": {
					"description": "Participation session ID (UUID): one attendee's one visit to one webinar.",
					"type": "string",
					"format": "uuid"
				}
			},
			"required": [
				"event_id",
				"user_id",
				"ref_id",
				"timestamp",
				"session_id"
			],
			"additionalProperties": false
		}
	},
	"autowebinar_progress": {
		"layers": [
			"delivery"
		],
		"emitters": [
			"autowebinar-delivery"
		],
		"listeners": [
			"core",
			"analytics"
		],
		"browser": "inbound",
		"rules": {
			"once_per": [
				"session_id",
				"progress"
			],
			"progress_values": [
				25,
				50,
				75,
				100
			]
		},
		"payload": {
			"type": "object",
			"properties": {
				"event_id": {
					"description": "Unique ID of this fact (UUID).",
					"type": "string",
					"format": "uuid"
				},
				"user_id": {
					"description": "WordPress user ID.",
					"type": "integer",
					"minimum": 1
				},
				"ref_id": {
					"description": "Referral ID: who brought the lead (partner / referrer); empty when none.",
					"type": "string",
					"maxLength": 191
				},
				"timestamp": {
					"description": "Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).",
					"type": "string",
					"format": "date-time"
				},
				"session_id": {
					"description": "Participation session ID (UUID): one attendee's one visit to one webinar.",
					"type": "string",
					"format": "uuid"
				},
				"progress": {
					"description": "Percentage watched: a milestone, never an intermediate value.",
					"type": "integer",
					"enum": [
						25,
						50,
						75,
						100
					]
				}
			},
			"required": [
				"event_id",
				"user_id",
				"ref_id",
				"timestamp",
				"session_id",
				"progress"
			],
			"additionalProperties": false
		}
	},
	"autowebinar_cta_click": {
		"layers": [
			"delivery"
		],
		"emitters": [
			"autowebinar-delivery"
		],
		"listeners": [
			"core",
			"analytics"
		],
		"browser": "inbound",
		"rules": {
			"repeatable": true
		},
		"payload": {
			"type": "object",
			"properties": {
				"event_id": {
					"description": "Unique ID of this fact (UUID).",
					"type": "string",
					"format": "uuid"
				},
				"user_id": {
					"description": "WordPress user ID.",
					"type": "integer",
					"minimum": 1
				},
				"ref_id": {
					"description": "Referral ID: who brought the lead (partner / referrer); empty when none.",
					"type": "string",
					"maxLength": 191
				},
				"timestamp": {
					"description": "Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).",
					"type": "string",
					"format": "date-time"
				},
				"session_id": {
					"description": "Participation session ID (UUID): one attendee's one visit to one webinar.",
					"type": "string",
					"format": "uuid"
				}
			},
			"required": [
				"event_id",
				"user_id",
				"ref_id",
				"timestamp",
				"session_id"
			],
			"additionalProperties": false
		}
	},
	"autowebinar_completed": {
		"layers": [
			"delivery"
		],
		"emitters": [
			"autowebinar-delivery"
		],
		"listeners": [
			"core",
			"analytics"
		],
		"browser": "inbound",
		"rules": {
			"once_per": [
				"session_id"
			]
		},
		"payload": {
			"type": "object",
			"properties": {
				"event_id": {
					"description": "Unique ID of this fact (UUID).",
					"type": "string",
					"format": "uuid"
				},
				"user_id": {
					"description": "WordPress user ID.",
					"type": "integer",
					"minimum": 1
				},
				"ref_id": {
					"description": "Referral ID: who brought the lead (partner / referrer); empty when none.",
					"type": "string",
					"maxLength": 191
				},
				"timestamp": {
					"description": "Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).",
					"type": "string",
					"format": "date-time"
				},
				"session_id": {
					"description": "Participation session ID (UUID): one attendee's one visit to one webinar.",
					"type": "string",
					"format": "uuid"
				}
			},
			"required": [
				"event_id",
				"user_id",
				"ref_id",
				"timestamp",
				"session_id"
			],
			"additionalProperties": false
		}
	}
};

export type { JsonSchema };
