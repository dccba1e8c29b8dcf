<?php
/**
 * The Webinars contracts as data.
 *
 * GENERATED from contracts/canon.json by scripts/generate-contracts.mjs: do not edit; run `npm run contracts`.
 *
 * @package Webinars
 */

namespace Webinars\Contracts;

defined( 'ABSPATH' ) || exit;

/**
 * The Webinars contracts as data.
 *
 * @since 0.1.0
 */
final class Canon {
	/**
	 * Canonical actions: layers, emitter and listener modules, rules and payload JSON schema (WordPress REST subset).
	 *
	 * @var array<string, array<string, mixed>>
	 */
	public const HOOKS = array(
		'core_ingest_event'                    => array(
			'type'                => 'action',
			'layers'              => array( 'domain' ),
			'emitters'            => array( 'integration-web-form' ),
			'listeners'           => array( 'core' ),
			'listener_conditions' => array(),
			'browser'             => 'inbound',
			'rules'               => array(
				'idempotent_by' => array( 'idempotency_key' ),
			),
			'payload'             => array(
				'type'                 => 'object',
				'properties'           => array(
					'source'          => array(
						'description' => 'Form integration that produced the lead.',
						'type'        => 'string',
						'minLength'   => 1,
						'maxLength'   => 64,
					),
					'form_id'         => array(
						'description' => 'ID of the form.',
						'type'        => 'string',
						'minLength'   => 1,
						'maxLength'   => 191,
					),
					'fields'          => array(
						'description'          => 'Submitted fields: email (required), name, phone, locale, consent_version, and any others (scalars).',
						'type'                 => 'object',
						'properties'           => array(
							'name'            => array(
								'type'      => 'string',
								'maxLength' => 191,
							),
							'email'           => array(
								'type'      => 'string',
								'format'    => 'email',
								'maxLength' => 191,
							),
							'phone'           => array(
								'type'      => 'string',
								'maxLength' => 64,
							),
							'locale'          => array(
								'description' => 'The lead\'s locale (WordPress format, e.g. ru_RU); the site\'s when absent.',
								'type'        => 'string',
								'maxLength'   => 32,
							),
							'consent_version' => array(
								'description' => 'Version of the consent text the lead agreed to.',
								'type'        => 'string',
								'maxLength'   => 64,
							),
						),
						'required'             => array( 'email' ),
						'additionalProperties' => true,
					),
					'webinar_id'      => array(
						'description' => 'Webinar (post) ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'ref_id'          => array(
						'description' => 'Referral ID: who brought the lead (partner / referrer); empty when none.',
						'type'        => 'string',
						'maxLength'   => 191,
					),
					'consent'         => array(
						'description' => 'The lead agreed to be contacted.',
						'type'        => 'boolean',
					),
					'submitted_at'    => array(
						'description' => 'Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).',
						'type'        => 'string',
						'format'      => 'date-time',
					),
					'idempotency_key' => array(
						'description' => 'Client-made key; the same key is ingested once.',
						'type'        => 'string',
						'minLength'   => 8,
						'maxLength'   => 191,
					),
				),
				'required'             => array(
					'source',
					'form_id',
					'fields',
					'consent',
					'submitted_at',
					'idempotency_key',
				),
				'additionalProperties' => false,
			),
		),
		'core_lead_created'                    => array(
			'type'                => 'action',
			'layers'              => array( 'domain' ),
			'emitters'            => array( 'core' ),
			'listeners'           => array( 'scenario-engine' ),
			'listener_conditions' => array(),
			'browser'             => null,
			'rules'               => array(),
			'payload'             => array(
				'type'                 => 'object',
				'properties'           => array(
					'lead_id'   => array(
						'description' => 'Lead (attendee record) ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'timestamp' => array(
						'description' => 'Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).',
						'type'        => 'string',
						'format'      => 'date-time',
					),
				),
				'required'             => array( 'lead_id', 'timestamp' ),
				'additionalProperties' => false,
			),
		),
		'core_lead_updated'                    => array(
			'type'                => 'action',
			'layers'              => array( 'domain' ),
			'emitters'            => array( 'core' ),
			'listeners'           => array( 'scenario-engine' ),
			'listener_conditions' => array(),
			'browser'             => null,
			'rules'               => array(),
			'payload'             => array(
				'type'                 => 'object',
				'properties'           => array(
					'lead_id'   => array(
						'description' => 'Lead (attendee record) ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'timestamp' => array(
						'description' => 'Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).',
						'type'        => 'string',
						'format'      => 'date-time',
					),
					'changes'   => array(
						'description'          => 'Changed fields: name => new value.',
						'type'                 => 'object',
						'additionalProperties' => true,
					),
				),
				'required'             => array( 'lead_id', 'timestamp', 'changes' ),
				'additionalProperties' => false,
			),
		),
		'core_lead_deleted'                    => array(
			'type'                => 'action',
			'layers'              => array( 'domain' ),
			'emitters'            => array( 'core' ),
			'listeners'           => array( 'scenario-engine' ),
			'listener_conditions' => array(),
			'browser'             => null,
			'rules'               => array(),
			'payload'             => array(
				'type'                 => 'object',
				'properties'           => array(
					'lead_id'   => array(
						'description' => 'Lead (attendee record) ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'timestamp' => array(
						'description' => 'Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).',
						'type'        => 'string',
						'format'      => 'date-time',
					),
				),
				'required'             => array( 'lead_id', 'timestamp' ),
				'additionalProperties' => false,
			),
		),
		'core_lead_merged'                     => array(
			'type'                => 'action',
			'layers'              => array( 'domain' ),
			'emitters'            => array( 'core' ),
			'listeners'           => array( 'scenario-engine' ),
			'listener_conditions' => array(),
			'browser'             => null,
			'rules'               => array(),
			'payload'             => array(
				'type'                 => 'object',
				'properties'           => array(
					'lead_id'         => array(
						'description' => 'Lead (attendee record) ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'merged_lead_ids' => array(
						'description' => 'Leads merged into lead_id (they no longer exist).',
						'type'        => 'array',
						'items'       => array(
							'type'    => 'integer',
							'minimum' => 1,
						),
						'minItems'    => 1,
						'uniqueItems' => true,
					),
					'timestamp'       => array(
						'description' => 'Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).',
						'type'        => 'string',
						'format'      => 'date-time',
					),
				),
				'required'             => array( 'lead_id', 'merged_lead_ids', 'timestamp' ),
				'additionalProperties' => false,
			),
		),
		'core_webinar_set_status'              => array(
			'type'                => 'action',
			'layers'              => array( 'domain', 'ui' ),
			'emitters'            => array( 'webinar-control-integration' ),
			'listeners'           => array( 'core' ),
			'listener_conditions' => array(),
			'browser'             => 'inbound',
			'rules'               => array(
				'authorised_roles' => array( 'organizer', 'speaker' ),
			),
			'payload'             => array(
				'type'                 => 'object',
				'properties'           => array(
					'webinar_id' => array(
						'description' => 'Webinar (post) ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'status'     => array(
						'description' => 'Requested transition (models.room.transitions): start and stop are the seed\'s; reset (an organizer\'s, ended → scheduled, for a rehearsal), pause and archive (the system context\'s) are documented extensions.',
						'type'        => 'string',
						'enum'        => array( 'start', 'stop', 'reset', 'pause', 'archive' ),
					),
					'context'    => array(
						'description'          => 'Who asks for the change and through what, for authorisation and the audit trail.',
						'type'                 => 'object',
						'properties'           => array(
							'actor_id'   => array(
								'description' => 'WordPress user ID of the actor; 0 for the system context.',
								'type'        => 'integer',
								'minimum'     => 0,
							),
							'role'       => array(
								'description' => 'Canonical role the actor acts in.',
								'type'        => 'string',
								'enum'        => array(
									'administrator',
									'organizer',
									'speaker',
									'moderator',
									'attendee',
									'guest',
									'system',
								),
							),
							'source'     => array(
								'description' => 'Where the request came from, e.g. rest, cli, cron, php.',
								'type'        => 'string',
								'minLength'   => 1,
								'maxLength'   => 64,
							),
							'request_id' => array(
								'description' => 'Optional correlation ID of the originating request.',
								'type'        => 'string',
								'maxLength'   => 191,
							),
						),
						'required'             => array( 'actor_id', 'role', 'source' ),
						'additionalProperties' => true,
					),
				),
				'required'             => array( 'webinar_id', 'status', 'context' ),
				'additionalProperties' => false,
			),
		),
		'core_webinar_set_cta_visibility'      => array(
			'type'                => 'action',
			'layers'              => array( 'domain', 'ui' ),
			'emitters'            => array( 'room-ui', 'public-ui' ),
			'listeners'           => array( 'core' ),
			'listener_conditions' => array(),
			'browser'             => 'inbound',
			'rules'               => array(
				'authorised_roles' => array( 'organizer', 'speaker' ),
			),
			'payload'             => array(
				'type'                 => 'object',
				'properties'           => array(
					'webinar_id' => array(
						'description' => 'Webinar (post) ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'visible'    => array(
						'description' => 'Show (true) or hide (false) the CTA.',
						'type'        => 'boolean',
					),
					'context'    => array(
						'description'          => 'Who asks for the change and through what, for authorisation and the audit trail.',
						'type'                 => 'object',
						'properties'           => array(
							'actor_id'   => array(
								'description' => 'WordPress user ID of the actor; 0 for the system context.',
								'type'        => 'integer',
								'minimum'     => 0,
							),
							'role'       => array(
								'description' => 'Canonical role the actor acts in.',
								'type'        => 'string',
								'enum'        => array(
									'administrator',
									'organizer',
									'speaker',
									'moderator',
									'attendee',
									'guest',
									'system',
								),
							),
							'source'     => array(
								'description' => 'Where the request came from, e.g. rest, cli, cron, php.',
								'type'        => 'string',
								'minLength'   => 1,
								'maxLength'   => 64,
							),
							'request_id' => array(
								'description' => 'Optional correlation ID of the originating request.',
								'type'        => 'string',
								'maxLength'   => 191,
							),
						),
						'required'             => array( 'actor_id', 'role', 'source' ),
						'additionalProperties' => true,
					),
				),
				'required'             => array( 'webinar_id', 'visible', 'context' ),
				'additionalProperties' => false,
			),
		),
		'core_user_registered'                 => array(
			'type'                => 'action',
			'layers'              => array( 'domain' ),
			'emitters'            => array( 'core' ),
			'listeners'           => array( 'autowebinar-delivery' ),
			'listener_conditions' => array(),
			'browser'             => null,
			'rules'               => array(),
			'payload'             => array(
				'type'                 => 'object',
				'properties'           => array(
					'event_id'  => array(
						'description' => 'Unique ID of this fact (UUID).',
						'type'        => 'string',
						'format'      => 'uuid',
					),
					'user_id'   => array(
						'description' => 'WordPress user ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'ref_id'    => array(
						'description' => 'Referral ID: who brought the lead (partner / referrer); empty when none.',
						'type'        => 'string',
						'maxLength'   => 191,
					),
					'timestamp' => array(
						'description' => 'Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).',
						'type'        => 'string',
						'format'      => 'date-time',
					),
				),
				'required'             => array( 'event_id', 'user_id', 'ref_id', 'timestamp' ),
				'additionalProperties' => false,
			),
		),
		'core_user_login'                      => array(
			'type'                => 'action',
			'layers'              => array( 'domain' ),
			'emitters'            => array( 'core' ),
			'listeners'           => array( 'autowebinar-delivery' ),
			'listener_conditions' => array(),
			'browser'             => null,
			'rules'               => array(),
			'payload'             => array(
				'type'                 => 'object',
				'properties'           => array(
					'event_id'  => array(
						'description' => 'Unique ID of this fact (UUID).',
						'type'        => 'string',
						'format'      => 'uuid',
					),
					'user_id'   => array(
						'description' => 'WordPress user ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'ref_id'    => array(
						'description' => 'Referral ID: who brought the lead (partner / referrer); empty when none.',
						'type'        => 'string',
						'maxLength'   => 191,
					),
					'timestamp' => array(
						'description' => 'Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).',
						'type'        => 'string',
						'format'      => 'date-time',
					),
				),
				'required'             => array( 'event_id', 'user_id', 'ref_id', 'timestamp' ),
				'additionalProperties' => false,
			),
		),
		'core_ref_context_resolved'            => array(
			'type'                => 'action',
			'layers'              => array( 'domain' ),
			'emitters'            => array( 'core' ),
			'listeners'           => array( 'autowebinar-delivery' ),
			'listener_conditions' => array(),
			'browser'             => null,
			'rules'               => array(),
			'payload'             => array(
				'type'                 => 'object',
				'properties'           => array(
					'event_id'  => array(
						'description' => 'Unique ID of this fact (UUID).',
						'type'        => 'string',
						'format'      => 'uuid',
					),
					'user_id'   => array(
						'description' => 'WordPress user ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'ref_id'    => array(
						'description' => 'Referral ID: who brought the lead (partner / referrer); empty when none.',
						'type'        => 'string',
						'maxLength'   => 191,
					),
					'timestamp' => array(
						'description' => 'Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).',
						'type'        => 'string',
						'format'      => 'date-time',
					),
				),
				'required'             => array( 'event_id', 'user_id', 'ref_id', 'timestamp' ),
				'additionalProperties' => false,
			),
		),
		'client_webinar_registered'            => array(
			'type'                => 'action',
			'layers'              => array( 'client' ),
			'emitters'            => array( 'client-webinar-tracker' ),
			'listeners'           => array( 'action-consumer' ),
			'listener_conditions' => array(),
			'browser'             => null,
			'rules'               => array(
				'once_per' => array( 'lead_id', 'webinar_id', 'slot_id' ),
			),
			'payload'             => array(
				'type'                 => 'object',
				'properties'           => array(
					'lead_id'       => array(
						'description' => 'Lead (attendee record) ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'webinar_id'    => array(
						'description' => 'Webinar (post) ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'webinar_type'  => array(
						'description' => 'Live webinar or automated (evergreen) AutoWebinar.',
						'type'        => 'string',
						'enum'        => array( 'live', 'auto' ),
					),
					'slot_id'       => array(
						'description' => 'The webinar\'s slot (a live date, or an AutoWebinar showing).',
						'type'        => 'string',
						'minLength'   => 1,
						'maxLength'   => 191,
					),
					'registered_at' => array(
						'description' => 'Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).',
						'type'        => 'string',
						'format'      => 'date-time',
					),
					'source'        => array(
						'description' => 'Where the registration came from (form, import, api…).',
						'type'        => 'string',
						'minLength'   => 1,
						'maxLength'   => 64,
					),
				),
				'required'             => array(
					'lead_id',
					'webinar_id',
					'webinar_type',
					'slot_id',
					'registered_at',
					'source',
				),
				'additionalProperties' => false,
			),
		),
		'client_webinar_entered'               => array(
			'type'                => 'action',
			'layers'              => array( 'client' ),
			'emitters'            => array( 'client-webinar-tracker' ),
			'listeners'           => array( 'attendance-service', 'action-consumer' ),
			'listener_conditions' => array(),
			'browser'             => 'inbound',
			'rules'               => array(
				'once_per' => array( 'session_id' ),
			),
			'payload'             => array(
				'type'                 => 'object',
				'properties'           => array(
					'lead_id'    => array(
						'description' => 'Lead (attendee record) ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'webinar_id' => array(
						'description' => 'Webinar (post) ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'timestamp'  => array(
						'description' => 'Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).',
						'type'        => 'string',
						'format'      => 'date-time',
					),
					'session_id' => array(
						'description' => 'Participation session ID (UUID): one attendee\'s one visit to one webinar.',
						'type'        => 'string',
						'format'      => 'uuid',
					),
				),
				'required'             => array( 'lead_id', 'webinar_id', 'timestamp', 'session_id' ),
				'additionalProperties' => false,
			),
		),
		'client_webinar_left'                  => array(
			'type'                => 'action',
			'layers'              => array( 'client' ),
			'emitters'            => array( 'client-webinar-tracker' ),
			'listeners'           => array( 'attendance-service', 'action-consumer' ),
			'listener_conditions' => array(),
			'browser'             => 'inbound',
			'rules'               => array(
				'once_per' => array( 'session_id' ),
			),
			'payload'             => array(
				'type'                 => 'object',
				'properties'           => array(
					'lead_id'      => array(
						'description' => 'Lead (attendee record) ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'webinar_id'   => array(
						'description' => 'Webinar (post) ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'webinar_type' => array(
						'description' => 'Live webinar or automated (evergreen) AutoWebinar.',
						'type'        => 'string',
						'enum'        => array( 'live', 'auto' ),
					),
					'session_id'   => array(
						'description' => 'Participation session ID (UUID): one attendee\'s one visit to one webinar.',
						'type'        => 'string',
						'format'      => 'uuid',
					),
					'left_at'      => array(
						'description' => 'Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).',
						'type'        => 'string',
						'format'      => 'date-time',
					),
					'leave_reason' => array(
						'description' => 'Why the session ended.',
						'type'        => 'string',
						'enum'        => array( 'closed', 'navigated', 'timeout', 'ended', 'kicked', 'unknown' ),
					),
				),
				'required'             => array(
					'lead_id',
					'webinar_id',
					'webinar_type',
					'session_id',
					'left_at',
					'leave_reason',
				),
				'additionalProperties' => false,
			),
		),
		'client_webinar_completed'             => array(
			'type'                => 'action',
			'layers'              => array( 'client' ),
			'emitters'            => array( 'client-webinar-tracker' ),
			'listeners'           => array( 'event-emitter', 'attendance-service', 'action-consumer' ),
			'listener_conditions' => array(),
			'browser'             => 'inbound',
			'rules'               => array(
				'once_per' => array( 'session_id' ),
			),
			'payload'             => array(
				'type'                 => 'object',
				'properties'           => array(
					'lead_id'      => array(
						'description' => 'Lead (attendee record) ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'webinar_id'   => array(
						'description' => 'Webinar (post) ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'webinar_type' => array(
						'description' => 'Live webinar or automated (evergreen) AutoWebinar.',
						'type'        => 'string',
						'enum'        => array( 'live', 'auto' ),
					),
					'session_id'   => array(
						'description' => 'Participation session ID (UUID): one attendee\'s one visit to one webinar.',
						'type'        => 'string',
						'format'      => 'uuid',
					),
					'completed_at' => array(
						'description' => 'Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).',
						'type'        => 'string',
						'format'      => 'date-time',
					),
				),
				'required'             => array( 'lead_id', 'webinar_id', 'webinar_type', 'session_id', 'completed_at' ),
				'additionalProperties' => false,
			),
		),
		'client_webinar_form_submitted'        => array(
			'type'                => 'action',
			'layers'              => array( 'client' ),
			'emitters'            => array( 'client-webinar-tracker' ),
			'listeners'           => array( 'action-consumer' ),
			'listener_conditions' => array(),
			'browser'             => 'inbound',
			'rules'               => array(
				'repeatable' => true,
			),
			'payload'             => array(
				'type'                 => 'object',
				'properties'           => array(
					'lead_id'      => array(
						'description' => 'Lead (attendee record) ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'webinar_id'   => array(
						'description' => 'Webinar (post) ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'webinar_type' => array(
						'description' => 'Live webinar or automated (evergreen) AutoWebinar.',
						'type'        => 'string',
						'enum'        => array( 'live', 'auto' ),
					),
					'session_id'   => array(
						'description' => 'Participation session ID (UUID): one attendee\'s one visit to one webinar.',
						'type'        => 'string',
						'format'      => 'uuid',
					),
					'submitted_at' => array(
						'description' => 'Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).',
						'type'        => 'string',
						'format'      => 'date-time',
					),
					'form_id'      => array(
						'description' => 'ID of the form.',
						'type'        => 'string',
						'minLength'   => 1,
						'maxLength'   => 191,
					),
					'form_payload' => array(
						'description'          => 'The submitted answers.',
						'type'                 => 'object',
						'additionalProperties' => true,
					),
				),
				'required'             => array(
					'lead_id',
					'webinar_id',
					'webinar_type',
					'session_id',
					'submitted_at',
					'form_id',
					'form_payload',
				),
				'additionalProperties' => false,
			),
		),
		'webinar_completed'                    => array(
			'type'                => 'action',
			'layers'              => array( 'client' ),
			'emitters'            => array( 'event-emitter' ),
			'listeners'           => array( 'scenario-service', 'action-consumer' ),
			'listener_conditions' => array(),
			'browser'             => null,
			'rules'               => array(
				'once_per' => array( 'session_id' ),
			),
			'payload'             => array(
				'type'                 => 'object',
				'properties'           => array(
					'lead_id'      => array(
						'description' => 'Lead (attendee record) ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'webinar_id'   => array(
						'description' => 'Webinar (post) ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'webinar_type' => array(
						'description' => 'Live webinar or automated (evergreen) AutoWebinar.',
						'type'        => 'string',
						'enum'        => array( 'live', 'auto' ),
					),
					'session_id'   => array(
						'description' => 'Participation session ID (UUID): one attendee\'s one visit to one webinar.',
						'type'        => 'string',
						'format'      => 'uuid',
					),
					'completed_at' => array(
						'description' => 'Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).',
						'type'        => 'string',
						'format'      => 'date-time',
					),
				),
				'required'             => array( 'lead_id', 'webinar_id', 'webinar_type', 'session_id', 'completed_at' ),
				'additionalProperties' => false,
			),
		),
		'client_webinar_attendance_classified' => array(
			'type'                => 'action',
			'layers'              => array( 'client', 'integrations' ),
			'emitters'            => array( 'attendance-service' ),
			'listeners'           => array( 'attendance-telegram', 'post-webinar-routing', 'action-consumer' ),
			'listener_conditions' => array(),
			'browser'             => null,
			'rules'               => array(
				'once_per' => array( 'lead_id', 'webinar_id' ),
			),
			'payload'             => array(
				'type'                 => 'object',
				'properties'           => array(
					'lead_id'    => array(
						'description' => 'Lead (attendee record) ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'webinar_id' => array(
						'description' => 'Webinar (post) ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'attended'   => array(
						'description' => 'Whether the lead attended.',
						'type'        => 'boolean',
					),
					'timestamp'  => array(
						'description' => 'Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).',
						'type'        => 'string',
						'format'      => 'date-time',
					),
				),
				'required'             => array( 'lead_id', 'webinar_id', 'attended', 'timestamp' ),
				'additionalProperties' => false,
			),
		),
		'post_webinar_route'                   => array(
			'type'                => 'action',
			'layers'              => array( 'client', 'integrations' ),
			'emitters'            => array( 'post-webinar-routing' ),
			'listeners'           => array( 'followup-telegram', 'recording-followup-telegram' ),
			'listener_conditions' => array(
				'followup-telegram'           => array(
					'route' => 'attended',
				),
				'recording-followup-telegram' => array(
					'route' => 'not_attended',
				),
			),
			'browser'             => null,
			'rules'               => array(
				'once_per' => array( 'lead_id', 'webinar_id' ),
			),
			'payload'             => array(
				'type'                 => 'object',
				'properties'           => array(
					'lead_id'    => array(
						'description' => 'Lead (attendee record) ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'webinar_id' => array(
						'description' => 'Webinar (post) ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'attended'   => array(
						'description' => 'Whether the lead attended.',
						'type'        => 'boolean',
					),
					'timestamp'  => array(
						'description' => 'Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).',
						'type'        => 'string',
						'format'      => 'date-time',
					),
					'route'      => array(
						'description' => 'attended when attended is true, not_attended otherwise.',
						'type'        => 'string',
						'enum'        => array( 'attended', 'not_attended' ),
					),
				),
				'required'             => array( 'lead_id', 'webinar_id', 'attended', 'timestamp', 'route' ),
				'additionalProperties' => false,
				'oneOf'                => array(
					array(
						'title'      => 'attended route',
						'type'       => 'object',
						'properties' => array(
							'attended' => array(
								'type' => 'boolean',
								'enum' => array( true ),
							),
							'route'    => array(
								'type' => 'string',
								'enum' => array( 'attended' ),
							),
						),
					),
					array(
						'title'      => 'not_attended route',
						'type'       => 'object',
						'properties' => array(
							'attended' => array(
								'type' => 'boolean',
								'enum' => array( false ),
							),
							'route'    => array(
								'type' => 'string',
								'enum' => array( 'not_attended' ),
							),
						),
					),
				),
			),
		),
		'autowebinar_session_created'          => array(
			'type'                => 'action',
			'layers'              => array( 'delivery' ),
			'emitters'            => array( 'autowebinar-delivery' ),
			'listeners'           => array( 'core', 'analytics' ),
			'listener_conditions' => array(),
			'browser'             => null,
			'rules'               => array(
				'once_per' => array( 'session_id' ),
			),
			'payload'             => array(
				'type'                 => 'object',
				'properties'           => array(
					'event_id'   => array(
						'description' => 'Unique ID of this fact (UUID).',
						'type'        => 'string',
						'format'      => 'uuid',
					),
					'user_id'    => array(
						'description' => 'WordPress user ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'ref_id'     => array(
						'description' => 'Referral ID: who brought the lead (partner / referrer); empty when none.',
						'type'        => 'string',
						'maxLength'   => 191,
					),
					'timestamp'  => array(
						'description' => 'Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).',
						'type'        => 'string',
						'format'      => 'date-time',
					),
					'session_id' => array(
						'description' => 'Participation session ID (UUID): one attendee\'s one visit to one webinar.',
						'type'        => 'string',
						'format'      => 'uuid',
					),
				),
				'required'             => array( 'event_id', 'user_id', 'ref_id', 'timestamp', 'session_id' ),
				'additionalProperties' => false,
			),
		),
		'autowebinar_join'                     => array(
			'type'                => 'action',
			'layers'              => array( 'delivery' ),
			'emitters'            => array( 'autowebinar-delivery' ),
			'listeners'           => array( 'core', 'analytics' ),
			'listener_conditions' => array(),
			'browser'             => 'inbound',
			'rules'               => array(
				'once_per' => array( 'session_id' ),
			),
			'payload'             => array(
				'type'                 => 'object',
				'properties'           => array(
					'event_id'   => array(
						'description' => 'Unique ID of this fact (UUID).',
						'type'        => 'string',
						'format'      => 'uuid',
					),
					'user_id'    => array(
						'description' => 'WordPress user ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'ref_id'     => array(
						'description' => 'Referral ID: who brought the lead (partner / referrer); empty when none.',
						'type'        => 'string',
						'maxLength'   => 191,
					),
					'timestamp'  => array(
						'description' => 'Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).',
						'type'        => 'string',
						'format'      => 'date-time',
					),
					'session_id' => array(
						'description' => 'Participation session ID (UUID): one attendee\'s one visit to one webinar.',
						'type'        => 'string',
						'format'      => 'uuid',
					),
				),
				'required'             => array( 'event_id', 'user_id', 'ref_id', 'timestamp', 'session_id' ),
				'additionalProperties' => false,
			),
		),
		'autowebinar_progress'                 => array(
			'type'                => 'action',
			'layers'              => array( 'delivery' ),
			'emitters'            => array( 'autowebinar-delivery' ),
			'listeners'           => array( 'core', 'analytics' ),
			'listener_conditions' => array(),
			'browser'             => 'inbound',
			'rules'               => array(
				'once_per'        => array( 'session_id', 'progress' ),
				'progress_values' => array( 25, 50, 75, 100 ),
			),
			'payload'             => array(
				'type'                 => 'object',
				'properties'           => array(
					'event_id'   => array(
						'description' => 'Unique ID of this fact (UUID).',
						'type'        => 'string',
						'format'      => 'uuid',
					),
					'user_id'    => array(
						'description' => 'WordPress user ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'ref_id'     => array(
						'description' => 'Referral ID: who brought the lead (partner / referrer); empty when none.',
						'type'        => 'string',
						'maxLength'   => 191,
					),
					'timestamp'  => array(
						'description' => 'Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).',
						'type'        => 'string',
						'format'      => 'date-time',
					),
					'session_id' => array(
						'description' => 'Participation session ID (UUID): one attendee\'s one visit to one webinar.',
						'type'        => 'string',
						'format'      => 'uuid',
					),
					'progress'   => array(
						'description' => 'Percentage watched: a milestone, never an intermediate value.',
						'type'        => 'integer',
						'enum'        => array( 25, 50, 75, 100 ),
					),
				),
				'required'             => array( 'event_id', 'user_id', 'ref_id', 'timestamp', 'session_id', 'progress' ),
				'additionalProperties' => false,
			),
		),
		'autowebinar_cta_click'                => array(
			'type'                => 'action',
			'layers'              => array( 'delivery' ),
			'emitters'            => array( 'autowebinar-delivery' ),
			'listeners'           => array( 'core', 'analytics' ),
			'listener_conditions' => array(),
			'browser'             => 'inbound',
			'rules'               => array(
				'repeatable' => true,
			),
			'payload'             => array(
				'type'                 => 'object',
				'properties'           => array(
					'event_id'   => array(
						'description' => 'Unique ID of this fact (UUID).',
						'type'        => 'string',
						'format'      => 'uuid',
					),
					'user_id'    => array(
						'description' => 'WordPress user ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'ref_id'     => array(
						'description' => 'Referral ID: who brought the lead (partner / referrer); empty when none.',
						'type'        => 'string',
						'maxLength'   => 191,
					),
					'timestamp'  => array(
						'description' => 'Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).',
						'type'        => 'string',
						'format'      => 'date-time',
					),
					'session_id' => array(
						'description' => 'Participation session ID (UUID): one attendee\'s one visit to one webinar.',
						'type'        => 'string',
						'format'      => 'uuid',
					),
				),
				'required'             => array( 'event_id', 'user_id', 'ref_id', 'timestamp', 'session_id' ),
				'additionalProperties' => false,
			),
		),
		'autowebinar_completed'                => array(
			'type'                => 'action',
			'layers'              => array( 'delivery' ),
			'emitters'            => array( 'autowebinar-delivery' ),
			'listeners'           => array( 'core', 'analytics' ),
			'listener_conditions' => array(),
			'browser'             => 'inbound',
			'rules'               => array(
				'once_per' => array( 'session_id' ),
			),
			'payload'             => array(
				'type'                 => 'object',
				'properties'           => array(
					'event_id'   => array(
						'description' => 'Unique ID of this fact (UUID).',
						'type'        => 'string',
						'format'      => 'uuid',
					),
					'user_id'    => array(
						'description' => 'WordPress user ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'ref_id'     => array(
						'description' => 'Referral ID: who brought the lead (partner / referrer); empty when none.',
						'type'        => 'string',
						'maxLength'   => 191,
					),
					'timestamp'  => array(
						'description' => 'Moment in time, ISO 8601 / RFC 3339 with a time zone (UTC recommended).',
						'type'        => 'string',
						'format'      => 'date-time',
					),
					'session_id' => array(
						'description' => 'Participation session ID (UUID): one attendee\'s one visit to one webinar.',
						'type'        => 'string',
						'format'      => 'uuid',
					),
				),
				'required'             => array( 'event_id', 'user_id', 'ref_id', 'timestamp', 'session_id' ),
				'additionalProperties' => false,
			),
		),
	);

