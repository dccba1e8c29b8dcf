<?php
/**
 * The room model: statuses, transitions, the CTA rule, the state shapes and the error map.
 *
 * GENERATED from contracts/canon.json by scripts/generate-contracts.mjs: do not edit; run `npm run contracts`.
 *
 * @package Webinars
 */

namespace Webinars\Contracts;

defined( 'ABSPATH' ) || exit;

/**
 * The room model: statuses, transitions, the CTA rule, the state shapes and the error map.
 *
 * @since 0.2.0
 */
final class Room {
	/**
	 * Status of a new room.
	 *
	 * @since 0.2.0
	 */
	public const INITIAL = 'scheduled';

	/**
	 * Room status: Scheduled.
	 *
	 * @since 0.2.0
	 */
	public const STATUS_SCHEDULED = 'scheduled';

	/**
	 * Room status: Live.
	 *
	 * @since 0.2.0
	 */
	public const STATUS_LIVE = 'live';

	/**
	 * Room status: Paused.
	 *
	 * @since 0.2.0
	 */
	public const STATUS_PAUSED = 'paused';

	/**
	 * Room status: Ended.
	 *
	 * @since 0.2.0
	 */
	public const STATUS_ENDED = 'ended';

	/**
	 * Room status: Archived.
	 *
	 * @since 0.2.0
	 */
	public const STATUS_ARCHIVED = 'archived';

	/**
	 * Requested transition: start (scheduled | paused → live).
	 *
	 * @since 0.2.0
	 */
	public const REQUEST_START = 'start';

	/**
	 * Requested transition: stop (live | paused → ended).
	 *
	 * @since 0.2.0
	 */
	public const REQUEST_STOP = 'stop';

	/**
	 * Requested transition: reset (ended → scheduled).
	 *
	 * @since 0.2.0
	 */
	public const REQUEST_RESET = 'reset';

	/**
	 * Requested transition: pause (live → paused).
	 *
	 * @since 0.2.0
	 */
	public const REQUEST_PAUSE = 'pause';

	/**
	 * Requested transition: archive (scheduled | ended → archived).
	 *
	 * @since 0.2.0
	 */
	public const REQUEST_ARCHIVE = 'archive';

	/**
	 * Error (HTTP 400): A field breaks its schema; the message names it.
	 *
	 * @since 0.2.0
	 */
	public const ERROR_INVALID = 'webinars_invalid';

	/**
	 * Error (HTTP 401): No valid credential: log in, or a valid room key or join token.
	 *
	 * @since 0.2.0
	 */
	public const ERROR_UNAUTHENTICATED = 'webinars_unauthenticated';

	/**
	 * Error (HTTP 403): Authenticated, but not allowed to do this.
	 *
	 * @since 0.2.0
	 */
	public const ERROR_FORBIDDEN = 'webinars_forbidden';

	/**
	 * Error (HTTP 404): No such published webinar.
	 *
	 * @since 0.2.0
	 */
	public const ERROR_NOT_FOUND = 'webinars_not_found';

	/**
	 * Error (HTTP 409): The room's status does not allow this change now.
	 *
	 * @since 0.2.0
	 */
	public const ERROR_ILLEGAL_TRANSITION = 'webinars_illegal_transition';

	/**
	 * Error (HTTP 409): The room changed meanwhile; reload and try again.
	 *
	 * @since 0.2.0
	 */
	public const ERROR_CONFLICT = 'webinars_conflict';

	/**
	 * Error (HTTP 429): Too many requests; the Retry-After header says when to come back.
	 *
	 * @since 0.2.0
	 */
	public const ERROR_THROTTLED = 'webinars_throttled';

	/**
	 * Every room status, in lifecycle order.
	 *
	 * @since 0.2.0
	 * @var list<string>
	 */
	public const STATUSES = array( 'scheduled', 'live', 'paused', 'ended', 'archived' );

