<?php
/**
 * The webinar model: post type and meta fields.
 *
 * GENERATED from contracts/canon.json by scripts/generate-contracts.mjs: do not edit; run `npm run contracts`.
 *
 * @package Webinars
 */

namespace Webinars\Contracts;

defined( 'ABSPATH' ) || exit;

/**
 * The webinar model: post type and meta fields.
 *
 * @since 0.2.0
 */
final class Webinar {
	/**
	 * Post type of webinars.
	 *
	 * @since 0.2.0
	 */
	public const POST_TYPE = 'webinar';

	/**
	 * REST base of the post type (/wp/v2/…).
	 *
	 * @since 0.2.0
	 */
	public const REST_BASE = 'webinars';

	/**
	 * Permalink slug of a webinar.
	 *
	 * @since 0.2.0
	 */
	public const REWRITE_SLUG = 'webinar';

	/**
	 * Webinar type: live.
	 *
	 * @since 0.2.0
	 */
	public const TYPE_LIVE = 'live';

	/**
	 * Webinar type: auto.
	 *
	 * @since 0.2.0
	 */
	public const TYPE_AUTO = 'auto';

	/**
	 * Meta key: Start time (ISO 8601 with its offset).
	 *
	 * @since 0.2.0
	 */
	public const META_STARTS_AT = 'webinars_starts_at';

	/**
	 * Meta key: Time zone of the start time (IANA name); the site's when empty.
	 *
	 * @since 0.2.0
	 */
	public const META_TIMEZONE = 'webinars_timezone';

	/**
	 * Meta key: Live webinar or automated (evergreen) AutoWebinar.
	 *
	 * @since 0.2.0
	 */
	public const META_TYPE = 'webinars_type';

	/**
	 * Meta key: User IDs of the organizers (besides the webinar's author).
	 *
	 * @since 0.2.0
	 */
	public const META_ORGANIZERS = 'webinars_organizers';

	/**
	 * Meta key: User IDs of the speakers.
	 *
	 * @since 0.2.0
	 */
	public const META_SPEAKERS = 'webinars_speakers';

	/**
	 * Meta key: Call-to-action text.
	 *
	 * @since 0.2.0
	 */
	public const META_CTA_TEXT = 'webinars_cta_text';

	/**
	 * Meta key: Call-to-action button label.
	 *
	 * @since 0.2.0
	 */
	public const META_CTA_LABEL = 'webinars_cta_label';

	/**
	 * Meta key: Call-to-action URL (http or https).
	 *
	 * @since 0.2.0
	 */
	public const META_CTA_URL = 'webinars_cta_url';

	/**
	 * Meta key: The live stream: a YouTube or Vimeo page, or a video (.mp4, .webm) or HLS (.m3u8) URL; shown to participants while live.
	 *
	 * @since 0.2.0
	 */
	public const META_STREAM_URL = 'webinars_stream_url';

	/**
	 * Meta key: The recording (same kinds of URL as the stream); shown to participants after the end.
	 *
	 * @since 0.2.0
	 */
	public const META_RECORDING_URL = 'webinars_recording_url';

	/**
	 * Derived meta key: Start time in UTC (Y-m-d H:i:s), kept by Core from starts_at: the sort key of the Webinars list; not registered, not in REST.
	 *
	 * @since 0.2.0
	 */
	public const META_STARTS_AT_UTC = 'webinars_starts_at_utc';

	/**
	 * Webinar types.
	 *
	 * @since 0.2.0
	 * @var list<string>
	 */
	public const TYPES = array( 'live', 'auto' );

