/**
 * Polls one room: the shared state every `pollInterval` ms ± 20 % jitter (the jitter keeps a room
 * of attendees from hitting the server in lockstep), and /me every ~10 s as the presence
 * heartbeat (it also hands out the room key, so it runs first when none is known).
 *
 * Errors and 429 back off exponentially (capped; Retry-After is a floor) and reset on success.
 * Nothing runs while the tab is hidden; on becoming visible the state is fetched at once.
 * Clock, timers, randomness, document and both fetchers are injectable for tests.
 */
import { fetchMe as defaultFetchMe, fetchRoomState } from '../rest/client';
import type { FetchMeArgs, FetchRoomStateArgs } from '../rest/client';
import type {
	Me,
	MeResult,
	RestFailure,
	RoomState,
	RoomStateResult,
} from '../rest/types';
import type { PollingState } from '../data/types';

export const DEFAULT_POLL_INTERVAL = 2000;
export const DEFAULT_ME_INTERVAL = 10000;
export const DEFAULT_MAX_BACKOFF = 30000;
export const DEFAULT_JITTER = 0.2;

export interface Timers {
	setTimeout: ( callback: () => void, ms: number ) => unknown;
	clearTimeout: ( handle: unknown ) => void;
}

export type VisibilitySource = Pick<
	Document,
	'hidden' | 'addEventListener' | 'removeEventListener'
>;

export interface PollerOptions {
	webinarId: number;
	restRoot: string;
	roomKey?: string;
	token?: string;
	/** ETag of the state already held (e.g. the one printed in the block's markup). */
	etag?: string | null;
	/** Milliseconds between state polls; when unset, /me's poll_interval, else 2000. */
	pollInterval?: number;
	meInterval?: number;
	maxBackoff?: number;
	/** Fraction of the interval the delay may move either way. */
	jitter?: number;

	/** A state from the server (`poll` or `me`); the store's version guard sorts old from new. */
	onState: ( state: RoomState ) => void;
	onMe: ( me: Me ) => void;
	onPolling: ( polling: PollingState ) => void;
	/** A message while polling fails, null once it works again. */
	onError: ( message: string | null ) => void;

	fetchState?: ( args: FetchRoomStateArgs ) => Promise< RoomStateResult >;
	fetchMe?: ( args: FetchMeArgs ) => Promise< MeResult >;
	timers?: Timers;
	random?: () => number;
	now?: () => number;
	document?: VisibilitySource;
}

export interface Poller {
	start: () => void;
	stop: () => void;
	/** Polls the state now (unless a request is in flight or Retry-After forbids). */
	refresh: () => void;
}

type Step =
	| { kind: 'ok' }
	| { kind: 'throttled'; retryAfter: number }
	| { kind: 'error'; failure: RestFailure }
	/** Give up this loop (it cannot succeed). */
	| { kind: 'give-up' };

/**
 * The delay before the next run: the interval after a success, doubling per consecutive failure
 * up to maxBackoff; ± jitter either way (never past the cap).
 *
 * @param interval   Base interval (ms).
 * @param failures   Consecutive failures (0 after a success).
 * @param random     A number in [0, 1).
 * @param jitter     Fraction of spread either way.
 * @param maxBackoff Cap of the backoff (ms).
 */
export function nextDelay(
	interval: number,
	failures: number,
	random: number,
	jitter = DEFAULT_JITTER,
	maxBackoff = DEFAULT_MAX_BACKOFF
): number {
	const base = failures > 0 ? interval * 2 ** failures : interval;
	const jittered = base * ( 1 + jitter * ( 2 * random - 1 ) );
	return Math.round(
		failures > 0 ? Math.min( maxBackoff, jittered ) : jittered
	);
}

/** One self-rescheduling request loop with its own backoff. */
interface Loop {
	/** Runs now unless in flight, hidden, stopped or before a Retry-After deadline. */
	run: () => void;
	schedule: ( delay: number ) => void;
	cancel: () => void;
	/** Forgets an in-flight request (after stop). */
	reset: () => void;
	due: () => number;
	inFlight: () => boolean;
	failures: () => number;
}

/**
 * Creates a poller; nothing happens before start().
 *
 * @param options See PollerOptions.
 */