	/**
	 * Modules by ID; `class` is the PHP entry class, null for browser-only or external modules.
	 *
	 * @var array<string, array{class: string|null, external: bool, description: string}>
	 */
	public const MODULES = array(
		'core'                        => array(
			'class'       => 'Webinars\\Modules\\Core\\Module',
			'external'    => false,
			'description' => 'Owns the data (webinars, leads, participation) and applies the inbound canonical actions.',
		),
		'integration-web-form'        => array(
			'class'       => 'Webinars\\Modules\\IntegrationWebForm\\Module',
			'external'    => false,
			'description' => 'Turns web-form submissions into core_ingest_event.',
		),
		'scenario-engine'             => array(
			'class'       => 'Webinars\\Modules\\ScenarioEngine\\Module',
			'external'    => false,
			'description' => 'Starts scenarios from the lead lifecycle.',
		),
		'client-webinar-tracker'      => array(
			'class'       => 'Webinars\\Modules\\ClientWebinarTracker\\Module',
			'external'    => false,
			'description' => 'Records the attendee\'s participation facts (registered, entered, left, completed, form submitted).',
		),
		'attendance-service'          => array(
			'class'       => 'Webinars\\Modules\\AttendanceService\\Module',
			'external'    => false,
			'description' => 'Classifies attendance (attended / not attended).',
		),
		'event-emitter'               => array(
			'class'       => 'Webinars\\Modules\\EventEmitter\\Module',
			'external'    => false,
			'description' => 'Normalises client_webinar_completed into the downstream webinar_completed.',
		),
		'action-consumer'             => array(
			'class'       => 'Webinars\\Modules\\ActionConsumer\\Module',
			'external'    => false,
			'description' => 'Consumes client facts for integrations (outbound webhooks, CRM).',
		),
		'scenario-service'            => array(
			'class'       => 'Webinars\\Modules\\ScenarioService\\Module',
			'external'    => false,
			'description' => 'Runs post-completion scenarios.',
		),
		'post-webinar-routing'        => array(
			'class'       => 'Webinars\\Modules\\PostWebinarRouting\\Module',
			'external'    => false,
			'description' => 'Routes a classified lead to the attended or not-attended follow-up.',
		),
		'attendance-telegram'         => array(
			'class'       => 'Webinars\\Modules\\AttendanceTelegram\\Module',
			'external'    => false,
			'description' => 'Tells the partner on Telegram whether their lead attended.',
		),
		'followup-telegram'           => array(
			'class'       => 'Webinars\\Modules\\FollowupTelegram\\Module',
			'external'    => false,
			'description' => 'Telegram follow-up to a lead who attended.',
		),
		'recording-followup-telegram' => array(
			'class'       => 'Webinars\\Modules\\RecordingFollowupTelegram\\Module',
			'external'    => false,
			'description' => 'Sends the recording on Telegram to a lead who did not attend.',
		),
		'autowebinar-delivery'        => array(
			'class'       => 'Webinars\\Modules\\AutowebinarDelivery\\Module',
			'external'    => false,
			'description' => 'AutoWebinar runtime: sessions, join, progress, CTA clicks, completion.',
		),
		'webinar-control-integration' => array(
			'class'       => 'Webinars\\Modules\\WebinarControlIntegration\\Module',
			'external'    => false,
			'description' => 'The speaker\'s controls: turns REST requests into core_webinar_set_status / core_webinar_set_cta_visibility.',
		),
		'notifications'               => array(
			'class'       => 'Webinars\\Modules\\Notifications\\Module',
			'external'    => false,
			'description' => 'Notification API (seed 002): events in, notification jobs out to email, Telegram, webhooks.',
		),
		'room-ui'                     => array(
			'class'       => 'Webinars\\Modules\\RoomUi\\Module',
			'external'    => false,
			'description' => 'The speaker room block: Start / Stop, Show / Hide CTA, live status and attendee count; emits through the JS hooks mirror.',
		),
		'public-ui'                   => array(
			'class'       => 'Webinars\\Modules\\PublicUi\\Module',
			'external'    => false,
			'description' => 'The attendee view block: status banner, countdown, ended state, the live CTA.',
		),
		'analytics'                   => array(
			'class'       => null,
			'external'    => true,
			'description' => 'External analytics consumers (third-party listeners); not a module of this plugin.',
		),
	);

