/**
 * Follows one room with plain fetch (no api-fetch, no wp.data): the shared state every
 * `interval` ms ± 20 % jitter (so a room of attendees does not poll in lockstep), with the
 * version's ETag so an unchanged room answers 304; and /me first when the page had no room key
 * (a join-token holder), then every `meInterval` as the presence heartbeat.
 *
 * Errors back off exponentially up to 30 s; a 429's Retry-After is a floor. Nothing runs while
 * the tab is hidden; it polls at once when the tab is shown again. Every dependency is injectable.
 */
import { isRoomState } from '../../src/contracts/generated/room';
import type { Me, RoomState } from '../../src/contracts/generated/room';

/**
 * The parts of /me the view reads (the key and the state). Deliberately not isMe(): a field the
 * view never reads (participant.last_seen, can_organize) missing from an older server must not
 * leave a join-token holder without the room.
 *
 * @param value Parsed JSON.
 */
const hasRoomKey = (
	value: unknown
): value is Pick< Me, 'webinar_id' | 'room_key' | 'state' > =>
	typeof value === 'object' &&
	value !== null &&
	typeof ( value as Me ).room_key === 'string' &&
	Number.isInteger( ( value as Me ).webinar_id ) &&
	isRoomState( ( value as Me ).state );

export const MAX_BACKOFF = 30000;
export const JITTER = 0.2;
/**
 * The presence heartbeat: inside Core's 30 s presence window, and at 20 s half the uncached /me
 * load of the old runtime's 10 s (the shared state poll is the cheap, cacheable one).
 */
export const ME_INTERVAL = 20000;

export interface PollerOptions {
	webinarId: number;
	/** …/webinars/v1/rooms/{id} */
	rooms: string;
	key: string;
	token: string;
	/** wp_rest nonce of a logged-in viewer (the /me heartbeat). */
	nonce: string;
	interval: number;
	meInterval?: number;
	/** The version the page shows (for If-None-Match). */
	version: () => number;
	onState: ( state: RoomState ) => void;
	/** Each /me answer (before its state is applied): the per-participant parts, e.g. media. */
	onMe?: ( body: unknown ) => void;
	/** True while requests fail, false once one succeeds again. */
	onTrouble: ( failing: boolean ) => void;
}

export interface PollerDeps {
	fetch: typeof fetch;
	setTimeout: ( callback: () => void, ms: number ) => unknown;
	clearTimeout: ( handle: unknown ) => void;
	random: () => number;
	now: () => number;
	document: Pick<
		Document,
		'hidden' | 'addEventListener' | 'removeEventListener'
	>;
}

export interface Poller {
	start: () => void;
	stop: () => void;
}

const browserDeps = (): PollerDeps => ( {
	fetch: ( ...args ) => window.fetch( ...args ),
	setTimeout: ( callback, ms ) => window.setTimeout( callback, ms ),
	clearTimeout: ( handle ) => window.clearTimeout( handle as number ),
	random: Math.random,
	now: Date.now,
	document,
} );

/** A failed request: how long to wait at least (Retry-After), 0 when the server did not say. */
class Failure extends Error {
	constructor( readonly waitAtLeast = 0 ) {
		super( 'request failed' );
	}
}

function retryAfter( response: Response ): number {
	const seconds = Number( response.headers.get( 'Retry-After' ) );
	return Number.isFinite( seconds ) && seconds > 0 ? seconds * 1000 : 0;
}

/**
 * Creates the poller of one room.
 *
 * @param options Room and callbacks.
 * @param deps    Browser dependencies (tests inject fakes).
 */
export function createPoller(
	options: PollerOptions,
	deps: PollerDeps = browserDeps()
): Poller {
	let key = options.key;
	let timer: unknown = null;
	let running = false;
	let failures = 0;
	let lastMe = Number.NEGATIVE_INFINITY;
	const meInterval = options.meInterval ?? ME_INTERVAL;
	const canMe = options.token !== '' || options.nonce !== '';

	async function me(): Promise< void > {
		const headers: Record< string, string > = options.token
			? { 'X-Webinars-Token': options.token }
			: { 'X-WP-Nonce': options.nonce };
		const response = await deps.fetch( `${ options.rooms }/me`, {
			credentials: options.token ? 'omit' : 'same-origin',
			headers,
		} );
		if ( ! response.ok ) {
			throw new Failure( retryAfter( response ) );
		}
		const body: unknown = await response.json();
		if ( ! hasRoomKey( body ) || body.webinar_id !== options.webinarId ) {
			throw new Failure();
		}
		lastMe = deps.now();
		key = body.room_key;
		options.onMe?.( body );
		options.onState( body.state );
	}

	async function poll(): Promise< void > {
		const url = `${ options.rooms }?key=${ encodeURIComponent( key ) }`;
		const response = await deps.fetch( url, {
			credentials: 'omit',
			headers: {
				'If-None-Match': `"r${ options.webinarId }-v${ options.version() }"`,
			},
		} );
		if ( response.status === 304 ) {
			return;
		}
		if ( response.status === 401 && canMe ) {
			key = ''; // The key changed: ask /me for the new one next time.
		}
		if ( ! response.ok ) {
			throw new Failure( retryAfter( response ) );
		}
		const body: unknown = await response.json();
		if ( ! isRoomState( body ) ) {
			throw new Failure();
		}
		options.onState( body );
	}

	function delay( floor: number ): number {
		if ( failures > 0 ) {
			const backoff = Math.min(
				MAX_BACKOFF,
				options.interval * 2 ** failures
			);
			return Math.max( backoff, floor );
		}
		const spread = 1 + ( deps.random() * 2 - 1 ) * JITTER;
		return Math.max( Math.round( options.interval * spread ), floor );
	}

	function schedule( ms: number ): void {
		deps.clearTimeout( timer );
		timer =
			running && ! deps.document.hidden
				? deps.setTimeout( tick, ms )
				: null;
	}

	async function tick(): Promise< void > {
		timer = null;
		let floor = 0;
		const needMe =
			canMe && ( key === '' || deps.now() - lastMe >= meInterval );
		try {
			if ( needMe ) {
				await me();
			} else if ( key !== '' ) {
				await poll();
			}
			if ( failures > 0 ) {
				failures = 0;
				options.onTrouble( false );
			}
		} catch ( error ) {
			floor = error instanceof Failure ? error.waitAtLeast : 0;
			if ( needMe ) {
				lastMe = deps.now(); // A stale nonce must not stop the polling with a key.
			}
			failures++;
			options.onTrouble( true );
		}
		schedule( delay( floor ) );
	}

	function onVisibility(): void {
		if ( deps.document.hidden ) {
			deps.clearTimeout( timer );
			timer = null;
		} else {
			schedule( 0 ); // Refresh at once.
		}
	}

	return {
		start() {
			if ( running ) {
				return;
			}
			running = true;
			deps.document.addEventListener( 'visibilitychange', onVisibility );
			// Without a key, /me comes first; with one the page is fresh: poll on the beat.
			schedule( key === '' || canMe ? 0 : delay( 0 ) );
		},
		stop() {
			running = false;
			deps.clearTimeout( timer );
			timer = null;
			deps.document.removeEventListener(
				'visibilitychange',
				onVisibility
			);
		},
	};
}
