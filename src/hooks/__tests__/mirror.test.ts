import { createHooks } from '@wordpress/hooks';
import { HOOKS } from '../../contracts/generated/hooks';
import type { ClientWebinarEnteredPayload } from '../../contracts/generated/hooks';
import { createHooksMirror } from '../mirror';
import { validatePayload } from '../validate';

const payload: ClientWebinarEnteredPayload = {
	lead_id: 7,
	webinar_id: 3,
	timestamp: '2026-11-22T10:00:00Z',
	session_id: '6a9f7f26-4c0c-4a91-9f3d-b159c2dcb001',
};

const validating = ( hooks = createHooks(), reporter = jest.fn() ) =>
	createHooksMirror( hooks, { validate: validatePayload, reporter } );

describe( 'the hooks mirror', () => {
	it( 'delivers the payload to listeners, on the raw hooks instance too', () => {
		const hooks = createHooks();
		const mirror = validating( hooks );
		const listener = jest.fn();
		const raw = jest.fn();
		mirror.addAction( HOOKS.CLIENT_WEBINAR_ENTERED, 'test', listener );
		// Third-party code may listen on wp.hooks itself: the same instance.
		hooks.addAction( 'client_webinar_entered', 'raw', raw );

		expect( mirror.doAction( 'client_webinar_entered', payload ) ).toEqual(
			[]
		);
		expect( listener ).toHaveBeenCalledTimes( 1 );
		expect( listener ).toHaveBeenCalledWith( payload );
		expect( raw ).toHaveBeenCalledWith( payload );
		expect( mirror.didAction( 'client_webinar_entered' ) ).toBe( 1 );
		expect( mirror.hasAction( 'client_webinar_entered', 'test' ) ).toBe(
			true
		);
		expect( mirror.removeAction( 'client_webinar_entered', 'test' ) ).toBe(
			1
		);
		mirror.doAction( 'client_webinar_entered', payload );
		expect( listener ).toHaveBeenCalledTimes( 1 );
	} );

	it( 'refuses a broken inbound payload: nothing fires, the violation is reported', () => {
		const hooks = createHooks();
		const reporter = jest.fn();
		const mirror = validating( hooks, reporter );
		const listener = jest.fn();
		mirror.addAction( 'client_webinar_entered', 'test', listener );

		const broken = { ...payload, session_id: 'not-a-uuid' };
		const errors = mirror.doAction( 'client_webinar_entered', broken );
		expect( errors.map( ( error ) => error.path ) ).toEqual( [
			'payload[session_id]',
		] );
		expect( listener ).not.toHaveBeenCalled();
		expect( hooks.didAction( 'client_webinar_entered' ) ).toBe( 0 );
		expect( reporter ).toHaveBeenCalledTimes( 1 );
		expect( reporter ).toHaveBeenCalledWith(
			'client_webinar_entered',
			errors,
			broken
		);
		expect( mirror.validate( 'client_webinar_entered', broken ) ).toEqual(
			errors
		);
	} );

	it( 'reports to the console by default', () => {
		const error = jest.spyOn( console, 'error' ).mockImplementation();
		const mirror = createHooksMirror( createHooks(), {
			validate: validatePayload,
		} );
		mirror.doAction( 'client_webinar_entered', {
			...payload,
			lead_id: 0,
		} );
		expect( error ).toHaveBeenCalledWith(
			expect.stringMatching(
				/client_webinar_entered was not fired: payload\[lead_id\]/
			)
		);
		error.mockRestore();
	} );

	it( 'throws on a name that is not canonical, and never fires one', () => {
		const hooks = createHooks();
		const reporter = jest.fn();
		const mirror = createHooksMirror( hooks, { reporter } );
		expect( () =>
			mirror.addAction(
				'client_webinar_joined' as never,
				'test',
				jest.fn()
			)
		).toThrow( '"client_webinar_joined" is not a canonical action.' );
		const errors = mirror.doAction(
			'client_webinar_joined' as never,
			{} as never
		);
		expect( errors[ 0 ]?.message ).toMatch( /not a canonical action/ );
		expect( hooks.didAction( 'client_webinar_joined' ) ).toBe( 0 );
		expect( reporter ).toHaveBeenCalledTimes( 1 );
	} );

	it( 'without a validator, fires every canonical payload as given (the light runtime mirror)', () => {
		const hooks = createHooks();
		const mirror = createHooksMirror( hooks, { reporter: jest.fn() } );
		const listener = jest.fn();
		mirror.addAction( 'client_webinar_entered', 'test', listener );
		const odd = { ...payload, session_id: 'x' };
		expect( mirror.doAction( 'client_webinar_entered', odd ) ).toEqual(
			[]
		);
		expect( listener ).toHaveBeenCalledWith( odd );
	} );

	it( 'types payloads per hook', () => {
		const mirror = validating();
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
		expect( errors.map( ( error ) => error.path ) ).toContain(
			'payload[lead_id]'
		);
	} );
} );