	/**
	 * Transitions: requested status => allowed from-statuses, resulting status, and the capability (checked with the webinar ID) that may ask for it.
	 *
	 * @since 0.2.0
	 * @var array<string, array{from: list<string>, to: string, capability: string}>
	 */
	public const TRANSITIONS = array(
		'start'   => array(
			'from'       => array( 'scheduled', 'paused' ),
			'to'         => 'live',
			'capability' => 'webinars_control_webinar',
		),
		'stop'    => array(
			'from'       => array( 'live', 'paused' ),
			'to'         => 'ended',
			'capability' => 'webinars_control_webinar',
		),
		'reset'   => array(
			'from'       => array( 'ended' ),
			'to'         => 'scheduled',
			'capability' => 'webinars_organize_webinar',
		),
		'pause'   => array(
			'from'       => array( 'live' ),
			'to'         => 'paused',
			'capability' => 'webinars_set_internal_status',
		),
		'archive' => array(
			'from'       => array( 'scheduled', 'ended' ),
			'to'         => 'archived',
			'capability' => 'webinars_set_internal_status',
		),
	);

	/**
	 * Statuses in which the CTA may be shown or hidden (after the end too: a post-webinar offer).
	 *
	 * @since 0.2.0
	 * @var list<string>
	 */
	public const CTA_STATUSES = array( 'scheduled', 'live', 'paused', 'ended' );

	/**
	 * Error codes of room commands and reads => HTTP status: the one error map.
	 *
	 * @since 0.2.0
	 * @var array<string, int>
	 */
	public const ERRORS = array(
		'webinars_invalid'            => 400,
		'webinars_unauthenticated'    => 401,
		'webinars_forbidden'          => 403,
		'webinars_not_found'          => 404,
		'webinars_illegal_transition' => 409,
		'webinars_conflict'           => 409,
		'webinars_throttled'          => 429,
	);

	/**
	 * JSON schema of the shared room state.
	 *
	 * @since 0.2.0
	 * @var array<string, mixed>
	 */
	public const STATE_SCHEMA = array(
		'description'          => 'The shared room state: the same for everyone in the room (GET /webinars/v1/rooms/{id}). The CTA\'s content is present only while it is visible.',
		'type'                 => 'object',
		'properties'           => array(
			'webinar_id' => array(
				'description' => 'Webinar (post) ID.',
				'type'        => 'integer',
				'minimum'     => 1,
				'maximum'     => 9007199254740991,
			),
			'status'     => array(
				'description' => 'Status of a webinar\'s room (models.room.statuses).',
				'type'        => 'string',
				'enum'        => array( 'scheduled', 'live', 'paused', 'ended', 'archived' ),
			),
			'version'    => array(
				'description' => 'Grows with every change of status, CTA visibility or content; 0 in a page that withheld content.',
				'type'        => 'integer',
				'minimum'     => 0,
			),
			'starts_at'  => array(
				'description' => 'Start time (ISO 8601 with its offset), or empty.',
				'type'        => 'string',
			),
			'cta'        => array(
				'description'          => 'The call-to-action.',
				'type'                 => 'object',
				'properties'           => array(
					'visible' => array(
						'type' => 'boolean',
					),
					'text'    => array(
						'type' => 'string',
					),
					'label'   => array(
						'type' => 'string',
					),
					'url'     => array(
						'type' => 'string',
					),
				),
				'required'             => array( 'visible' ),
				'additionalProperties' => false,
			),
		),
		'required'             => array( 'webinar_id', 'status', 'version', 'starts_at', 'cta' ),
		'additionalProperties' => false,
	);

