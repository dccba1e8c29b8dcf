import { createRegistry } from '@wordpress/data';
import { createBridge } from '../../hooks/bridge';
import type { Bridge } from '../../hooks/bridge';
import { RestError } from '../../rest/client';
import type { ActionResponse, Me, RoomState } from '../../rest/types';
import { roomStore, STORE_NAME } from '..';
import reducer from '../reducer';

const room = ( patch: Partial< RoomState > = {} ): RoomState => ( {
	webinar_id: 12,
	status: 'scheduled',
	version: 3,
	starts_at: '2026-11-22T18:00:00+00:00',
	cta: { visible: false },
	...patch,
} );

const me: Me = {
	webinar_id: 12,
	room_key: 'f'.repeat( 64 ),
	participant: {
		kind: 'user',
		id: '5',
		last_seen: '2026-11-22T18:03:02+00:00',
	},
	role: 'organizer',
	can_control: true,
	can_organize: true,
	attendees_now: 2,
	poll_interval: 2000,
	state: room(),
};

function setup() {
	const registry = createRegistry();
	registry.register( roomStore );
	return {
		registry,
		select: () => registry.select( roomStore ),
		dispatch: registry.dispatch( roomStore ),
	};
}

describe( 'the webinars/room store: reducer and selectors', () => {
	it( 'has defaults for an unknown webinar', () => {
		const { select } = setup();
		expect( select().getRoom( 1 ) ).toBeNull();
		expect( select().getMe( 1 ) ).toBeNull();
		expect( select().getPolling( 1 ) ).toBe( 'idle' );
		expect( select().getLastError( 1 ) ).toBeNull();
		expect( select().isPending( 1 ) ).toBe( false );
	} );

	it( 'keeps rooms per webinar id and never lets an older version overwrite a newer one', () => {
		const { select, dispatch } = setup();
		dispatch.receiveRoom( 12, room( { status: 'live', version: 5 } ) );
		dispatch.receiveRoom( 12, room( { status: 'scheduled', version: 4 } ) );
		expect( select().getRoom( 12 ) ).toMatchObject( {
			status: 'live',
			version: 5,
		} );

		dispatch.receiveRoom( 13, room( { webinar_id: 13, version: 1 } ) );
		expect( select().getRoom( 13 )?.version ).toBe( 1 );
		expect( select().getRoom( 12 )?.version ).toBe( 5 );

		dispatch.receiveRoom( 12, room( { status: 'ended', version: 6 } ) );
		expect( select().getRoom( 12 )?.status ).toBe( 'ended' );
	} );

	it( "ignores a state whose webinar is not the entry's", () => {
		const { select, dispatch } = setup();
		dispatch.receiveRoom( 12, room( { webinar_id: 13 } ) );
		expect( select().getRoom( 12 ) ).toBeNull();
	} );

	it( 'receives me with its state, guarded by version', () => {
		const { select, dispatch } = setup();
		dispatch.receiveRoom( 12, room( { version: 9, status: 'live' } ) );
		dispatch.receiveMe( 12, me );
		expect( select().getMe( 12 ) ).toBe( me );
		expect( select().getRoom( 12 )?.version ).toBe( 9 );
	} );

	it( 'sets polling and errors', () => {
		const { select, dispatch } = setup();
		dispatch.setPolling( 12, 'backoff' );
		dispatch.setError( 12, 'Offline.' );
		expect( select().getPolling( 12 ) ).toBe( 'backoff' );
		expect( select().getLastError( 12 ) ).toBe( 'Offline.' );
		dispatch.setError( 12, null );
		expect( select().getLastError( 12 ) ).toBeNull();
	} );

	it( 'returns the same references while nothing changed', () => {
		const first = reducer( undefined, {
			type: 'RECEIVE_ROOM',
			webinarId: 12,
			state: room(),
		} );
		const again = reducer( first, {
			type: 'RECEIVE_ROOM',
			webinarId: 12,
			state: room(),
		} );
		expect( again ).toBe( first );
		expect( reducer( first, { type: 'UNRELATED' } ) ).toBe( first );
	} );
} );

