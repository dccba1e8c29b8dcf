/**
 * The live room's browser runtime: ONE registered script (handle `webinars-room`, built from this
 * file, exposed as `window.webinars.room`). Block scripts import it as an external (see
 * webpack.config.js), so the page holds one store, one poller and one bridge per webinar.
 * Stable API for blocks:
 *
 *   connectRoom( config: RoomConfig ): RoomConnection
 *     config: { webinarId, restRoot, nonce?, token?, roomKey?, pollInterval?, initialState? }
 *     Starts (or joins) the room's poller and bridge and feeds `roomStore`; returns { stop() }.
 *     Blocks of the same webinar on one page share one poller; the last stop() ends it. The
 *     first connection's config drives the poller; a later one adds its nonce (api-fetch
 *     middleware) and its initialState (version-guarded).
 *
 *   roomStore: the `webinars/room` @wordpress/data store (registered once, by this script).
 *     select( roomStore ).getRoom( id ): RoomState | null    (with pending changes applied)
 *                         .getMe( id ): Me | null
 *                         .getPolling( id ): 'idle' | 'polling' | 'hidden' | 'backoff'
 *                         .getLastError( id ): string | null
 *                         .isPending( id, kind?: 'status' | 'cta' ): boolean
 *                         .getPendingRequest( id ): StatusRequest | null
 *     dispatch( roomStore ).setStatus( id, request: StatusRequest )
 *                          .setCtaVisibility( id, visible )
 *       → Promise< ActionOutcome >, never rejects: { ok: true, changed, state } or
 *         { ok: false, error: { code, message, status } } (also kept as lastError).
 *
 *   Types: RoomConfig, RoomConnection, RoomState, RoomStatus, RoomCta, Me, StatusRequest,
 *   ActionOutcome, PollingState.
 */
import { dispatch as defaultDispatch } from '@wordpress/data';
import type { DataRegistry } from '@wordpress/data';
import apiFetch from '@wordpress/api-fetch';
import { roomStore } from '../data';
import { createBridge } from '../hooks/bridge';
import type { Bridge, PostAction } from '../hooks/bridge';
import type { HooksMirror } from '../hooks';
import type { RoomState } from '../rest/types';
import { createPoller } from './poller';
import type { Poller, PollerOptions } from './poller';

export { roomStore };
export type {
	ActionOutcome,
	Me,
	RestErrorInfo,
	RoomCta,
	RoomState,
	RoomStatus,
	StatusRequest,
} from '../rest/types';
export type { PollingState } from '../data/types';

export interface RoomConfig {
	webinarId: number;
	/** REST root: `http://site/wp-json/` or `http://site/?rest_route=/`. */
	restRoot: string;
	/** `wp_rest` nonce of a logged-in user: enables /me and the actions through api-fetch. */
	nonce?: string;
	/** An attendee's join token (X-Webinars-Token). */
	token?: string;
	/** Room key from the markup; without it /me is asked for one first. */
	roomKey?: string;
	/** Milliseconds between polls; defaults to /me's poll_interval, else 2000. */
	pollInterval?: number;
	/** The state rendered by the server: shown at once. */
	initialState?: RoomState;
}

export interface RoomConnection {
	/** Leaves the room; idempotent. */
	stop: () => void;
}

/** Injection points for tests. */
export interface RoomDeps {
	/** Registry holding roomStore; the default one otherwise. */
	registry?: DataRegistry;
	mirror?: HooksMirror;
	post?: PostAction;
	poller?: Partial<
		Pick<
			PollerOptions,
			'fetchState' | 'fetchMe' | 'timers' | 'random' | 'now' | 'document'
		>
	>;
}

interface SharedRoom {
	refs: number;
	close: () => void;
}

/** Open rooms by webinar id. Module state is page state: this script is loaded once. */
const rooms = new Map< number, SharedRoom >();

/** The nonce and root pairs api-fetch already has middlewares for. */
const apiFetchSetUp = new Set< string >();

/**
 * Adds the nonce and root URL middlewares to api-fetch, once per page and pair.
 *
 * @param nonce    `wp_rest` nonce.
 * @param restRoot REST root.
 */
function setupApiFetch( nonce: string, restRoot: string ) {
	const done = apiFetchSetUp;
	const key = `${ nonce }|${ restRoot }`;
	if ( done.has( key ) ) {
		return;
	}
	done.add( key );
	apiFetch.use( apiFetch.createNonceMiddleware( nonce ) );
	apiFetch.use( apiFetch.createRootURLMiddleware( restRoot ) );
}

/**
 * The ETag the server gives a state (`"r{id}-v{version}"`, docs/rest.md), so the first poll after
 * a server-rendered state can already be answered 304. A wrong guess only costs a 200.
 *
 * @param state A room state.
 */
const etagOf = ( state: RoomState ) =>
	`"r${ state.webinar_id }-v${ state.version }"`;

/**
 * Connects the page to a webinar's live room. See the comment at the top of this file.
 *
 * @param config The room's configuration (from the block's markup).
 * @param deps   Test doubles.
 */
export function connectRoom(
	config: RoomConfig,
	deps: RoomDeps = {}
): RoomConnection {
	const actions = deps.registry
		? deps.registry.dispatch( roomStore )
		: defaultDispatch( roomStore );
	const id = config.webinarId;

	if ( config.initialState ) {
		actions.receiveRoom( id, config.initialState );
	}

	// Even when joining an open room: a speaker's block may come after a public one without nonce.
	if ( config.nonce ) {
		setupApiFetch( config.nonce, config.restRoot );
	}

	let shared = rooms.get( id );
	if ( shared ) {
		shared.refs += 1;
	} else {
		const bridge: Bridge = createBridge( {
			webinarId: id,
			...( deps.mirror ? { mirror: deps.mirror } : {} ),
			...( deps.post ? { post: deps.post } : {} ),
			onOutcome: ( outcome ) => {
				if ( outcome.ok ) {
					actions.receiveRoom( id, outcome.state );
				}
			},
		} );
		if ( config.initialState ) {
			bridge.observe( config.initialState );
		}
		const poller: Poller = createPoller( {
			...deps.poller,
			webinarId: id,
			restRoot: config.restRoot,
			...( config.roomKey ? { roomKey: config.roomKey } : {} ),
			...( config.token ? { token: config.token } : {} ),
			...( config.pollInterval
				? { pollInterval: config.pollInterval }
				: {} ),
			etag: config.initialState ? etagOf( config.initialState ) : null,
			onState: ( state ) => {
				actions.receiveRoom( id, state );
				bridge.observe( state );
			},
			onMe: ( me ) => actions.receiveMe( id, me ),
			onPolling: ( polling ) => actions.setPolling( id, polling ),
			onError: ( message ) => actions.setError( id, message ),
		} );
		shared = {
			refs: 1,
			close: () => {
				poller.stop();
				bridge.stop();
			},
		};
		rooms.set( id, shared );
		poller.start();
	}

	const room = shared;
	let open = true;
	return {
		stop() {
			if ( ! open ) {
				return;
			}
			open = false;
			room.refs -= 1;
			if ( room.refs <= 0 ) {
				room.close();
				if ( rooms.get( id ) === room ) {
					rooms.delete( id );
				}
			}
		},
	};
}
