/**
 * GENERATED from contracts/canon.json by scripts/generate-contracts.mjs: do not edit; run `npm run contracts`.
 */
/* eslint-disable */

/** Every room status, in lifecycle order. */
export const ROOM_STATUSES = ["scheduled","live","paused","ended","archived"] as const;

/** A room status. */
export type RoomStatus = ( typeof ROOM_STATUSES )[ number ];

/** Status of a new room. */
export const INITIAL_STATUS: RoomStatus = 'scheduled';

/** Room statuses by name (PHP: Room::STATUS_*). */
export const STATUS = {
	SCHEDULED: 'scheduled',
	LIVE: 'live',
	PAUSED: 'paused',
	ENDED: 'ended',
	ARCHIVED: 'archived',
} as const;

/** Status requests by name (PHP: Room::REQUEST_*). */
export const REQUEST = {
	START: 'start',
	STOP: 'stop',
	RESET: 'reset',
	PAUSE: 'pause',
	ARCHIVE: 'archive',
} as const;

/** A requested transition (`core_webinar_set_status`'s `status`). */
export type StatusRequest = 'start' | 'stop' | 'reset' | 'pause' | 'archive';

export interface Transition {
	readonly from: readonly RoomStatus[];
	readonly to: RoomStatus;
	/** Capability (checked with the webinar ID) that may ask for it. */
	readonly capability: string;
}

/** Transitions: requested status => allowed from-statuses, resulting status, capability. */
export const TRANSITIONS: Readonly< Record< StatusRequest, Transition > > = {
	"start": {
		"from": [
			"scheduled",
			"paused"
		],
		"to": "live",
		"capability": "webinars_control_webinar"
	},
	"stop": {
		"from": [
			"live",
			"paused"
		],
		"to": "ended",
		"capability": "webinars_control_webinar"
	},
	"reset": {
		"from": [
			"ended"
		],
		"to": "scheduled",
		"capability": "webinars_organize_webinar"
	},
	"pause": {
		"from": [
			"live"
		],
		"to": "paused",
		"capability": "webinars_set_internal_status"
	},
	"archive": {
		"from": [
			"scheduled",
			"ended"
		],
		"to": "archived",
		"capability": "webinars_set_internal_status"
	}
};

/** Statuses in which the CTA may be shown or hidden (after the end too: a post-webinar offer). */
export const CTA_STATUSES: readonly RoomStatus[] = ["scheduled","live","paused","ended"];

/** Error codes of room commands and reads => HTTP status. */
export const ROOM_ERRORS = {
	"webinars_invalid": 400,
	"webinars_unauthenticated": 401,
	"webinars_forbidden": 403,
	"webinars_not_found": 404,
	"webinars_illegal_transition": 409,
	"webinars_conflict": 409,
	"webinars_throttled": 429
} as const;

/** The shared room state: the same for everyone in the room (GET /webinars/v1/rooms/{id}). The CTA's content is present only while it is visible. */
export type RoomState = {
	/** Webinar (post) ID. */
	webinar_id: number;
	/** Status of a webinar's room (models.room.statuses). */
	status: "scheduled" | "live" | "paused" | "ended" | "archived";
	/** Grows with every change of status, CTA visibility or content; 0 in a page that withheld content. */
	version: number;
	/** Start time (ISO 8601 with its offset), or empty. */
	starts_at: string;
	/** The call-to-action. */
	cta: {
		visible: boolean;
		text?: string;
		label?: string;
		url?: string;
	};
};

/** The call-to-action; text, label and url are sent only while it is visible. */
export type RoomCta = RoomState[ 'cta' ];