	/**
	 * JSON schema of the caller's participation (/me).
	 *
	 * @since 0.2.0
	 * @var array<string, mixed>
	 */
	public const ME_SCHEMA = array(
		'description'          => 'The caller\'s participation (GET /webinars/v1/rooms/{id}/me).',
		'type'                 => 'object',
		'properties'           => array(
			'webinar_id'    => array(
				'description' => 'Webinar (post) ID.',
				'type'        => 'integer',
				'minimum'     => 1,
				'maximum'     => 9007199254740991,
			),
			'room_key'      => array(
				'description' => 'Key that authorises reading the shared state.',
				'type'        => 'string',
			),
			'participant'   => array(
				'type'                 => 'object',
				'properties'           => array(
					'kind'      => array(
						'description' => 'user for a logged-in user; lead for a join-token holder.',
						'type'        => 'string',
					),
					'id'        => array(
						'type' => 'string',
					),
					'last_seen' => array(
						'description' => 'When the caller was last seen in the room (this request), ISO 8601.',
						'type'        => 'string',
						'format'      => 'date-time',
					),
				),
				'required'             => array( 'kind', 'id', 'last_seen' ),
				'additionalProperties' => false,
			),
			'role'          => array(
				'description' => 'The role the caller acts in here.',
				'type'        => 'string',
			),
			'can_control'   => array(
				'description' => 'May start, stop and toggle the CTA.',
				'type'        => 'boolean',
			),
			'can_organize'  => array(
				'description' => 'May reset the webinar after a rehearsal.',
				'type'        => 'boolean',
			),
			'attendees_now' => array(
				'description' => 'Attendees (not organizers, speakers or administrators) seen in the presence window; null unless the caller can control the room.',
				'type'        => array( 'integer', 'null' ),
			),
			'poll_interval' => array(
				'description' => 'Milliseconds between state polls.',
				'type'        => 'integer',
				'minimum'     => 500,
			),
			'media'         => array(
				'description'          => 'The webinar\'s players for this participant (never in the shared state): the stream and the recording, each null when not set. The view shows the stream while live, the recording once ended.',
				'type'                 => 'object',
				'properties'           => array(
					'stream'    => array(
						'description'          => 'How to play one media URL: an iframe player (embed) or a <video> (video: .mp4, .webm, HLS .m3u8); null when none is set or the URL is not playable.',
						'type'                 => array( 'object', 'null' ),
						'properties'           => array(
							'kind' => array(
								'type' => 'string',
								'enum' => array( 'embed', 'video' ),
							),
							'src'  => array(
								'type' => 'string',
							),
						),
						'required'             => array( 'kind', 'src' ),
						'additionalProperties' => false,
					),
					'recording' => array(
						'description'          => 'How to play one media URL: an iframe player (embed) or a <video> (video: .mp4, .webm, HLS .m3u8); null when none is set or the URL is not playable.',
						'type'                 => array( 'object', 'null' ),
						'properties'           => array(
							'kind' => array(
								'type' => 'string',
								'enum' => array( 'embed', 'video' ),
							),
							'src'  => array(
								'type' => 'string',
							),
						),
						'required'             => array( 'kind', 'src' ),
						'additionalProperties' => false,
					),
				),
				'required'             => array( 'stream', 'recording' ),
				'additionalProperties' => false,
			),
			'state'         => array(
				'description'          => 'The shared room state: the same for everyone in the room (GET /webinars/v1/rooms/{id}). The CTA\'s content is present only while it is visible.',
				'type'                 => 'object',
				'properties'           => array(
					'webinar_id' => array(
						'description' => 'Webinar (post) ID.',
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 9007199254740991,
					),
					'status'     => array(
						'description' => 'Status of a webinar\'s room (models.room.statuses).',
						'type'        => 'string',
						'enum'        => array( 'scheduled', 'live', 'paused', 'ended', 'archived' ),
					),
					'version'    => array(
						'description' => 'Grows with every change of status, CTA visibility or content; 0 in a page that withheld content.',
						'type'        => 'integer',
						'minimum'     => 0,
					),
					'starts_at'  => array(
						'description' => 'Start time (ISO 8601 with its offset), or empty.',
						'type'        => 'string',
					),
					'cta'        => array(
						'description'          => 'The call-to-action.',
						'type'                 => 'object',
						'properties'           => array(
							'visible' => array(
								'type' => 'boolean',
							),
							'text'    => array(
								'type' => 'string',
							),
							'label'   => array(
								'type' => 'string',
							),
							'url'     => array(
								'type' => 'string',
							),
						),
						'required'             => array( 'visible' ),
						'additionalProperties' => false,
					),
				),
				'required'             => array( 'webinar_id', 'status', 'version', 'starts_at', 'cta' ),
				'additionalProperties' => false,
			),
		),
		'required'             => array(
			'webinar_id',
			'room_key',
			'participant',
			'role',
			'can_control',
			'can_organize',
			'attendees_now',
			'poll_interval',
			'state',
		),
		'additionalProperties' => false,
	);

