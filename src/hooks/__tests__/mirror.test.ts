import { createHooks } from '@wordpress/hooks';
import { HOOKS } from '../../contracts/generated/hooks';
import type { ClientWebinarEnteredPayload } from '../../contracts/generated/hooks';
import { createHooksMirror, hooksMirror } from '..';

const payload: ClientWebinarEnteredPayload = {
	lead_id: 7,
	webinar_id: 3,
	timestamp: '2026-11-22T10:00:00Z',
	session_id: '6a9f7f26-4c0c-4a91-9f3d-b159c2dcb001',
};

describe( 'the hooks mirror', () => {
	it( 'delivers a valid payload to listeners under the canonical name', () => {
		const hooks = createHooks();
		const mirror = createHooksMirror( hooks, jest.fn() );
		const listener = jest.fn();
		mirror.addAction( HOOKS.CLIENT_WEBINAR_ENTERED, 'test', listener );

		expect( mirror.doAction( 'client_webinar_entered', payload ) ).toEqual(
			[]
		);
		expect( listener ).toHaveBeenCalledWith( payload );
		expect( mirror.didAction( 'client_webinar_entered' ) ).toBe( 1 );
		// The raw @wordpress/hooks instance sees the same action: third-party code can listen there.
		expect( hooks.didAction( 'client_webinar_entered' ) ).toBe( 1 );
	} );

	it( 'refuses an invalid payload: nothing fires, the violation is reported', () => {
		const hooks = createHooks();
		const reporter = jest.fn();
		const mirror = createHooksMirror( hooks, reporter );
		const listener = jest.fn();
		mirror.addAction( 'client_webinar_entered', 'test', listener );

		const broken = { ...payload, session_id: 'not-a-uuid' };
		const errors = mirror.doAction( 'client_webinar_entered', broken );
		expect( errors.map( ( error ) => error.path ) ).toEqual( [
			'payload[session_id]',
		] );
		expect( listener ).not.toHaveBeenCalled();
		expect( hooks.didAction( 'client_webinar_entered' ) ).toBe( 0 );
		expect( reporter ).toHaveBeenCalledWith(
			'client_webinar_entered',
			errors,
			broken
		);
	} );

	it( 'refuses names that are not canonical', () => {
		const mirror = createHooksMirror( createHooks(), jest.fn() );
		expect( () =>
			mirror.addAction(
				'client_webinar_joined' as never,
				'test',
				jest.fn()
			)
		).toThrow( /not a canonical action/ );
		expect(
			mirror.validate( 'client_webinar_joined' as never, {} )[ 0 ]
				?.message
		).toMatch( /not a canonical action/ );
	} );

	it( 'types payloads per hook', () => {
		const mirror = createHooksMirror( createHooks(), jest.fn() );
		const seen: number[] = [];
		mirror.addAction( 'autowebinar_progress', 'test', ( progress ) => {
			// `progress.progress` is typed 25 | 50 | 75 | 100.
			const milestone: 25 | 50 | 75 | 100 = progress.progress;
			seen.push( milestone );
		} );
		mirror.doAction( 'autowebinar_progress', {
			event_id: '6a9f7f26-4c0c-4a91-9f3d-b159c2dcb001',
			user_id: 1,
			ref_id: '',
			timestamp: '2026-11-22T10:00:00Z',
			session_id: '6a9f7f26-4c0c-4a91-9f3d-b159c2dcb002',
			progress: 50,
		} );
		expect( seen ).toEqual( [ 50 ] );
		const wrong = { webinar_id: 1, status: 'start' };
		// @ts-expect-error: a set_status payload is not an entered payload.
		const errors = mirror.doAction( 'client_webinar_entered', wrong );
		expect( errors ).not.toEqual( [] );
		expect( hooksMirror ).toBeDefined();
	} );
} );
