/**
 * The room as this block sees it: the shapes of docs/rest.md, declared here (not imported from
 * the runtime's folder) so the presentational components stay testable on their own.
 */
export type RoomStatus = 'scheduled' | 'live' | 'paused' | 'ended' | 'archived';

export interface Cta {
	visible: boolean;
	text?: string;
	label?: string;
	url?: string;
}

export interface RoomState {
	webinar_id: number;
	status: RoomStatus;
	version: number;
	starts_at: string;
	cta: Cta;
}

export type Polling = 'idle' | 'polling' | 'paused' | 'backoff';

/** What the server-rendered container hands to the script (data-* attributes). */
export interface RoomConfig {
	webinarId: number;
	restRoot: string;
	nonce?: string;
	token?: string;
	roomKey?: string;
	pollInterval?: number;
	initialState?: RoomState;
	startsAt?: string;
}

/**
 * A participant (logged in, or holding a join token) polls the room; a guest does not.
 * @param config
 */
export const isParticipant = ( config: RoomConfig ): boolean =>
	Boolean( config.nonce || config.token || config.roomKey );
