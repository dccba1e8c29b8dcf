import { HOOK_META } from '../generated/schemas';
import { validate } from '../validate';

const entered = HOOK_META.client_webinar_entered.payload;
const valid = {
	lead_id: 7,
	webinar_id: 3,
	timestamp: '2026-11-22T10:00:00Z',
	session_id: '6a9f7f26-4c0c-4a91-9f3d-b159c2dcb001',
};

describe( 'validate', () => {
	it( 'accepts a payload that matches its contract', () => {
		expect( validate( entered, valid, 'payload' ) ).toEqual( [] );
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
			'a bad date',
			{ ...valid, timestamp: 'yesterday' },
			'payload[timestamp]',
		],
		[
			'a bad uuid',
			{ ...valid, session_id: 'abc' },
			'payload[session_id]',
		],
		[ 'an unknown field', { ...valid, extra: 1 }, 'payload[extra]' ],
	] )( 'refuses %s and names the field', ( _case, payload, path ) => {
		const clean = Object.fromEntries(
			Object.entries( payload ).filter(
				( [ , value ] ) => value !== undefined
			)
		);
		const errors = validate( entered, clean, 'payload' );
		expect( errors.map( ( error ) => error.path ) ).toContain( path );
		expect(
			errors.map( ( error ) => error.message ).join( ' ' )
		).toContain( path.replace( /^payload\[(.+)\]$/, '$1' ) );
	} );

	it( 'checks enums, nested objects and oneOf', () => {
		const route = HOOK_META.post_webinar_route.payload;
		const base = {
			lead_id: 1,
			webinar_id: 2,
			timestamp: '2026-11-22T10:00:00+03:00',
		};
		expect(
			validate( route, { ...base, attended: true, route: 'attended' } )
		).toEqual( [] );
		expect(
			validate( route, {
				...base,
				attended: false,
				route: 'not_attended',
			} )
		).toEqual( [] );
		expect(
			validate( route, {
				...base,
				attended: true,
				route: 'not_attended',
			} )
		).not.toEqual( [] );
		expect(
			validate( route, { ...base, attended: true, route: 'maybe' } )[ 0 ]
				?.path
		).toBe( 'value[route]' );

		const status = HOOK_META.core_webinar_set_status.payload;
		const errors = validate(
			status,
			{
				webinar_id: 1,
				status: 'start',
				context: { actor_id: 1, role: 'king', source: 'rest' },
			},
			'payload'
		);
		expect( errors.map( ( error ) => error.path ) ).toEqual( [
			'payload[context][role]',
		] );
	} );

	it( 'allows only the progress milestones', () => {
		const progress = HOOK_META.autowebinar_progress.payload;
		const base = {
			event_id: '6a9f7f26-4c0c-4a91-9f3d-b159c2dcb001',
			user_id: 1,
			ref_id: '',
			timestamp: '2026-11-22T10:00:00Z',
			session_id: '6a9f7f26-4c0c-4a91-9f3d-b159c2dcb002',
		};
		for ( const value of [ 25, 50, 75, 100 ] ) {
			expect(
				validate( progress, { ...base, progress: value } )
			).toEqual( [] );
		}
		for ( const value of [ 0, 30, 99, 101 ] ) {
			expect(
				validate( progress, { ...base, progress: value } )
			).not.toEqual( [] );
		}
	} );

	it( 'checks arrays: items, minItems, uniqueItems', () => {
		const merged = HOOK_META.core_lead_merged.payload;
		const base = { lead_id: 1, timestamp: '2026-11-22T10:00:00Z' };
		expect(
			validate( merged, { ...base, merged_lead_ids: [ 2, 3 ] } )
		).toEqual( [] );
		expect(
			validate( merged, { ...base, merged_lead_ids: [] } )
		).not.toEqual( [] );
		expect(
			validate( merged, { ...base, merged_lead_ids: [ 2, 2 ] } )
		).not.toEqual( [] );
		expect(
			validate( merged, { ...base, merged_lead_ids: [ 'x' ] } )[ 0 ]?.path
		).toBe( 'value[merged_lead_ids][0]' );
	} );
} );
