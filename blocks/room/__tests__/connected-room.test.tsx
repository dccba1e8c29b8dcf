/**
 * The store wiring of the speaker room, against a stand-in of the webinars/room store with the
 * same selectors and thunks (their outcomes are resolved by each test).
 */
import { createRegistry, RegistryProvider } from '@wordpress/data';
import { ConnectedSpeakerRoom } from '../connected-room';
import type { RoomState } from '../types';
import { act, render } from '../../../src/blocks/testing/render';

type Outcome =
	| { ok: true; changed: boolean; state: RoomState }
	| { ok: false; error: { code: string; message: string; status: number } };

interface FakeState {
	room: RoomState | null;
	lastError: string | null;
	pending: { status?: string; cta?: boolean };
}

const mockAnswers: Array< ( outcome: Outcome ) => void > = [];
const mockCalls: unknown[][] = [];

jest.mock( '../../../src/room', () => {
	const initial: FakeState = { room: null, lastError: null, pending: {} };
	const me = {
		webinar_id: 9,
		room_key: 'k',
		participant: {
			kind: 'user',
			id: '5',
			last_seen: '2026-11-22T18:03:02+00:00',
		},
		role: 'organizer',
		can_control: true,
		can_organize: true,
		attendees_now: 3,
		poll_interval: 2000,
	};
	const ask =
		( kind: 'status' | 'cta', value: string | boolean, args: unknown[] ) =>
		async ( { dispatch }: { dispatch: ( action: object ) => void } ) => {
			mockCalls.push( args );
			dispatch( { type: 'PENDING', kind, value } );
			const outcome = await new Promise< Outcome >( ( resolve ) =>
				mockAnswers.push( resolve )
			);
			dispatch( { type: 'SETTLED', kind, outcome } );
			return outcome;
		};
	return {
		roomStore: jest
			.requireActual( '@wordpress/data' )
			.createReduxStore( 'webinars/room-test', {
				reducer: (
					state: FakeState = initial,
					action: { type: string; [ key: string ]: any }
				): FakeState => {
					switch ( action.type ) {
						case 'RECEIVE':
							return {
								...state,
								room: action.room,
								lastError: null,
							};
						case 'PENDING':
							return {
								...state,
								pending: {
									...state.pending,
									[ action.kind ]: action.value,
								},
							};
						case 'SETTLED':
							return {
								...state,
								pending: {
									...state.pending,
									[ action.kind ]: undefined,
								},
								lastError: action.outcome.ok
									? null
									: action.outcome.error.message,
							};
					}
					return state;
				},
				selectors: {
					getRoom: ( state: FakeState ) => state.room,
					getMe: () => me,
					getLastError: ( state: FakeState ) => state.lastError,
					isPending: (
						state: FakeState,
						_id: number,
						kind?: 'status' | 'cta'
					) => ( kind ? state.pending[ kind ] !== undefined : false ),
					getPendingRequest: ( state: FakeState ) =>
						state.pending.status ?? null,
				},
				actions: {
					receive: ( room: RoomState ) => ( {
						type: 'RECEIVE',
						room,
					} ),
					setStatus: ( id: number, status: string ) =>
						ask( 'status', status, [ 'status', id, status ] ),
					setCtaVisibility: ( id: number, visible: boolean ) =>
						ask( 'cta', visible, [ 'cta', id, visible ] ),
				},
			} ),
	};
} );

import { roomStore } from '../../../src/room';

const state = ( patch: Partial< RoomState > = {} ): RoomState => ( {
	webinar_id: 9,
	status: 'live',
	version: 4,
	starts_at: '2026-11-22T18:00:00+00:00',
	cta: { visible: false },
	...patch,
} );

async function settle( outcome: Outcome ) {
	await act( async () => {
		mockAnswers.shift()?.( outcome );
		await Promise.resolve();
	} );
}

/** An hour before the scheduled start. */
const EARLY = Date.parse( '2026-11-22T17:00:00+00:00' );

function setup( now = EARLY ) {
	const registry = createRegistry();
	registry.register( roomStore );
	const view = render(
		<RegistryProvider value={ registry }>
			<ConnectedSpeakerRoom
				webinarId={ 9 }
				title="Autumn launch"
				now={ () => now }
				ctaPreview={ {
					text: 'Offer',
					label: 'Buy',
					url: 'https://x.test/',
				} }
				fallbackState={ state( { status: 'scheduled' } ) }
			/>
		</RegistryProvider>
	);
	const button = ( name: string ) =>
		Array.from( view.container.querySelectorAll( 'button' ) ).find(
			( candidate ) => candidate.textContent === name
		) as HTMLButtonElement;
	const receive = ( room: RoomState ) =>
		act( () => {
			( registry.dispatch( roomStore ) as any ).receive( room );
		} );
	const click = ( name: string ) => act( () => button( name ).click() );
	const dialog = () => view.container.querySelector( 'dialog' );
	return { registry, view, button, receive, click, dialog };
}