	/**
	 * Roles created on activation (and capabilities granted to existing roles), removed on uninstall.
	 *
	 * @var array<string, array{slug: string, label: string|null, existing: bool, capabilities: list<string>}>
	 */
	public const ROLES = array(
		'organizer'     => array(
			'slug'         => 'webinars_organizer',
			'label'        => 'Webinar organizer',
			'existing'     => false,
			'capabilities' => array(
				'read',
				'webinars_edit_webinars',
				'webinars_control_assigned_webinars',
				'webinars_moderate',
				'webinars_attend',
			),
		),
		'speaker'       => array(
			'slug'         => 'webinars_speaker',
			'label'        => 'Webinar speaker',
			'existing'     => false,
			'capabilities' => array( 'read', 'webinars_control_assigned_webinars', 'webinars_attend' ),
		),
		'moderator'     => array(
			'slug'         => 'webinars_moderator',
			'label'        => 'Webinar moderator',
			'existing'     => false,
			'capabilities' => array( 'read', 'webinars_moderate', 'webinars_attend' ),
		),
		'attendee'      => array(
			'slug'         => 'webinars_attendee',
			'label'        => 'Webinar attendee',
			'existing'     => false,
			'capabilities' => array( 'read', 'webinars_attend' ),
		),
		'guest'         => array(
			'slug'         => 'webinars_guest',
			'label'        => 'Webinar guest',
			'existing'     => false,
			'capabilities' => array( 'read' ),
		),
		'system'        => array(
			'slug'         => 'webinars_system',
			'label'        => 'Webinars system (integrations)',
			'existing'     => false,
			'capabilities' => array(
				'read',
				'webinars_set_internal_status',
				'webinars_emit_system_events',
				'webinars_attend',
			),
		),
		'administrator' => array(
			'slug'         => 'administrator',
			'label'        => null,
			'existing'     => true,
			'capabilities' => array(
				'webinars_manage',
				'webinars_edit_webinars',
				'webinars_edit_others_webinars',
				'webinars_assign_staff',
				'webinars_control_all_webinars',
				'webinars_moderate',
			),
		),
	);

}
