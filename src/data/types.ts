/**
 * State of the `webinars/room` store: one entry per webinar id.
 */
import type { Me, RoomState, StatusRequest } from '../rest/types';

/** The poller's state; `hidden`: the page is hidden, polling waits for it to show. */
export type PollingState = 'idle' | 'polling' | 'hidden' | 'backoff';

/** A change asked for and not answered yet; requestId tells a later request's from an earlier's. */
export interface PendingChange< T > {
	value: T;
	requestId: string;
}

export interface Pending {
	status?: PendingChange< StatusRequest >;
	cta?: PendingChange< boolean >;
}

export type PendingKind = keyof Pending;

export interface RoomEntry {
	/** What to show: the confirmed state with the pending changes applied. */
	room: RoomState | null;
	/** The last state the server sent (never overwritten by an older version). */
	confirmed: RoomState | null;
	/** Version of `confirmed`; 0 before any. */
	version: number;
	me: Me | null;
	polling: PollingState;
	lastError: string | null;
	pending: Pending;
}

export interface StoreState {
	rooms: Record< number, RoomEntry | undefined >;
}

export type RoomAction =
	| { type: 'RECEIVE_ROOM'; webinarId: number; state: RoomState }
	| { type: 'RECEIVE_ME'; webinarId: number; me: Me }
	| { type: 'SET_POLLING'; webinarId: number; polling: PollingState }
	| { type: 'SET_ERROR'; webinarId: number; error: string | null }
	| {
			type: 'SET_PENDING';
			webinarId: number;
			kind: 'status';
			change: PendingChange< StatusRequest >;
	  }
	| {
			type: 'SET_PENDING';
			webinarId: number;
			kind: 'cta';
			change: PendingChange< boolean >;
	  }
	| {
			type: 'CLEAR_PENDING';
			webinarId: number;
			kind: PendingKind;
			requestId: string;
	  };