/** The caller's participation (GET /webinars/v1/rooms/{id}/me). */
export type Me = {
	/** Webinar (post) ID. */
	webinar_id: number;
	/** Key that authorises reading the shared state. */
	room_key: string;
	participant: {
		/** user for a logged-in user; lead for a join-token holder. */
		kind: string;
		id: string;
		/** When the caller was last seen in the room (this request), ISO 8601. */
		last_seen: string;
	};
	/** The role the caller acts in here. */
	role: string;
	/** May start, stop and toggle the CTA. */
	can_control: boolean;
	/** May reset the webinar after a rehearsal. */
	can_organize: boolean;
	/** Attendees (not organizers, speakers or administrators) seen in the presence window; null unless the caller can control the room. */
	attendees_now: number | null;
	/** Milliseconds between state polls. */
	poll_interval: number;
	/** The webinar's players for this participant (never in the shared state): the stream and the recording, each null when not set. The view shows the stream while live, the recording once ended. */
	media?: {
		/** How to play one media URL: an iframe player (embed) or a <video> (video: .mp4, .webm, HLS .m3u8); null when none is set or the URL is not playable. */
		stream: {
			kind: "embed" | "video";
			src: string;
		} | null;
		/** How to play one media URL: an iframe player (embed) or a <video> (video: .mp4, .webm, HLS .m3u8); null when none is set or the URL is not playable. */
		recording: {
			kind: "embed" | "video";
			src: string;
		} | null;
	};
	/** The shared room state: the same for everyone in the room (GET /webinars/v1/rooms/{id}). The CTA's content is present only while it is visible. */
	state: {
		/** Webinar (post) ID. */
		webinar_id: number;
		/** Status of a webinar's room (models.room.statuses). */
		status: "scheduled" | "live" | "paused" | "ended" | "archived";
		/** Grows with every change of status, CTA visibility or content; 0 in a page that withheld content. */
		version: number;
		/** Start time (ISO 8601 with its offset), or empty. */
		starts_at: string;
		/** The call-to-action. */
		cta: {
			visible: boolean;
			text?: string;
			label?: string;
			url?: string;
		};
	};
};

/**
 * Whether $request may be applied to a room in $status.
 *
 * @param request A requested transition.
 * @param status  The current status.
 */
export const allows = ( request: StatusRequest, status: RoomStatus ): boolean =>
	TRANSITIONS[ request ].from.includes( status );

/**
 * Whether the CTA may change in $status.
 *
 * @param status The current status.
 */
export const ctaMayChange = ( status: RoomStatus ): boolean =>
	CTA_STATUSES.includes( status );

/**
 * The request that leads to $status from $previous, if one does.
 *
 * @param previous Status before.
 * @param status   Status after.
 */
export function requestBetween(
	previous: RoomStatus,
	status: RoomStatus
): StatusRequest | null {
	const found = ( Object.keys( TRANSITIONS ) as StatusRequest[] ).find(
		( request ) =>
			TRANSITIONS[ request ].to === status && allows( request, previous )
	);
	return found ?? null;
}

const isRecord = ( value: unknown ): value is Record< string, any > =>
	typeof value === 'object' && value !== null && ! Array.isArray( value );

/**
 * Whether a parsed body is a room state (a proxy's error page or a PHP notice must not reach a
 * store as one).
 *
 * @param value Parsed JSON.
 */
export function isRoomState( value: unknown ): value is RoomState {
	return (
		isRecord( value ) &&
		Number.isInteger( value.webinar_id ) &&
		( ["scheduled","live","paused","ended","archived"] as readonly unknown[] ).includes( value.status ) &&
		Number.isInteger( value.version ) &&
		typeof value.starts_at === 'string' &&
		isRecord( value.cta ) &&
		typeof value.cta.visible === 'boolean' &&
		( value.cta.text === undefined || typeof value.cta.text === 'string' ) &&
		( value.cta.label === undefined || typeof value.cta.label === 'string' ) &&
		( value.cta.url === undefined || typeof value.cta.url === 'string' )
	);
}

/**
 * Whether a parsed body is a /me answer.
 *
 * @param value Parsed JSON.
 */
export function isMe( value: unknown ): value is Me {
	return (
		isRecord( value ) &&
		Number.isInteger( value.webinar_id ) &&
		typeof value.room_key === 'string' &&
		isRecord( value.participant ) &&
		typeof value.participant.kind === 'string' &&
		typeof value.participant.id === 'string' &&
		typeof value.participant.last_seen === 'string' &&
		typeof value.role === 'string' &&
		typeof value.can_control === 'boolean' &&
		typeof value.can_organize === 'boolean' &&
		( Number.isInteger( value.attendees_now ) || value.attendees_now === null ) &&
		Number.isInteger( value.poll_interval ) &&
		( value.media === undefined || isRecord( value.media ) &&
		( isRecord( value.media.stream ) &&
		( ["embed","video"] as readonly unknown[] ).includes( value.media.stream.kind ) &&
		typeof value.media.stream.src === 'string' || value.media.stream === null ) &&
		( isRecord( value.media.recording ) &&
		( ["embed","video"] as readonly unknown[] ).includes( value.media.recording.kind ) &&
		typeof value.media.recording.src === 'string' || value.media.recording === null ) ) &&
		isRecord( value.state ) &&
		isRoomState( value.state )
	);
}