describe( 'the webinars/room store: optimistic changes', () => {
	let bridge: Bridge | null = null;
	afterEach( () => {
		bridge?.stop();
		bridge = null;
	} );

	it( 'fires the ui action, shows the change at once and keeps the answer', async () => {
		const post = jest.fn().mockResolvedValue( {
			changed: true,
			state: room( { status: 'live', version: 4 } ),
		} );
		bridge = createBridge( { webinarId: 12, post } );
		const { select, dispatch } = setup();
		dispatch.receiveRoom( 12, room() );
		dispatch.receiveMe( 12, me );
		dispatch.setError( 12, 'old' );

		const done = dispatch.setStatus( 12, 'start' );
		expect( select().getRoom( 12 )?.status ).toBe( 'live' );
		expect( select().isPending( 12, 'status' ) ).toBe( true );
		expect( select().isPending( 12, 'cta' ) ).toBe( false );
		expect( post ).toHaveBeenCalledWith( 'core_webinar_set_status', {
			webinar_id: 12,
			status: 'start',
		} );

		await expect( done ).resolves.toMatchObject( {
			ok: true,
			changed: true,
		} );
		expect( select().isPending( 12 ) ).toBe( false );
		expect( select().getRoom( 12 ) ).toMatchObject( {
			status: 'live',
			version: 4,
		} );
		expect( select().getLastError( 12 ) ).toBeNull();
	} );

	it( 'resets an ended webinar: the pending request is known, the view shows scheduled at once', async () => {
		const post = jest.fn().mockResolvedValue( {
			changed: true,
			state: room( { status: 'scheduled', version: 9 } ),
		} );
		bridge = createBridge( { webinarId: 12, post } );
		const { select, dispatch } = setup();
		dispatch.receiveRoom( 12, room( { status: 'ended', version: 8 } ) );
		expect( select().getPendingRequest( 12 ) ).toBeNull();

		const done = dispatch.setStatus( 12, 'reset' );
		expect( select().getPendingRequest( 12 ) ).toBe( 'reset' );
		expect( select().getRoom( 12 )?.status ).toBe( 'scheduled' );
		expect( post ).toHaveBeenCalledWith( 'core_webinar_set_status', {
			webinar_id: 12,
			status: 'reset',
		} );
		await done;
		expect( select().getPendingRequest( 12 ) ).toBeNull();
		expect( select().getRoom( 12 )?.version ).toBe( 9 );
	} );

	it( 'shows a CTA change after the end at once (the contract allows it)', () => {
		bridge = createBridge( {
			webinarId: 12,
			post: () => new Promise< ActionResponse >( () => undefined ),
		} );
		const { select, dispatch } = setup();
		dispatch.receiveRoom( 12, room( { status: 'ended' } ) );
		void dispatch.setCtaVisibility( 12, true );
		expect( select().getRoom( 12 )?.cta.visible ).toBe( true );
	} );

	it( "rolls back with the server's reason when refused", async () => {
		let refuse: ( error: unknown ) => void = () => undefined;
		const post = jest.fn(
			() =>
				new Promise< ActionResponse >( ( _resolve, reject ) => {
					refuse = reject;
				} )
		);
		bridge = createBridge( { webinarId: 12, post } );
		const { select, dispatch } = setup();
		dispatch.receiveRoom( 12, room( { status: 'live' } ) );

		const done = dispatch.setCtaVisibility( 12, true );
		expect( select().getRoom( 12 )?.cta.visible ).toBe( true );

		refuse(
			new RestError( {
				code: 'rest_forbidden',
				message: 'You cannot control this webinar.',
				status: 403,
			} )
		);
		await expect( done ).resolves.toEqual( {
			ok: false,
			error: {
				code: 'rest_forbidden',
				message: 'You cannot control this webinar.',
				status: 403,
			},
		} );
		expect( select().getRoom( 12 )?.cta.visible ).toBe( false );
		expect( select().getLastError( 12 ) ).toBe(
			'You cannot control this webinar.'
		);
		expect( select().isPending( 12 ) ).toBe( false );
	} );

	it( 'sends the actor from me in the ui context', () => {
		const post = jest.fn(
			() => new Promise< ActionResponse >( () => undefined )
		);
		bridge = createBridge( { webinarId: 12, post } );
		const listener = jest.fn();
		const { addAction, removeAction } =
			jest.requireActual( '@wordpress/hooks' );
		addAction( 'core_webinar_set_cta_visibility', 'test', listener );
		const { dispatch } = setup();
		dispatch.receiveMe( 12, me );
		void dispatch.setCtaVisibility( 12, true );
		removeAction( 'core_webinar_set_cta_visibility', 'test' );
		expect( listener ).toHaveBeenCalledWith( {
			webinar_id: 12,
			visible: true,
			context: expect.objectContaining( {
				actor_id: 5,
				role: 'organizer',
				source: 'ui',
				request_id: expect.any( String ),
			} ),
		} );
	} );

	it( 'does not show a change the server would refuse', () => {
		bridge = createBridge( {
			webinarId: 12,
			post: jest.fn(
				() => new Promise< ActionResponse >( () => undefined )
			),
		} );
		const { select, dispatch } = setup();
		dispatch.receiveRoom( 12, room( { status: 'archived' } ) );
		void dispatch.setStatus( 12, 'start' );
		void dispatch.setCtaVisibility( 12, true );
		expect( select().getRoom( 12 ) ).toMatchObject( {
			status: 'archived',
			cta: { visible: false },
		} );
		expect( select().isPending( 12 ) ).toBe( true );
	} );

	it( 'keeps the newer request pending when an older one settles', async () => {
		const resolvers: Array< ( value: ActionResponse ) => void > = [];
		bridge = createBridge( {
			webinarId: 12,
			post: jest.fn(
				() =>
					new Promise< ActionResponse >( ( resolve ) => {
						resolvers.push( resolve );
					} )
			),
		} );
		const { select, dispatch } = setup();
		dispatch.receiveRoom( 12, room( { status: 'live' } ) );
		const first = dispatch.setCtaVisibility( 12, true );
		void dispatch.setCtaVisibility( 12, false );
		resolvers[ 0 ]?.( {
			changed: true,
			state: room( {
				status: 'live',
				version: 4,
				cta: { visible: true },
			} ),
		} );
		await first;
		expect( select().isPending( 12, 'cta' ) ).toBe( true );
		expect( select().getRoom( 12 )?.cta.visible ).toBe( false );
	} );

	it( 'rolls back when no room is connected', async () => {
		const { select, dispatch } = setup();
		dispatch.receiveRoom( 12, room() );
		await expect(
			dispatch.setStatus( 12, 'start' )
		).resolves.toMatchObject( {
			ok: false,
			error: { code: 'webinars_not_connected' },
		} );
		expect( select().getRoom( 12 )?.status ).toBe( 'scheduled' );
		expect( select().getLastError( 12 ) ).toBe(
			'The room is not connected.'
		);
	} );
} );

describe( 'registration', () => {
	it( 'registers once in the default registry', () => {
		const { select } = jest.requireActual( '@wordpress/data' );
		expect( select( STORE_NAME ) ).toBeTruthy();
	} );
} );
