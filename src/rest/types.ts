/**
 * Shapes of the `webinars/v1` REST API (docs/rest.md).
 */
import type { HookPayloads } from '../contracts/generated';

export type RoomStatus = 'scheduled' | 'live' | 'paused' | 'ended' | 'archived';

/** A requested transition (`core_webinar_set_status`'s `status`). */
export type StatusRequest =
	HookPayloads[ 'core_webinar_set_status' ][ 'status' ];

/** The call-to-action; text, label and url are sent only while it is visible. */
export interface RoomCta {
	visible: boolean;
	text?: string;
	label?: string;
	url?: string;
}

/** The shared room state: identical for everyone in the room. */
export interface RoomState {
	webinar_id: number;
	status: RoomStatus;
	/** Grows by one with every change of status or CTA visibility. */
	version: number;
	starts_at: string;
	cta: RoomCta;
}

export interface Participant {
	/** `user` for a logged-in user; otherwise a join-token participant. */
	kind: 'user' | ( string & {} );
	id: string;
	last_seen?: string;
}

/** Canonical role an actor acts in (the contracts' `context.role`). */
export type ActorRole =
	HookPayloads[ 'core_webinar_set_status' ][ 'context' ][ 'role' ];

/** The caller's participation (`GET /rooms/{id}/me`). */
export interface Me {
	webinar_id: number;
	room_key: string;
	participant: Participant;
	/** The role the caller acts in for this webinar, when the server says. */
	role?: ActorRole;
	can_control: boolean;
	/** Participants seen in the last 30 s; null unless the caller can control the room. */
	attendees_now: number | null;
	/** Milliseconds between state polls (the `webinars_poll_interval` filter). */
	poll_interval: number;
	state: RoomState;
}

/** The browser-inbound canonical actions the bridge POSTs. */
export type InboundHook =
	'core_webinar_set_status' | 'core_webinar_set_cta_visibility';

/** An inbound action's body: its payload minus `context`, which the server fills in. */
export type ActionBody< H extends InboundHook > = Omit<
	HookPayloads[ H ],
	'context'
>;

/** A REST failure: the WordPress error's code and message, the HTTP status (0: no response). */
export interface RestErrorInfo {
	code: string;
	message: string;
	status: number;
}

export type RestFailure = { kind: 'error' } & RestErrorInfo;

export type RoomStateResult =
	| { kind: 'changed'; state: RoomState; etag: string | null }
	| { kind: 'not-modified' }
	| { kind: 'throttled'; retryAfter: number }
	| RestFailure;

export type MeResult =
	| { kind: 'ok'; me: Me }
	| { kind: 'throttled'; retryAfter: number }
	| RestFailure;

/** The POST action route's 200 body. */
export interface ActionResponse {
	changed: boolean;
	state: RoomState;
}

/** How an inbound action ended, as the bridge reports it. */
export type ActionOutcome =
	( { ok: true } & ActionResponse ) | { ok: false; error: RestErrorInfo };