export function createPoller( options: PollerOptions ): Poller {
	const timers: Timers = options.timers ?? {
		setTimeout: ( callback, ms ) => setTimeout( callback, ms ),
		clearTimeout: ( handle ) =>
			clearTimeout( handle as ReturnType< typeof setTimeout > ),
	};
	const random = options.random ?? Math.random;
	const now = options.now ?? Date.now;
	const doc: VisibilitySource | undefined =
		options.document ??
		( typeof document === 'undefined' ? undefined : document );
	const fetchState = options.fetchState ?? fetchRoomState;
	const fetchMe = options.fetchMe ?? defaultFetchMe;
	const jitter = options.jitter ?? DEFAULT_JITTER;
	const maxBackoff = options.maxBackoff ?? DEFAULT_MAX_BACKOFF;
	const meInterval = options.meInterval ?? DEFAULT_ME_INTERVAL;

	let roomKey = options.roomKey ?? null;
	let etag = options.etag ?? null;
	let serverInterval: number | null = null;
	let running = false;
	let generation = 0;
	let heartbeat = true;
	let controller: AbortController | null = null;
	let polling: PollingState = 'idle';

	const pollInterval = () =>
		options.pollInterval ?? serverInterval ?? DEFAULT_POLL_INTERVAL;
	const hidden = () => doc?.hidden === true;
	const signal = () =>
		controller ? { signal: controller.signal } : undefined;

	const report = ( next: PollingState ) => {
		if ( next !== polling ) {
			polling = next;
			options.onPolling( next );
		}
	};

	const makeLoop = (
		interval: () => number,
		request: ( stale: () => boolean ) => Promise< Step >,
		onSettled: () => void
	): Loop => {
		let timer: unknown = null;
		let inflight: object | null = null;
		let failures = 0;
		let dueAt = 0;
		let notBefore = 0; // Retry-After deadline.

		const loop: Loop = {
			due: () => dueAt,
			inFlight: () => inflight !== null,
			failures: () => failures,
			cancel() {
				if ( timer !== null ) {
					timers.clearTimeout( timer );
					timer = null;
				}
			},
			reset() {
				loop.cancel();
				inflight = null;
			},
			schedule( delay ) {
				loop.cancel();
				dueAt = Math.max( now() + delay, notBefore );
				timer = timers.setTimeout( () => {
					timer = null;
					loop.run();
				}, dueAt - now() );
			},
			run() {
				if ( ! running || inflight || hidden() ) {
					return;
				}
				if ( now() < notBefore ) {
					loop.schedule( 0 );
					return;
				}
				loop.cancel();
				const token = {};
				const ours = generation;
				// Stopped (and maybe restarted) meanwhile: the answer is not ours any more.
				const stale = () => ! running || ours !== generation;
				inflight = token;
				request( stale ).then( ( step ) => {
					if ( inflight === token ) {
						inflight = null;
					}
					if ( stale() ) {
						return;
					}
					if ( step.kind === 'ok' ) {
						failures = 0;
					} else if ( step.kind !== 'give-up' ) {
						failures += 1;
					}
					if ( step.kind === 'throttled' ) {
						notBefore = now() + step.retryAfter * 1000;
					}
					if ( step.kind !== 'give-up' && ! hidden() ) {
						loop.schedule(
							nextDelay(
								interval(),
								failures,
								random(),
								jitter,
								maxBackoff
							)
						);
					}
					onSettled();
				} );
			},
		};
		return loop;
	};

	const stateLoop: Loop = makeLoop(
		pollInterval,
		async ( stale ) => {
			if ( ! roomKey ) {
				return { kind: 'give-up' }; // /me starts this loop once it hands out the key.
			}
			const result = await fetchState( {
				restRoot: options.restRoot,
				webinarId: options.webinarId,
				roomKey,
				etag,
				...signal(),
			} );
			if ( stale() ) {
				return { kind: 'give-up' };
			}
			switch ( result.kind ) {
				case 'changed':
					etag = result.etag;
					options.onState( result.state );
					options.onError( null );
					return { kind: 'ok' };
				case 'not-modified':
					options.onError( null );
					return { kind: 'ok' };
				case 'throttled':
					return result;
				default:
					options.onError( result.message );
					return { kind: 'error', failure: result };
			}
		},
		settled
	);

	const meLoop: Loop = makeLoop(
		// Until the key arrives, retry at the state's pace: nothing shows without it.
		() => ( roomKey ? meInterval : pollInterval() ),
		async ( stale ) => {
			const result = await fetchMe( {
				webinarId: options.webinarId,
				...( options.token ? { token: options.token } : {} ),
				...signal(),
			} );
			if ( stale() ) {
				return { kind: 'give-up' };
			}
			if ( result.kind === 'ok' ) {
				const firstKey = roomKey === null;
				roomKey = result.me.room_key;
				if ( result.me.poll_interval > 0 ) {
					serverInterval = result.me.poll_interval;
				}
				options.onMe( result.me );
				options.onState( result.me.state );
				if ( firstKey ) {
					options.onError( null );
					stateLoop.schedule(
						nextDelay( pollInterval(), 0, random(), jitter )
					);
				}
				return { kind: 'ok' };
			}
			if ( result.kind === 'throttled' ) {
				return result;
			}
			if ( roomKey === null ) {
				// No /me, no key, no state: worth showing.
				options.onError( result.message );
			} else if ( result.status === 401 || result.status === 403 ) {
				// A guest with the key from the markup: there is no presence to record.
				heartbeat = false;
				return { kind: 'give-up' };
			}
			return { kind: 'error', failure: result };
		},
		settled
	);

	function settled() {
		if ( ! running ) {
			return;
		}
		if ( hidden() ) {
			report( 'hidden' );
			return;
		}
		const failing = roomKey ? stateLoop.failures() : meLoop.failures();
		report( failing > 0 ? 'backoff' : 'polling' );
	}

	const resume = () => {
		settled();
		if ( ! roomKey ) {
			meLoop.run();
			return;
		}
		stateLoop.run();
		if ( ! heartbeat || meLoop.inFlight() ) {
			return;
		}
		if ( now() >= meLoop.due() ) {
			meLoop.run();
		} else {
			meLoop.schedule( meLoop.due() - now() );
		}
	};

	const onVisibility = () => {
		if ( ! running ) {
			return;
		}
		if ( hidden() ) {
			stateLoop.cancel();
			meLoop.cancel();
			report( 'hidden' );
		} else {
			resume();
		}
	};

	return {
		start() {
			if ( running ) {
				return;
			}
			running = true;
			generation += 1;
			controller =
				typeof AbortController === 'undefined'
					? null
					: new AbortController();
			doc?.addEventListener( 'visibilitychange', onVisibility );
			resume();
		},
		stop() {
			if ( ! running ) {
				return;
			}
			running = false;
			controller?.abort();
			controller = null;
			stateLoop.reset();
			meLoop.reset();
			doc?.removeEventListener( 'visibilitychange', onVisibility );
			report( 'idle' );
		},
		refresh() {
			if ( roomKey ) {
				stateLoop.run();
			}
		},
	};
}