	/**
	 * The status a request leads to, or null for an unknown request.
	 *
	 * @since 0.2.0
	 *
	 * @param string $request Requested transition.
	 */
	public static function target( string $request ): ?string {
		return self::TRANSITIONS[ $request ]['to'] ?? null;
	}

	/**
	 * Whether $request may be applied to a room in $status.
	 *
	 * @since 0.2.0
	 *
	 * @param string $request Requested transition.
	 * @param string $status  Current status.
	 */
	public static function allows( string $request, string $status ): bool {
		return in_array( $status, self::TRANSITIONS[ $request ]['from'] ?? array(), true );
	}

	/**
	 * Whether the CTA may change in $status.
	 *
	 * @since 0.2.0
	 *
	 * @param string $status Current status.
	 */
	public static function cta_may_change( string $status ): bool {
		return in_array( $status, self::CTA_STATUSES, true );
	}

	/**
	 * The HTTP status of an error code (500 for a code the contract does not know).
	 *
	 * @since 0.2.0
	 *
	 * @param string $code Error code.
	 */
	public static function http_status( string $code ): int {
		return self::ERRORS[ $code ] ?? 500;
	}

	/**
	 * A status as a label ("Live").
	 *
	 * @since 0.2.0
	 *
	 * @param string $status Key.
	 */
	public static function status_label( string $status ): string {
		switch ( $status ) {
			case 'scheduled':
				return __( 'Scheduled', 'webinars' );
			case 'live':
				return __( 'Live', 'webinars' );
			case 'paused':
				return __( 'Paused', 'webinars' );
			case 'ended':
				return __( 'Ended', 'webinars' );
			case 'archived':
				return __( 'Archived', 'webinars' );
			default:
				return $status;
		}
	}

	/**
	 * A status as the end of a sentence ("it has ended").
	 *
	 * @since 0.2.0
	 *
	 * @param string $status Key.
	 */
	public static function status_phrase( string $status ): string {
		switch ( $status ) {
			case 'scheduled':
				return __( 'it has not started yet', 'webinars' );
			case 'live':
				return __( 'it is live', 'webinars' );
			case 'paused':
				return __( 'it is paused', 'webinars' );
			case 'ended':
				return __( 'it has ended', 'webinars' );
			case 'archived':
				return __( 'it is archived', 'webinars' );
			default:
				return $status;
		}
	}

	/**
	 * A request as a button label ("Start").
	 *
	 * @since 0.2.0
	 *
	 * @param string $request Key.
	 */
	public static function request_label( string $request ): string {
		switch ( $request ) {
			case 'start':
				return __( 'Start', 'webinars' );
			case 'stop':
				return __( 'Stop', 'webinars' );
			case 'reset':
				return __( 'Reset', 'webinars' );
			case 'pause':
				return __( 'Pause', 'webinars' );
			case 'archive':
				return __( 'Archive', 'webinars' );
			default:
				return $request;
		}
	}

	/**
	 * The start of a refusal ("Cannot start the webinar").
	 *
	 * @since 0.2.0
	 *
	 * @param string $request Key.
	 */
	public static function refusal( string $request ): string {
		switch ( $request ) {
			case 'start':
				return __( 'Cannot start the webinar', 'webinars' );
			case 'stop':
				return __( 'Cannot stop the webinar', 'webinars' );
			case 'reset':
				return __( 'Cannot reset the webinar', 'webinars' );
			case 'pause':
				return __( 'Cannot pause the webinar', 'webinars' );
			case 'archive':
				return __( 'Cannot archive the webinar', 'webinars' );
			default:
				return $request;
		}
	}
}
