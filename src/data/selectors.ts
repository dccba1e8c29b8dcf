/**
 * Selectors of `webinars/room`; each takes the webinar id.
 */
import type { Me, RoomState, StatusRequest } from '../rest/types';
import { EMPTY_ENTRY } from './reducer';
import type { PendingKind, PollingState, StoreState } from './types';

const entryOf = ( state: StoreState, webinarId: number ) =>
	state.rooms[ webinarId ] ?? EMPTY_ENTRY;

/**
 * The room as it should be shown: the server's state with pending changes applied.
 *
 * @param state     Store state.
 * @param webinarId Webinar id.
 */
export const getRoom = (
	state: StoreState,
	webinarId: number
): RoomState | null => entryOf( state, webinarId ).room;

/**
 * The caller's participation, once /me answered.
 *
 * @param state     Store state.
 * @param webinarId Webinar id.
 */
export const getMe = ( state: StoreState, webinarId: number ): Me | null =>
	entryOf( state, webinarId ).me;

/**
 * @param state     Store state.
 * @param webinarId Webinar id.
 */
export const getPolling = (
	state: StoreState,
	webinarId: number
): PollingState => entryOf( state, webinarId ).polling;

/**
 * The last error to show (a refused change's reason, a failing poll); null when none.
 *
 * @param state     Store state.
 * @param webinarId Webinar id.
 */
export const getLastError = (
	state: StoreState,
	webinarId: number
): string | null => entryOf( state, webinarId ).lastError;

/**
 * Whether a change (of `kind`, or any) waits for the server's answer.
 *
 * @param state     Store state.
 * @param webinarId Webinar id.
 * @param kind      `status` or `cta`; any when omitted.
 */
export const isPending = (
	state: StoreState,
	webinarId: number,
	kind?: PendingKind
): boolean => {
	const { pending } = entryOf( state, webinarId );
	return kind
		? pending[ kind ] !== undefined
		: !! ( pending.status || pending.cta );
};

/**
 * The status request waiting for the server's answer (start, stop, reset…), if any.
 *
 * @param state     Store state.
 * @param webinarId Webinar id.
 */
export const getPendingRequest = (
	state: StoreState,
	webinarId: number
): StatusRequest | null =>
	entryOf( state, webinarId ).pending.status?.value ?? null;
