import { createPoller, nextDelay } from '../poller';
import type { PollerOptions, VisibilitySource } from '../poller';
import type { FetchMeArgs, FetchRoomStateArgs } from '../../rest/client';
import type {
	Me,
	MeResult,
	RoomState,
	RoomStateResult,
} from '../../rest/types';

const KEY = 'k'.repeat( 64 );

const state = ( version = 1 ): RoomState => ( {
	webinar_id: 12,
	status: 'live',
	version,
	starts_at: '2026-11-22T18:00:00+00:00',
	cta: { visible: false },
} );

const me = ( patch: Partial< Me > = {} ): Me => ( {
	webinar_id: 12,
	room_key: KEY,
	participant: {
		kind: 'user',
		id: '5',
		last_seen: '2026-11-22T18:03:02+00:00',
	},
	role: 'attendee',
	can_control: false,
	can_organize: false,
	attendees_now: null,
	poll_interval: 2000,
	state: state(),
	...patch,
} );

function fakeDocument( hidden = false ) {
	const listeners = new Set< () => void >();
	const doc = {
		hidden,
		addEventListener: ( _type: string, listener: () => void ) =>
			listeners.add( listener ),
		removeEventListener: ( _type: string, listener: () => void ) =>
			listeners.delete( listener ),
		setHidden( value: boolean ) {
			doc.hidden = value;
			listeners.forEach( ( listener ) => listener() );
		},
	};
	return doc;
}

function setup(
	options: Partial< PollerOptions > & { hidden?: boolean } = {}
) {
	const doc = fakeDocument( options.hidden );
	const fetchState = jest.fn<
		Promise< RoomStateResult >,
		[ FetchRoomStateArgs ]
	>( async () => ( {
		kind: 'not-modified',
	} ) );
	const fetchMe = jest.fn< Promise< MeResult >, [ FetchMeArgs ] >(
		async () => ( {
			kind: 'ok',
			me: me(),
		} )
	);
	const callbacks = {
		onState: jest.fn(),
		onMe: jest.fn(),
		onPolling: jest.fn(),
		onError: jest.fn(),
	};
	const start = Date.now();
	const stateTimes: number[] = [];
	const meTimes: number[] = [];
	const poller = createPoller( {
		webinarId: 12,
		restRoot: 'http://site/wp-json/',
		roomKey: KEY,
		random: () => 0.5, // No jitter unless a test says otherwise.
		fetchState: ( args ) => {
			stateTimes.push( Date.now() - start );
			return fetchState( args );
		},
		fetchMe: ( args ) => {
			meTimes.push( Date.now() - start );
			return fetchMe( args );
		},
		document: doc as unknown as VisibilitySource,
		...callbacks,
		...options,
	} );
	return {
		poller,
		doc,
		fetchState,
		fetchMe,
		stateTimes,
		meTimes,
		...callbacks,
	};
}

beforeEach( () => {
	jest.useFakeTimers();
} );
afterEach( () => {
	jest.useRealTimers();
} );

describe( 'nextDelay', () => {
	it( 'stays within ±20 % of the interval', () => {
		expect( nextDelay( 2000, 0, 0 ) ).toBe( 1600 );
		expect( nextDelay( 2000, 0, 0.5 ) ).toBe( 2000 );
		expect( nextDelay( 2000, 0, 0.999999 ) ).toBe( 2400 );
		for ( let i = 0; i < 200; i++ ) {
			const delay = nextDelay( 2000, 0, Math.random() );
			expect( delay ).toBeGreaterThanOrEqual( 1600 );
			expect( delay ).toBeLessThanOrEqual( 2400 );
		}
	} );

	it( 'doubles per failure up to the cap', () => {
		expect(
			[ 1, 2, 3, 4, 10 ].map( ( failures ) =>
				nextDelay( 2000, failures, 0.5 )
			)
		).toEqual( [ 4000, 8000, 16000, 30000, 30000 ] );
		expect( nextDelay( 2000, 10, 0.999999 ) ).toBe( 30000 );
	} );
} );

