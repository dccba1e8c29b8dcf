/**
 * GENERATED from contracts/canon.json by scripts/generate-contracts.mjs: do not edit; run `npm run contracts`.
 */
/* eslint-disable */
import type { HookMeta } from '../types';
import type { HookName } from './hooks';

/**
 * Contract data of every canonical action: modules, rules, payload JSON schema. For tests and
 * tools: browser bundles import hooks.ts and room.ts, never this.
 */
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
					"description": "Submitted fields: email (required), name, phone, locale, consent_version, and any others (scalars).",
					"type": "object",
					"properties": {
						"name": {
							"type": "string",
							"maxLength": 191
						},
						"email": {
							"type": "string",
							"format": "email",
							"maxLength": 191
						},
						"phone": {
							"type": "string",
							"maxLength": 64
						},
						"locale": {
							"description": "The lead's locale (WordPress format, e.g. ru_RU); the site's when absent.",
							"type": "string",
							"maxLength": 32
						},
						"consent_version": {
							"description": "Version of the consent text the lead agreed to.",
							"type": "string",
							"maxLength": 64
						}
					},
					"required": [
						"email"
					],
					"additionalProperties": true
				},
				"webinar_id": {
					"description": "Webinar (post) ID.",
					"type": "integer",
					"minimum": 1,
					"maximum": 9007199254740991
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
					"minimum": 1,
					"maximum": 9007199254740991
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
					"minimum": 1,
					"maximum": 9007199254740991
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
					"minimum": 1,
					"maximum": 9007199254740991
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
					"minimum": 1,
					"maximum": 9007199254740991
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
					"minimum": 1,
					"maximum": 9007199254740991
				},
				"status": {
					"description": "Requested transition (models.room.transitions): start and stop are the seed's; reset (an organizer's, ended → scheduled, for a rehearsal), pause and archive (the system context's) are documented extensions.",
					"type": "string",
					"enum": [
						"start",
						"stop",
						"reset",
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
								"administrator",
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
					"minimum": 1,
					"maximum": 9007199254740991
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
								"administrator",
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
					"minimum": 1,
					"maximum": 9007199254740991
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
					"minimum": 1,
					"maximum": 9007199254740991
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
					"minimum": 1,
					"maximum": 9007199254740991
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
					"minimum": 1,
					"maximum": 9007199254740991
				},
				"webinar_id": {
					"description": "Webinar (post) ID.",
					"type": "integer",
					"minimum": 1,
					"maximum": 9007199254740991
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
					"minimum": 1,
					"maximum": 9007199254740991
				},
				"webinar_id": {
					"description": "Webinar (post) ID.",
					"type": "integer",
					"minimum": 1,
					"maximum": 9007199254740991
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
					"minimum": 1,
					"maximum": 9007199254740991
				},
				"webinar_id": {
					"description": "Webinar (post) ID.",
					"type": "integer",
					"minimum": 1,
					"maximum": 9007199254740991
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
					"minimum": 1,
					"maximum": 9007199254740991
				},
				"webinar_id": {
					"description": "Webinar (post) ID.",
					"type": "integer",
					"minimum": 1,
					"maximum": 9007199254740991
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
					"minimum": 1,
					"maximum": 9007199254740991
				},
				"webinar_id": {
					"description": "Webinar (post) ID.",
					"type": "integer",
					"minimum": 1,
					"maximum": 9007199254740991
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
					"minimum": 1,
					"maximum": 9007199254740991
				},
				"webinar_id": {
					"description": "Webinar (post) ID.",
					"type": "integer",
					"minimum": 1,
					"maximum": 9007199254740991
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
					"minimum": 1,
					"maximum": 9007199254740991
				},
				"webinar_id": {
					"description": "Webinar (post) ID.",
					"type": "integer",
					"minimum": 1,
					"maximum": 9007199254740991
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
					"minimum": 1,
					"maximum": 9007199254740991
				},
				"webinar_id": {
					"description": "Webinar (post) ID.",
					"type": "integer",
					"minimum": 1,
					"maximum": 9007199254740991
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
					"minimum": 1,
					"maximum": 9007199254740991
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
					"minimum": 1,
					"maximum": 9007199254740991
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
					"minimum": 1,
					"maximum": 9007199254740991
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
					"minimum": 1,
					"maximum": 9007199254740991
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
					"minimum": 1,
					"maximum": 9007199254740991
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
