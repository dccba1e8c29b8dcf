import apiFetch from '@wordpress/api-fetch';
import { createRegistry } from '@wordpress/data';
import { createHooks } from '@wordpress/hooks';
import { createHooksMirror } from '../../hooks';
import type { FetchRoomStateArgs } from '../../rest/client';
import type {
	ActionResponse,
	MeResult,
	RoomState,
	RoomStateResult,
} from '../../rest/types';
import { connectRoom, roomStore } from '..';
import type { RoomDeps } from '..';
import type { VisibilitySource } from '../poller';

const state = ( patch: Partial< RoomState > = {} ): RoomState => ( {
	webinar_id: 12,
	status: 'scheduled',
	version: 1,
	starts_at: '2026-11-22T18:00:00+00:00',
	cta: { visible: false },
	...patch,
} );

const config = {
	webinarId: 12,
	restRoot: 'http://site/wp-json/',
	roomKey: 'k'.repeat( 64 ),
	pollInterval: 2000,
};

function setup() {
	const registry = createRegistry();
	registry.register( roomStore );
	const hooks = createHooks();
	const fetchState = jest.fn<
		Promise< RoomStateResult >,
		[ FetchRoomStateArgs ]
	>( async () => ( {
		kind: 'not-modified',
	} ) );
	const fetchMe = jest.fn( async (): Promise< MeResult > => ( {
		kind: 'error',
		code: 'rest_not_logged_in',
		message: 'Guest.',
		status: 401,
	} ) );
	const post = jest.fn( async (): Promise< ActionResponse > => ( {
		changed: true,
		state: state( { status: 'live', version: 2 } ),
	} ) );
	const deps: RoomDeps = {
		registry,
		mirror: createHooksMirror( hooks, { reporter: jest.fn() } ),
		post,
		poller: {
			fetchState,
			fetchMe,
			random: () => 0.5,
			document: {
				hidden: false,
				addEventListener: () => undefined,
				removeEventListener: () => undefined,
			} as unknown as VisibilitySource,
		},
	};
	return {
		deps,
		hooks,
		fetchState,
		post,
		select: () => registry.select( roomStore ),
	};
}

beforeEach( () => {
	jest.useFakeTimers();
} );
afterEach( () => {
	jest.useRealTimers();
	delete window.webinars;
} );

describe( 'connectRoom', () => {
	it( 'feeds the store, starting from the server-rendered state and its ETag', async () => {
		const { deps, fetchState, select } = setup();
		fetchState.mockResolvedValueOnce( {
			kind: 'changed',
			state: state( { status: 'live', version: 2 } ),
			etag: '"r12-v2"',
		} );
		const room = connectRoom( { ...config, initialState: state() }, deps );
		expect( fetchState ).toHaveBeenCalledWith(
			expect.objectContaining( {
				etag: '"r12-v1"',
				roomKey: config.roomKey,
			} )
		);
		await jest.advanceTimersByTimeAsync( 1 );
		expect( select().getRoom( 12 ) ).toMatchObject( {
			status: 'live',
			version: 2,
		} );
		expect( select().getPolling( 12 ) ).toBe( 'polling' );
		room.stop();
		expect( select().getPolling( 12 ) ).toBe( 'idle' );
	} );

	it( 'shares one poller per webinar between blocks and stops with the last one', async () => {
		const { deps, fetchState } = setup();
		const first = connectRoom( config, deps );
		const second = connectRoom( config, deps );
		expect( fetchState ).toHaveBeenCalledTimes( 1 );

		first.stop();
		first.stop(); // Idempotent: does not release the second block's reference.
		await jest.advanceTimersByTimeAsync( 2000 );
		expect( fetchState ).toHaveBeenCalledTimes( 2 );

		second.stop();
		await jest.advanceTimersByTimeAsync( 10000 );
		expect( fetchState ).toHaveBeenCalledTimes( 2 );
		// Nothing of the room is left on window: the runtime keeps its rooms to itself.
		expect( window.webinars ).toBeUndefined();
	} );

	it( 're-emits polled changes on the hooks with a sync context, without POSTing them', async () => {
		const { deps, hooks, fetchState, post } = setup();
		const listener = jest.fn();
		hooks.addAction( 'core_webinar_set_cta_visibility', 'test', listener );
		fetchState.mockResolvedValueOnce( {
			kind: 'changed',
			state: state( { version: 2, cta: { visible: true, text: 'Buy' } } ),
			etag: null,
		} );
		const room = connectRoom( { ...config, initialState: state() }, deps );
		await jest.advanceTimersByTimeAsync( 1 );
		expect( listener ).toHaveBeenCalledWith( {
			webinar_id: 12,
			visible: true,
			context: { actor_id: 0, role: 'system', source: 'sync' },
		} );
		expect( post ).not.toHaveBeenCalled();
		room.stop();
	} );

	it( "POSTs the ui actions of the room's webinar and stores the answer", async () => {
		const { deps, post, select } = setup();
		const room = connectRoom( { ...config, initialState: state() }, deps );
		deps.mirror?.doAction( 'core_webinar_set_status', {
			webinar_id: 12,
			status: 'start',
			context: { actor_id: 5, role: 'organizer', source: 'ui' },
		} );
		expect( post ).toHaveBeenCalledWith( 'core_webinar_set_status', {
			webinar_id: 12,
			status: 'start',
		} );
		await jest.advanceTimersByTimeAsync( 1 );
		expect( select().getRoom( 12 )?.status ).toBe( 'live' );
		room.stop();
		deps.mirror?.doAction( 'core_webinar_set_status', {
			webinar_id: 12,
			status: 'stop',
			context: { actor_id: 5, role: 'organizer', source: 'ui' },
		} );
		expect( post ).toHaveBeenCalledTimes( 1 );
	} );

	it( 'sets api-fetch up once per nonce and root', () => {
		const use = jest
			.spyOn( apiFetch, 'use' )
			.mockImplementation( () => undefined );
		const { deps } = setup();
		const a = connectRoom( { ...config, nonce: 'n1' }, deps );
		a.stop();
		const b = connectRoom( { ...config, nonce: 'n1' }, deps );
		b.stop();
		expect( use ).toHaveBeenCalledTimes( 2 ); // Nonce and root URL middlewares.

		// A block with a nonce joining a room a nonce-less block opened still installs it.
		const publicBlock = connectRoom( config, deps );
		const speakerBlock = connectRoom( { ...config, nonce: 'n2' }, deps );
		expect( use ).toHaveBeenCalledTimes( 4 );
		speakerBlock.stop();
		publicBlock.stop();
		use.mockRestore();
	} );
} );