afterEach( () => {
	mockAnswers.length = 0;
	mockCalls.length = 0;
	document.body.innerHTML = '';
} );

describe( 'ConnectedSpeakerRoom', () => {
	it( 'shows the server-rendered state until the store has the room', () => {
		const { registry, view } = setup();
		expect( view.container.textContent ).toContain( 'Scheduled' );
		expect( view.container.textContent ).toContain( '3' ); // Attendees now.
		expect( view.container.querySelector( 'h2' )?.textContent ).toBe(
			'Autumn launch'
		);
		act( () => {
			( registry.dispatch( roomStore ) as any ).receive( state() );
		} );
		expect(
			view.container.querySelector( '.webinars-room__badge' )?.textContent
		).toBe( 'Live' );
	} );

	it( 'asks before Stop, then sends it, marks that button busy while pending, and frees it after', async () => {
		const { receive, click, button, dialog } = setup();
		receive( state() );
		click( 'Stop' );
		expect( mockCalls ).toEqual( [] );
		expect( dialog()?.textContent ).toContain( 'Stop the webinar?' );
		click( 'End now' );
		expect( dialog() ).toBeNull();
		expect( mockCalls ).toEqual( [ [ 'status', 9, 'stop' ] ] );
		expect( button( 'Stop' ).getAttribute( 'aria-busy' ) ).toBe( 'true' );
		expect( button( 'Show CTA' ).getAttribute( 'aria-disabled' ) ).toBe(
			'true'
		);
		expect( button( 'Show CTA' ).getAttribute( 'aria-busy' ) ).toBeNull();
		await settle( {
			ok: true,
			changed: true,
			state: state( { status: 'ended' } ),
		} );
		expect( button( 'Stop' ).getAttribute( 'aria-busy' ) ).toBeNull();
	} );

	it( 'sends nothing when the speaker cancels, and gives the focus back', () => {
		const { receive, click, button, dialog, view } = setup();
		receive( state() );
		button( 'Stop' ).focus();
		click( 'Stop' );
		expect( view.container.ownerDocument.activeElement?.textContent ).toBe(
			'Cancel'
		);
		click( 'Cancel' );
		expect( dialog() ).toBeNull();
		expect( mockCalls ).toEqual( [] );
		expect( view.container.ownerDocument.activeElement ).toBe(
			button( 'Stop' )
		);
	} );

	it( 'asks before a Start ahead of the scheduled time, not after it', () => {
		const early = setup();
		early.click( 'Start' );
		expect( early.dialog()?.textContent ).toContain(
			'Start before the scheduled time?'
		);
		expect( mockCalls ).toEqual( [] );
		early.click( 'Go live now' );
		expect( mockCalls ).toEqual( [ [ 'status', 9, 'start' ] ] );
		early.view.unmount();
		mockCalls.length = 0;

		const late = setup( Date.parse( '2026-11-22T18:01:00+00:00' ) );
		late.click( 'Start' );
		expect( late.dialog() ).toBeNull();
		expect( mockCalls ).toEqual( [ [ 'status', 9, 'start' ] ] );
	} );

	it( 'resets an ended webinar, after asking, through the same command path', () => {
		const { receive, click, dialog } = setup();
		receive( state( { status: 'ended' } ) );
		click( 'Reset' );
		expect( dialog()?.textContent ).toContain( 'Reset the webinar?' );
		click( 'Back to scheduled' );
		expect( mockCalls ).toEqual( [ [ 'status', 9, 'reset' ] ] );
	} );

	it( 'toggles the CTA after the end too (no confirmation)', () => {
		const { receive, click } = setup();
		receive( state( { status: 'ended' } ) );
		click( 'Show CTA' );
		expect( mockCalls ).toEqual( [ [ 'cta', 9, true ] ] );
	} );

	it( "keeps a refusal's reason on screen after the next poll clears the store's error", async () => {
		const { registry, view, button } = setup();
		act( () => {
			( registry.dispatch( roomStore ) as any ).receive( state() );
		} );
		act( () => button( 'Show CTA' ).click() );
		expect( mockCalls ).toEqual( [ [ 'cta', 9, true ] ] );
		await settle( {
			ok: false,
			error: {
				code: 'rest_forbidden',
				message: 'You may not control this webinar.',
				status: 403,
			},
		} );
		const alert = () => view.container.querySelector( '[role="alert"]' );
		expect( alert()?.textContent ).toBe(
			'You may not control this webinar.'
		);
		act( () => {
			( registry.dispatch( roomStore ) as any ).receive(
				state( { version: 5 } )
			);
		} );
		expect( alert()?.textContent ).toBe(
			'You may not control this webinar.'
		);
		// The next command starts afresh.
		act( () => button( 'Show CTA' ).click() );
		expect( alert() ).toBeNull();
	} );
} );