describe( 'the poller', () => {
	it( 'polls at once and then every interval, with the jitter it is given', async () => {
		const { poller, stateTimes, onPolling } = setup( { random: () => 0 } );
		poller.start();
		await jest.advanceTimersByTimeAsync( 5000 );
		expect( stateTimes ).toEqual( [ 0, 1600, 3200, 4800 ] );
		expect( onPolling ).toHaveBeenLastCalledWith( 'polling' );
		poller.stop();
	} );

	it( 'sends the ETag of the last state and passes changed states on', async () => {
		const { poller, fetchState, onState } = setup( { etag: '"r12-v1"' } );
		fetchState
			.mockResolvedValueOnce( {
				kind: 'changed',
				state: state( 2 ),
				etag: '"r12-v2"',
			} )
			.mockResolvedValueOnce( { kind: 'not-modified' } );
		poller.start();
		await jest.advanceTimersByTimeAsync( 4000 );
		const etags = fetchState.mock.calls.map( ( [ args ] ) => args.etag );
		expect( etags ).toEqual( [ '"r12-v1"', '"r12-v2"', '"r12-v2"' ] );
		expect( onState ).toHaveBeenCalledWith( state( 2 ) );
		poller.stop();
	} );

	it( 'backs off exponentially on errors and resets on success', async () => {
		const { poller, fetchState, stateTimes, onPolling, onError } = setup();
		const failure: RoomStateResult = {
			kind: 'error',
			code: 'fetch_error',
			message: 'Offline.',
			status: 0,
		};
		fetchState
			.mockResolvedValueOnce( failure )
			.mockResolvedValueOnce( failure )
			.mockResolvedValueOnce( failure )
			.mockResolvedValueOnce( failure )
			.mockResolvedValueOnce( failure );
		poller.start();
		await jest.advanceTimersByTimeAsync( 1 );
		expect( onPolling ).toHaveBeenLastCalledWith( 'backoff' );
		expect( onError ).toHaveBeenLastCalledWith( 'Offline.' );

		await jest.advanceTimersByTimeAsync( 100000 );
		const at = stateTimes;
		// 0, +4 s, +8 s, +16 s, +30 s (capped), +30 s, then success: back to +2 s.
		expect( at.slice( 0, 8 ) ).toEqual( [
			0, 4000, 12000, 28000, 58000, 88000, 90000, 92000,
		] );
		expect( onPolling ).toHaveBeenLastCalledWith( 'polling' );
		expect( onError ).toHaveBeenLastCalledWith( null );
		poller.stop();
	} );

	it( 'honours Retry-After on 429 as a floor of the backoff', async () => {
		const { poller, fetchState, stateTimes } = setup();
		fetchState
			.mockResolvedValueOnce( { kind: 'throttled', retryAfter: 20 } )
			.mockResolvedValueOnce( { kind: 'throttled', retryAfter: 1 } );
		poller.start();
		await jest.advanceTimersByTimeAsync( 32000 );
		// 20 s (Retry-After beats the 4 s backoff), then 8 s (backoff beats 1 s), then 2 s.
		expect( stateTimes.slice( 0, 4 ) ).toEqual( [
			0, 20000, 28000, 30000,
		] );
		poller.stop();
	} );

	it( 'pauses while the tab is hidden and polls at once when it is visible again', async () => {
		const { poller, doc, fetchState, onPolling } = setup();
		poller.start();
		await jest.advanceTimersByTimeAsync( 1000 );
		expect( fetchState ).toHaveBeenCalledTimes( 1 );

		doc.setHidden( true );
		expect( onPolling ).toHaveBeenLastCalledWith( 'hidden' );
		await jest.advanceTimersByTimeAsync( 60000 );
		expect( fetchState ).toHaveBeenCalledTimes( 1 );

		doc.setHidden( false );
		expect( fetchState ).toHaveBeenCalledTimes( 2 );
		await jest.advanceTimersByTimeAsync( 1 );
		expect( onPolling ).toHaveBeenLastCalledWith( 'polling' );
		poller.stop();
	} );

	it( 'keeps to Retry-After when the tab comes back', async () => {
		const { poller, doc, fetchState, stateTimes } = setup();
		fetchState.mockResolvedValueOnce( {
			kind: 'throttled',
			retryAfter: 20,
		} );
		poller.start();
		await jest.advanceTimersByTimeAsync( 1000 );
		doc.setHidden( true );
		await jest.advanceTimersByTimeAsync( 4000 );
		doc.setHidden( false );
		await jest.advanceTimersByTimeAsync( 16000 );
		expect( stateTimes ).toEqual( [ 0, 20000 ] );
		poller.stop();
	} );

	it( 'does not poll when started in a hidden tab', async () => {
		const { poller, doc, fetchState, fetchMe, onPolling } = setup( {
			hidden: true,
		} );
		poller.start();
		await jest.advanceTimersByTimeAsync( 30000 );
		expect( fetchState ).not.toHaveBeenCalled();
		expect( fetchMe ).not.toHaveBeenCalled();
		expect( onPolling ).toHaveBeenLastCalledWith( 'hidden' );
		doc.setHidden( false );
		expect( fetchState ).toHaveBeenCalledTimes( 1 );
		expect( fetchMe ).toHaveBeenCalledTimes( 1 );
		poller.stop();
	} );

	it( 'sends the presence heartbeat every 10 s', async () => {
		const { poller, fetchMe, meTimes, onMe, onState } = setup( {
			token: 'tok',
		} );
		poller.start();
		await jest.advanceTimersByTimeAsync( 25000 );
		expect( meTimes ).toEqual( [ 0, 10000, 20000 ] );
		expect( fetchMe ).toHaveBeenCalledWith(
			expect.objectContaining( { webinarId: 12, token: 'tok' } )
		);
		expect( onMe ).toHaveBeenCalledTimes( 3 );
		expect( onState ).toHaveBeenCalledWith( state() );
		poller.stop();
	} );

	it( 'asks /me for the room key first when none is known', async () => {
		const { poller, fetchState, fetchMe, onMe } = setup( {
			roomKey: undefined,
			pollInterval: undefined,
		} );
		fetchMe.mockResolvedValue( {
			kind: 'ok',
			me: me( { poll_interval: 3000 } ),
		} );
		poller.start();
		expect( fetchMe ).toHaveBeenCalledTimes( 1 );
		expect( fetchState ).not.toHaveBeenCalled();
		await jest.advanceTimersByTimeAsync( 1 );
		expect( onMe ).toHaveBeenCalled();
		// The state loop starts with the key, at the server's poll_interval.
		await jest.advanceTimersByTimeAsync( 2998 );
		expect( fetchState ).not.toHaveBeenCalled();
		await jest.advanceTimersByTimeAsync( 2 );
		expect( fetchState ).toHaveBeenCalledWith(
			expect.objectContaining( { roomKey: KEY } )
		);
		poller.stop();
	} );

	it( 'reports a failing /me while it has no key', async () => {
		const { poller, fetchMe, onError, onPolling } = setup( {
			roomKey: undefined,
		} );
		fetchMe.mockResolvedValue( {
			kind: 'error',
			code: 'rest_not_logged_in',
			message: 'Log in to join.',
			status: 401,
		} );
		poller.start();
		await jest.advanceTimersByTimeAsync( 1 );
		expect( onError ).toHaveBeenLastCalledWith( 'Log in to join.' );
		expect( onPolling ).toHaveBeenLastCalledWith( 'backoff' );
		poller.stop();
	} );

	it( 'stops the heartbeat for a guest who has the key (401 on /me)', async () => {
		const { poller, fetchState, fetchMe } = setup();
		fetchMe.mockResolvedValue( {
			kind: 'error',
			code: 'rest_not_logged_in',
			message: 'Guests have no presence.',
			status: 401,
		} );
		poller.start();
		await jest.advanceTimersByTimeAsync( 60000 );
		expect( fetchMe ).toHaveBeenCalledTimes( 1 );
		expect( fetchState.mock.calls.length ).toBeGreaterThan( 20 );
		poller.stop();
	} );

	it( 'does nothing after stop, even when an answer arrives late', async () => {
		const { poller, fetchState, onState, onPolling } = setup();
		let answer: ( result: RoomStateResult ) => void = () => undefined;
		fetchState.mockImplementationOnce(
			() =>
				new Promise< RoomStateResult >( ( resolve ) => {
					answer = resolve;
				} )
		);
		poller.start();
		poller.stop();
		expect( onPolling ).toHaveBeenLastCalledWith( 'idle' );
		answer( { kind: 'changed', state: state( 9 ), etag: null } );
		await jest.advanceTimersByTimeAsync( 60000 );
		expect( onState ).not.toHaveBeenCalled();
		expect( fetchState ).toHaveBeenCalledTimes( 1 );
	} );
} );
