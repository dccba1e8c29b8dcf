import { createHooks } from '@wordpress/hooks';
import { createHooksMirror } from '..';
import { createBridge, statusRequest, takeOutcome } from '../bridge';
import { validatePayload } from '../validate';
import { RestError } from '../../rest/client';
import type { RoomState } from '../../rest/types';

const state = ( patch: Partial< RoomState > = {} ): RoomState => ( {
	webinar_id: 12,
	status: 'scheduled',
	version: 1,
	starts_at: '2026-11-22T18:00:00+00:00',
	cta: { visible: false },
	...patch,
} );

const ui = ( requestId?: string ) => ( {
	actor_id: 5,
	role: 'speaker' as const,
	source: 'ui',
	...( requestId ? { request_id: requestId } : {} ),
} );

function setup( post = jest.fn() ) {
	const hooks = createHooks();
	// The validating mirror: what the bridge re-emits must pass the contract.
	const reporter = jest.fn();
	const mirror = createHooksMirror( hooks, {
		validate: validatePayload,
		reporter,
	} );
	const onOutcome = jest.fn();
	const bridge = createBridge( { webinarId: 12, mirror, post, onOutcome } );
	return { hooks, mirror, bridge, post, onOutcome, reporter };
}

describe( 'the bridge', () => {
	it( 'POSTs ui actions without their context and hands out the outcome by request id', async () => {
		const answer = {
			changed: true,
			state: state( { status: 'live', version: 2 } ),
		};
		const { mirror, post, onOutcome } = setup(
			jest.fn().mockResolvedValue( answer )
		);

		mirror.doAction( 'core_webinar_set_status', {
			webinar_id: 12,
			status: 'start',
			context: ui( 'req-1' ),
		} );
		expect( post ).toHaveBeenCalledWith( 'core_webinar_set_status', {
			webinar_id: 12,
			status: 'start',
		} );
		const outcome = takeOutcome( 'req-1' );
		await expect( outcome ).resolves.toEqual( { ok: true, ...answer } );
		expect( takeOutcome( 'req-1' ) ).toBeUndefined(); // Taken once.
		expect( onOutcome ).toHaveBeenCalledWith(
			{ ok: true, ...answer },
			'core_webinar_set_status'
		);
	} );

	it( "turns a refusal into an outcome carrying the server's reason", async () => {
		const { mirror } = setup(
			jest.fn().mockRejectedValue(
				new RestError( {
					code: 'webinars_illegal_transition',
					message: 'Cannot start the webinar: it has ended.',
					status: 409,
				} )
			)
		);
		mirror.doAction( 'core_webinar_set_cta_visibility', {
			webinar_id: 12,
			visible: true,
			context: ui( 'req-2' ),
		} );
		await expect( takeOutcome( 'req-2' ) ).resolves.toEqual( {
			ok: false,
			error: {
				code: 'webinars_illegal_transition',
				message: 'Cannot start the webinar: it has ended.',
				status: 409,
			},
		} );
	} );

	it( "ignores other sources (no loops) and other webinars' actions", () => {
		const { mirror, post } = setup();
		mirror.doAction( 'core_webinar_set_cta_visibility', {
			webinar_id: 12,
			visible: true,
			context: { actor_id: 0, role: 'system', source: 'sync' },
		} );
		mirror.doAction( 'core_webinar_set_cta_visibility', {
			webinar_id: 99,
			visible: true,
			context: ui(),
		} );
		expect( post ).not.toHaveBeenCalled();
	} );

	it( 're-emits polled changes with a sync context, not for the first state, and never POSTs them', () => {
		const { hooks, bridge, post } = setup();
		const statusListener = jest.fn();
		const ctaListener = jest.fn();
		hooks.addAction( 'core_webinar_set_status', 'test', statusListener );
		hooks.addAction(
			'core_webinar_set_cta_visibility',
			'test',
			ctaListener
		);

		bridge.observe( state( { status: 'live', version: 4 } ) );
		expect( statusListener ).not.toHaveBeenCalled();

		bridge.observe(
			state( {
				status: 'live',
				version: 5,
				cta: { visible: true, text: 'Buy' },
			} )
		);
		expect( ctaListener ).toHaveBeenCalledWith( {
			webinar_id: 12,
			visible: true,
			context: { actor_id: 0, role: 'system', source: 'sync' },
		} );
		expect( statusListener ).not.toHaveBeenCalled();

		bridge.observe( state( { status: 'ended', version: 6 } ) );
		expect( statusListener ).toHaveBeenCalledWith( {
			webinar_id: 12,
			status: 'stop',
			context: { actor_id: 0, role: 'system', source: 'sync' },
		} );
		expect( ctaListener ).toHaveBeenLastCalledWith(
			expect.objectContaining( { visible: false } )
		);
		expect( post ).not.toHaveBeenCalled();
	} );

	it( 'ignores states that are not newer', () => {
		const { hooks, bridge } = setup();
		const listener = jest.fn();
		hooks.addAction( 'core_webinar_set_status', 'test', listener );
		bridge.observe( state( { status: 'live', version: 5 } ) );
		bridge.observe( state( { status: 'scheduled', version: 4 } ) );
		bridge.observe( state( { status: 'paused', version: 5 } ) );
		expect( listener ).not.toHaveBeenCalled();
	} );

	it( 'maps status changes to the requests that lead to them (from the contract)', () => {
		expect( statusRequest( 'scheduled', 'live' ) ).toBe( 'start' );
		expect( statusRequest( 'paused', 'live' ) ).toBe( 'start' );
		expect( statusRequest( 'live', 'ended' ) ).toBe( 'stop' );
		expect( statusRequest( 'ended', 'scheduled' ) ).toBe( 'reset' );
		expect( statusRequest( 'live', 'paused' ) ).toBe( 'pause' );
		expect( statusRequest( 'ended', 'archived' ) ).toBe( 'archive' );
		// Polls missed the start: the request that leads to the new status.
		expect( statusRequest( 'scheduled', 'ended' ) ).toBe( 'stop' );
	} );

	it( 're-emits a reset after the end as a reset', () => {
		const { hooks, bridge, reporter } = setup();
		const listener = jest.fn();
		hooks.addAction( 'core_webinar_set_status', 'test', listener );
		bridge.observe( state( { status: 'ended', version: 7 } ) );
		bridge.observe( state( { status: 'scheduled', version: 8 } ) );
		expect( listener ).toHaveBeenCalledWith( {
			webinar_id: 12,
			status: 'reset',
			context: { actor_id: 0, role: 'system', source: 'sync' },
		} );
		expect( reporter ).not.toHaveBeenCalled();
	} );

	it( 'stops listening on stop()', () => {
		const { mirror, bridge, post } = setup();
		bridge.stop();
		mirror.doAction( 'core_webinar_set_status', {
			webinar_id: 12,
			status: 'start',
			context: ui(),
		} );
		expect( post ).not.toHaveBeenCalled();
		expect(
			mirror.hasAction( 'core_webinar_set_status', 'webinars/bridge/12' )
		).toBe( false );
	} );
} );
