/**
 * Reducer of `webinars/room`. The optimistic view (`room`) is derived here, only when the
 * confirmed state or the pending changes move, so selectors return stable references.
 */
import { allows, ctaMayChange, TRANSITIONS } from '../contracts/generated/room';
import type { RoomState } from '../rest/types';
import type { Pending, RoomAction, RoomEntry, StoreState } from './types';

export const EMPTY_ENTRY: RoomEntry = Object.freeze( {
	room: null,
	confirmed: null,
	version: 0,
	me: null,
	polling: 'idle',
	lastError: null,
	pending: Object.freeze( {} ),
} ) as RoomEntry;

/**
 * The confirmed state with the pending changes the server would accept applied; a change it
 * would refuse is not shown (the refusal arrives as lastError).
 *
 * @param confirmed Server state.
 * @param pending   Changes in flight.
 */
export function applyPending(
	confirmed: RoomState | null,
	pending: Pending
): RoomState | null {
	if ( ! confirmed || ( ! pending.status && ! pending.cta ) ) {
		return confirmed;
	}
	let room = confirmed;
	if ( pending.status ) {
		const request = pending.status.value;
		if ( allows( request, room.status ) ) {
			room = { ...room, status: TRANSITIONS[ request ].to };
		}
	}
	if (
		pending.cta &&
		pending.cta.value !== room.cta.visible &&
		ctaMayChange( room.status )
	) {
		room = {
			...room,
			// Text, label and url come with the server's answer; a hidden CTA carries none.
			cta: pending.cta.value
				? { ...room.cta, visible: true }
				: { visible: false },
		};
	}
	return room;
}

const withRoom = (
	entry: RoomEntry,
	confirmed: RoomState | null,
	pending: Pending
): RoomEntry => ( {
	...entry,
	confirmed,
	version: confirmed?.version ?? 0,
	pending,
	room: applyPending( confirmed, pending ),
} );

/**
 * Version guard: only a newer state replaces the confirmed one.
 *
 * @param entry     The webinar's entry.
 * @param webinarId Its id.
 * @param state     A state from the server.
 */
function receive(
	entry: RoomEntry,
	webinarId: number,
	state: RoomState
): RoomEntry {
	if (
		state.webinar_id !== webinarId ||
		( entry.confirmed && state.version <= entry.confirmed.version )
	) {
		return entry;
	}
	return withRoom( entry, state, entry.pending );
}

function reduceEntry( entry: RoomEntry, action: RoomAction ): RoomEntry {
	switch ( action.type ) {
		case 'RECEIVE_ROOM':
			return receive( entry, action.webinarId, action.state );
		case 'RECEIVE_ME':
			return {
				...receive( entry, action.webinarId, action.me.state ),
				me: action.me,
			};
		case 'SET_POLLING':
			return entry.polling === action.polling
				? entry
				: { ...entry, polling: action.polling };
		case 'SET_ERROR':
			return entry.lastError === action.error
				? entry
				: { ...entry, lastError: action.error };
		case 'SET_PENDING':
			return withRoom( entry, entry.confirmed, {
				...entry.pending,
				[ action.kind ]: action.change,
			} );
		case 'CLEAR_PENDING': {
			if (
				entry.pending[ action.kind ]?.requestId !== action.requestId
			) {
				return entry; // A later request for the same thing is still in flight.
			}
			const pending = { ...entry.pending };
			delete pending[ action.kind ];
			return withRoom( entry, entry.confirmed, pending );
		}
	}
	return entry;
}

export default function reducer(
	state: StoreState = { rooms: {} },
	action: RoomAction | { type: string }
): StoreState {
	if ( ! ( 'webinarId' in action ) ) {
		return state;
	}
	const roomAction = action as RoomAction;
	const entry = state.rooms[ roomAction.webinarId ] ?? EMPTY_ENTRY;
	const next = reduceEntry( entry, roomAction );
	return next === entry
		? state
		: { rooms: { ...state.rooms, [ roomAction.webinarId ]: next } };
}
