/**
 * The bridge between the hooks mirror and the REST API for one webinar.
 *
 * Outbound: the browser-inbound canonical actions fired with `context.source === 'ui'` are POSTed
 * to `/webinars/v1/actions/{hook}` without their context (the server fills it in). Any other
 * source is ignored, so the bridge's own re-emissions never loop back to the server.
 *
 * Inbound: `observe()` receives every server-confirmed room state (polling, /me, POST answers);
 * a change of status or CTA visibility is re-emitted on the mirror with a `sync` context, so
 * third-party scripts can listen with `wp.hooks.addAction( 'core_webinar_set_cta_visibility', … )`.
 *
 * Outcomes: whoever fires a ui action with `context.request_id` can `takeOutcome( request_id )`
 * right after doAction to await how the POST ended. The table is module state: the store's thunks
 * and the bridge live in the one `webinars-room` script.
 */
import { HOOKS } from '../contracts/generated/hooks';
import type { HookPayloads } from '../contracts/generated/hooks';
import { requestBetween, TRANSITIONS } from '../contracts/generated/room';
import type { RoomStatus, StatusRequest } from '../contracts/generated/room';
import { postAction as defaultPost, RestError } from '../rest/client';
import type {
	ActionBody,
	ActionOutcome,
	ActionResponse,
	InboundHook,
	RoomState,
} from '../rest/types';
import { hooksMirror } from '.';
import type { HooksMirror } from '.';

/** Context of the actions re-emitted from polling: the server already applied them. */
export const SYNC_CONTEXT = {
	actor_id: 0,
	role: 'system',
	source: 'sync',
} as const satisfies HookPayloads[ 'core_webinar_set_status' ][ 'context' ];

const INBOUND: readonly InboundHook[] = [
	HOOKS.CORE_WEBINAR_SET_STATUS,
	HOOKS.CORE_WEBINAR_SET_CTA_VISIBILITY,
];

/**
 * The request that led from one status to another; when polls missed steps (scheduled → ended),
 * the request that leads to the new status.
 *
 * @param previous Status before.
 * @param status   Status now.
 */
export function statusRequest(
	previous: RoomStatus,
	status: RoomStatus
): StatusRequest | null {
	return (
		requestBetween( previous, status ) ??
		( Object.keys( TRANSITIONS ) as StatusRequest[] ).find(
			( request ) => TRANSITIONS[ request ].to === status
		) ??
		null
	);
}

/** Pending outcomes by request id. */
const outcomes = new Map< string, Promise< ActionOutcome > >();

/**
 * The pending outcome of the ui action fired with this request id, once: the entry is removed.
 * Undefined when no bridge took the action (no room connected, or another webinar's).
 *
 * @param requestId The `context.request_id` the action was fired with.
 */
export function takeOutcome(
	requestId: string
): Promise< ActionOutcome > | undefined {
	const outcome = outcomes.get( requestId );
	outcomes.delete( requestId );
	return outcome;
}

const toOutcome = ( error: unknown ): ActionOutcome => ( {
	ok: false,
	error:
		error instanceof RestError
			? { code: error.code, message: error.message, status: error.status }
			: {
					code: 'webinars_bridge_error',
					message:
						error instanceof Error
							? error.message
							: String( error ),
					status: 0,
				},
} );

export type PostAction = < H extends InboundHook >(
	hook: H,
	body: ActionBody< H >
) => Promise< ActionResponse >;

export interface BridgeOptions {
	webinarId: number;
	/** Defaults to the page's mirror (wp.hooks). */
	mirror?: HooksMirror;
	/** Defaults to the REST client's postAction. */
	post?: PostAction;
	/** Every POST's outcome, whoever fired the action. */
	onOutcome?: ( outcome: ActionOutcome, hook: InboundHook ) => void;
}

export interface Bridge {
	/** A server-confirmed state: re-emits what changed since the last one (not for the first). */
	observe: ( state: RoomState ) => void;
	/** Removes the listeners. */
	stop: () => void;
}

/**
 * Starts the bridge for one webinar. One per webinar and page (connectRoom shares it),
 * otherwise every ui action would be POSTed once per bridge.
 *
 * @param options See BridgeOptions.
 */
export function createBridge( options: BridgeOptions ): Bridge {
	const mirror = options.mirror ?? hooksMirror;
	const post = options.post ?? defaultPost;
	const namespace = `webinars/bridge/${ options.webinarId }`;
	let last: RoomState | null = null;
	let stopped = false;

	const observe = ( state: RoomState ) => {
		if (
			stopped ||
			state.webinar_id !== options.webinarId ||
			( last && state.version <= last.version )
		) {
			return;
		}
		const previous = last;
		last = state;
		if ( ! previous ) {
			return;
		}
		const request =
			previous.status !== state.status
				? statusRequest( previous.status, state.status )
				: null;
		if ( request ) {
			mirror.doAction( HOOKS.CORE_WEBINAR_SET_STATUS, {
				webinar_id: state.webinar_id,
				status: request,
				context: { ...SYNC_CONTEXT },
			} );
		}
		if ( previous.cta.visible !== state.cta.visible ) {
			mirror.doAction( HOOKS.CORE_WEBINAR_SET_CTA_VISIBILITY, {
				webinar_id: state.webinar_id,
				visible: state.cta.visible,
				context: { ...SYNC_CONTEXT },
			} );
		}
	};

	const send = async < H extends InboundHook >(
		hook: H,
		body: ActionBody< H >
	): Promise< ActionOutcome > => {
		let outcome: ActionOutcome;
		try {
			outcome = { ok: true, ...( await post( hook, body ) ) };
		} catch ( error ) {
			outcome = toOutcome( error );
		}
		if ( outcome.ok ) {
			observe( outcome.state );
		}
		options.onOutcome?.( outcome, hook );
		return outcome;
	};

	const listen = < H extends InboundHook >( hook: H ) => {
		mirror.addAction( hook, namespace, ( payload: HookPayloads[ H ] ) => {
			if (
				stopped ||
				payload.context.source !== 'ui' ||
				payload.webinar_id !== options.webinarId
			) {
				return;
			}
			const { context, ...body } = payload;
			const outcome = send( hook, body as ActionBody< H > );
			const requestId = context.request_id;
			if ( requestId ) {
				outcomes.set( requestId, outcome );
				// Nobody may take it (a third-party doAction): do not keep it forever.
				void outcome.then( () => {
					if ( outcomes.get( requestId ) === outcome ) {
						outcomes.delete( requestId );
					}
				} );
			}
		} );
	};
	INBOUND.forEach( listen );

	return {
		observe,
		stop() {
			stopped = true;
			INBOUND.forEach( ( hook ) =>
				mirror.removeAction( hook, namespace )
			);
		},
	};
}
