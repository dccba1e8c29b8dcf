/**
 * Shapes of the `webinars/v1` REST API (docs/rest.md).
 */
import type { HookPayloads } from '../contracts/generated/hooks';

export type {
	Me,
	RoomCta,
	RoomState,
	RoomStatus,
	StatusRequest,
} from '../contracts/generated/room';
import type { Me, RoomState } from '../contracts/generated/room';

/** Canonical role an actor acts in (the contracts' `context.role`). */
export type ActorRole =
	HookPayloads[ 'core_webinar_set_status' ][ 'context' ][ 'role' ];

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
