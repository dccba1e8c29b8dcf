/**
 * Actions of `webinars/room`.
 *
 * The change thunks never call REST themselves: they fire the canonical inbound action on the
 * hooks mirror with `source: 'ui'` (so third-party listeners see the request), the bridge POSTs
 * it, and the thunk awaits that POST through `takeOutcome( request_id )`. The change shows at once
 * (optimistic) and is rolled back, with the server's reason as lastError, when refused.
 */
import { HOOKS } from '../contracts/generated/hooks';
import type { HookPayloads } from '../contracts/generated/hooks';
import { hooksMirror } from '../hooks';
import { takeOutcome } from '../hooks/bridge';
import type {
	ActionOutcome,
	InboundHook,
	Me,
	RoomState,
	StatusRequest,
} from '../rest/types';
import type { PendingKind, PollingState, RoomAction } from './types';

/** What the thunks use of their registry arguments. */
export interface RoomThunkArgs {
	select: { getMe: ( webinarId: number ) => Me | null };
	dispatch: ( action: RoomAction ) => unknown;
}

/**
 * A state from the server (poll, /me or an action's answer); ignored unless newer.
 *
 * @param webinarId Webinar id.
 * @param state     The room state.
 */
export const receiveRoom = (
	webinarId: number,
	state: RoomState
): RoomAction => ( { type: 'RECEIVE_ROOM', webinarId, state } );

/**
 * The /me answer; its state goes through the same version guard.
 *
 * @param webinarId Webinar id.
 * @param me        The caller's participation.
 */
export const receiveMe = ( webinarId: number, me: Me ): RoomAction => ( {
	type: 'RECEIVE_ME',
	webinarId,
	me,
} );

/**
 * @param webinarId Webinar id.
 * @param polling   The poller's state.
 */
export const setPolling = (
	webinarId: number,
	polling: PollingState
): RoomAction => ( { type: 'SET_POLLING', webinarId, polling } );

/**
 * @param webinarId Webinar id.
 * @param error     A message to show, or null to clear it.
 */
export const setError = (
	webinarId: number,
	error: string | null
): RoomAction => ( { type: 'SET_ERROR', webinarId, error } );

let requestCounter = 0;

const newRequestId = (): string =>
	`ui-${ Date.now().toString( 36 ) }-${ ( ++requestCounter ).toString(
		36
	) }-${ Math.random().toString( 36 ).slice( 2, 8 ) }`;

type Context = HookPayloads[ 'core_webinar_set_status' ][ 'context' ];

/**
 * Who asks, as far as the browser knows; the server replaces it with the authenticated actor.
 *
 * @param me        The caller's participation, if known.
 * @param requestId Correlates the POST's outcome.
 */
function uiContext( me: Me | null, requestId: string ): Context {
	const id = Number( me?.participant.id );
	const isUser = me?.participant.kind === 'user' && Number.isInteger( id );
	let role: Context[ 'role' ] = 'guest';
	if ( me ) {
		role = me.role as Context[ 'role' ];
	}
	return {
		actor_id: isUser && id > 0 ? id : 0,
		role,
		source: 'ui',
		request_id: requestId,
	};
}

/**
 * Fires a ui action and awaits the bridge's POST.
 *
 * @param hook      Inbound action.
 * @param payload   Its payload, context included.
 * @param requestId The payload's context.request_id.
 */
function fire< H extends InboundHook >(
	hook: H,
	payload: HookPayloads[ H ],
	requestId: string
): Promise< ActionOutcome > {
	const errors = hooksMirror.doAction( hook, payload );
	if ( errors.length ) {
		return Promise.resolve( {
			ok: false,
			error: {
				code: 'webinars_invalid_payload',
				message: errors.map( ( error ) => error.message ).join( ' ' ),
				status: 0,
			},
		} );
	}
	return (
		takeOutcome( requestId ) ??
		Promise.resolve( {
			ok: false,
			error: {
				code: 'webinars_not_connected',
				message: 'The room is not connected.',
				status: 0,
			},
		} )
	);
}

function settle(
	dispatch: RoomThunkArgs[ 'dispatch' ],
	webinarId: number,
	kind: PendingKind,
	requestId: string,
	outcome: ActionOutcome
) {
	// The answer's state first, so the view does not flash back to the old one.
	if ( outcome.ok ) {
		dispatch( receiveRoom( webinarId, outcome.state ) );
	}
	dispatch( { type: 'CLEAR_PENDING', webinarId, kind, requestId } );
	dispatch(
		setError( webinarId, outcome.ok ? null : outcome.error.message )
	);
}

/**
 * Asks for a status transition (start, stop, reset; pause and archive are the system's).
 * Resolves with the outcome; never rejects.
 *
 * @param webinarId Webinar id.
 * @param status    The transition.
 */
export const setStatus =
	( webinarId: number, status: StatusRequest ) =>
	async ( { select, dispatch }: RoomThunkArgs ): Promise< ActionOutcome > => {
		const requestId = newRequestId();
		dispatch( {
			type: 'SET_PENDING',
			webinarId,
			kind: 'status',
			change: { value: status, requestId },
		} );
		const outcome = await fire(
			HOOKS.CORE_WEBINAR_SET_STATUS,
			{
				webinar_id: webinarId,
				status,
				context: uiContext( select.getMe( webinarId ), requestId ),
			},
			requestId
		);
		settle( dispatch, webinarId, 'status', requestId, outcome );
		return outcome;
	};

/**
 * Shows or hides the call-to-action. Resolves with the outcome; never rejects.
 *
 * @param webinarId Webinar id.
 * @param visible   Show (true) or hide (false).
 */
export const setCtaVisibility =
	( webinarId: number, visible: boolean ) =>
	async ( { select, dispatch }: RoomThunkArgs ): Promise< ActionOutcome > => {
		const requestId = newRequestId();
		dispatch( {
			type: 'SET_PENDING',
			webinarId,
			kind: 'cta',
			change: { value: visible, requestId },
		} );
		const outcome = await fire(
			HOOKS.CORE_WEBINAR_SET_CTA_VISIBILITY,
			{
				webinar_id: webinarId,
				visible,
				context: uiContext( select.getMe( webinarId ), requestId ),
			},
			requestId
		);
		settle( dispatch, webinarId, 'cta', requestId, outcome );
		return outcome;
	};