	/**
	 * Meta fields by key: public (shown in the REST view context) or edit-context only; the capability needed to change it (beyond editing the webinar) and the one every listed user must hold; schema.
	 *
	 * @since 0.2.0
	 * @var array<string, array{field: string, public: bool, default: mixed, capability: string|null, holder_capability: string|null, schema: array<string, mixed>}>
	 */
	public const META = array(
		'webinars_starts_at'     => array(
			'field'             => 'starts_at',
			'public'            => true,
			'default'           => '',
			'capability'        => null,
			'holder_capability' => null,
			'schema'            => array(
				'type'        => 'string',
				'description' => 'Start time (ISO 8601 with its offset).',
			),
		),
		'webinars_timezone'      => array(
			'field'             => 'timezone',
			'public'            => true,
			'default'           => '',
			'capability'        => null,
			'holder_capability' => null,
			'schema'            => array(
				'type'        => 'string',
				'maxLength'   => 64,
				'description' => 'Time zone of the start time (IANA name); the site\'s when empty.',
			),
		),
		'webinars_type'          => array(
			'field'             => 'type',
			'public'            => true,
			'default'           => 'live',
			'capability'        => null,
			'holder_capability' => null,
			'schema'            => array(
				'description' => 'Live webinar or automated (evergreen) AutoWebinar.',
				'type'        => 'string',
				'enum'        => array( 'live', 'auto' ),
			),
		),
		'webinars_organizers'    => array(
			'field'             => 'organizers',
			'public'            => false,
			'default'           => array(),
			'capability'        => 'webinars_assign_staff',
			'holder_capability' => 'webinars_edit_webinars',
			'schema'            => array(
				'type'        => 'array',
				'description' => 'User IDs of the organizers (besides the webinar\'s author).',
				'items'       => array(
					'description' => 'WordPress user ID.',
					'type'        => 'integer',
					'minimum'     => 1,
					'maximum'     => 9007199254740991,
				),
				'maxItems'    => 50,
			),
		),
		'webinars_speakers'      => array(
			'field'             => 'speakers',
			'public'            => false,
			'default'           => array(),
			'capability'        => 'webinars_assign_staff',
			'holder_capability' => 'webinars_control_assigned_webinars',
			'schema'            => array(
				'type'        => 'array',
				'description' => 'User IDs of the speakers.',
				'items'       => array(
					'description' => 'WordPress user ID.',
					'type'        => 'integer',
					'minimum'     => 1,
					'maximum'     => 9007199254740991,
				),
				'maxItems'    => 50,
			),
		),
		'webinars_cta_text'      => array(
			'field'             => 'cta_text',
			'public'            => false,
			'default'           => '',
			'capability'        => null,
			'holder_capability' => null,
			'schema'            => array(
				'type'        => 'string',
				'maxLength'   => 1000,
				'description' => 'Call-to-action text.',
			),
		),
		'webinars_cta_label'     => array(
			'field'             => 'cta_label',
			'public'            => false,
			'default'           => '',
			'capability'        => null,
			'holder_capability' => null,
			'schema'            => array(
				'type'        => 'string',
				'maxLength'   => 191,
				'description' => 'Call-to-action button label.',
			),
		),
		'webinars_cta_url'       => array(
			'field'             => 'cta_url',
			'public'            => false,
			'default'           => '',
			'capability'        => null,
			'holder_capability' => null,
			'schema'            => array(
				'type'        => 'string',
				'format'      => 'uri',
				'maxLength'   => 2048,
				'description' => 'Call-to-action URL (http or https).',
			),
		),
		'webinars_stream_url'    => array(
			'field'             => 'stream_url',
			'public'            => false,
			'default'           => '',
			'capability'        => null,
			'holder_capability' => null,
			'schema'            => array(
				'type'        => 'string',
				'format'      => 'uri',
				'maxLength'   => 2048,
				'description' => 'The live stream: a YouTube or Vimeo page, or a video (.mp4, .webm) or HLS (.m3u8) URL; shown to participants while live.',
			),
		),
		'webinars_recording_url' => array(
			'field'             => 'recording_url',
			'public'            => false,
			'default'           => '',
			'capability'        => null,
			'holder_capability' => null,
			'schema'            => array(
				'type'        => 'string',
				'format'      => 'uri',
				'maxLength'   => 2048,
				'description' => 'The recording (same kinds of URL as the stream); shown to participants after the end.',
			),
		),
	);

}
