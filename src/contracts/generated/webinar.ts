/**
 * GENERATED from contracts/canon.json by scripts/generate-contracts.mjs: do not edit; run `npm run contracts`.
 */
/* eslint-disable */

/** Post type of webinars. */
export const POST_TYPE = 'webinar';

/** REST base of the post type (/wp/v2/…). */
export const REST_BASE = 'webinars';

/** Webinar types. */
export const WEBINAR_TYPES = ["live","auto"] as const;

/** A webinar type. */
export type WebinarType = ( typeof WEBINAR_TYPES )[ number ];

/** Meta keys of a webinar, by field. */
export const META = {
	"STARTS_AT": "webinars_starts_at",
	"TIMEZONE": "webinars_timezone",
	"TYPE": "webinars_type",
	"ORGANIZERS": "webinars_organizers",
	"SPEAKERS": "webinars_speakers",
	"CTA_TEXT": "webinars_cta_text",
	"CTA_LABEL": "webinars_cta_label",
	"CTA_URL": "webinars_cta_url",
	"STREAM_URL": "webinars_stream_url",
	"RECORDING_URL": "webinars_recording_url"
} as const;

/** Meta fields only the edit context shows (hidden from anonymous reads). */
export const PRIVATE_META: readonly string[] = ["webinars_organizers","webinars_speakers","webinars_cta_text","webinars_cta_label","webinars_cta_url","webinars_stream_url","webinars_recording_url"];
