import * as validators from '../../contracts/generated/validators';
import { INBOUND_HOOKS } from '../../contracts/generated/hooks';
import { HOOK_META } from '../../contracts/generated/schemas';
import { validatePayload } from '../validate';

const valid = {
	lead_id: 7,
	webinar_id: 3,
	timestamp: '2026-11-22T10:00:00Z',
	session_id: '6a9f7f26-4c0c-4a91-9f3d-b159c2dcb001',
};

const check = ( payload: unknown ) =>
	validatePayload( 'client_webinar_entered', payload );

describe( 'the generated payload validators', () => {
	it( 'exist for exactly the actions a browser may fire', () => {
		expect( Object.keys( validators ).sort() ).toEqual(
			[ ...INBOUND_HOOKS ].sort()
		);
		const inbound = Object.entries( HOOK_META )
			.filter( ( [ , meta ] ) => meta.browser === 'inbound' )
			.map( ( [ hook ] ) => hook );
		expect( inbound.sort() ).toEqual( [ ...INBOUND_HOOKS ].sort() );
	} );

	it( 'accept a payload that matches its contract', () => {
		expect( check( valid ) ).toEqual( [] );
		expect(
			check( { ...valid, timestamp: '2026-11-22T10:00:00.5+03:00' } )
		).toEqual( [] );
	} );

	it.each( [
		[
			'a missing field',
			{ ...valid, lead_id: undefined },
			'payload[lead_id]',
		],
		[
			'a wrong type',
			{ ...valid, webinar_id: '3' },
			'payload[webinar_id]',
		],
		[
			'a non-integer',
			{ ...valid, webinar_id: 3.5 },
			'payload[webinar_id]',
		],
		[
			'a value below the minimum',
			{ ...valid, lead_id: 0 },
			'payload[lead_id]',
		],
		[
			'an id beyond the maximum',
			{ ...valid, webinar_id: 2 ** 64 },
			'payload[webinar_id]',
		],
		[
			'a bad date',
			{ ...valid, timestamp: 'yesterday' },
			'payload[timestamp]',
		],
		[
			'a date without a zone',
			{ ...valid, timestamp: '2026-11-22T10:00:00' },
			'payload[timestamp]',
		],
		[
			'a bad uuid',
			{ ...valid, session_id: 'abc' },
			'payload[session_id]',
		],
		[ 'an unknown field', { ...valid, extra: 1 }, 'payload[extra]' ],
	] )( 'refuse %s and name the field', ( _case, payload, path ) => {
		const clean = Object.fromEntries(
			Object.entries( payload ).filter(
				( [ , value ] ) => value !== undefined
			)
		);
		const errors = check( clean );
		expect( errors.map( ( error ) => error.path ) ).toEqual( [ path ] );
		expect( errors[ 0 ]?.message ).toContain( path );
	} );

	it( 'check enums in nested objects', () => {
		const errors = validatePayload( 'core_webinar_set_status', {
			webinar_id: 1,
			status: 'start',
			context: { actor_id: 1, role: 'king', source: 'ui' },
		} );
		expect( errors.map( ( error ) => error.path ) ).toEqual( [
			'payload[context][role]',
		] );
		expect( errors[ 0 ]?.message ).toMatch( /is not one of/ );
		expect(
			validatePayload( 'core_webinar_set_status', {
				webinar_id: 1,
				status: 'reset',
				context: { actor_id: 1, role: 'organizer', source: 'ui' },
			} )
		).toEqual( [] );
	} );

	it( 'allow only the progress milestones', () => {
		const base = {
			event_id: '6a9f7f26-4c0c-4a91-9f3d-b159c2dcb001',
			user_id: 1,
			ref_id: '',
			timestamp: '2026-11-22T10:00:00Z',
			session_id: '6a9f7f26-4c0c-4a91-9f3d-b159c2dcb002',
		};
		for ( const value of [ 25, 50, 75, 100 ] ) {
			expect(
				validatePayload( 'autowebinar_progress', {
					...base,
					progress: value,
				} )
			).toEqual( [] );
		}
		for ( const value of [ 0, 30, 99, 101 ] ) {
			expect(
				validatePayload( 'autowebinar_progress', {
					...base,
					progress: value,
				} )
			).not.toEqual( [] );
		}
	} );

	it( 'refuse actions the browser never fires (their schemas are not shipped)', () => {
		expect(
			validatePayload( 'core_lead_merged', { lead_id: 1 } )[ 0 ]?.message
		).toMatch( /not an action a browser may fire/ );
	} );
} );
