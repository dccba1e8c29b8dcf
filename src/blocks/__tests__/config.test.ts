import { readConfig, toRoomState } from '../config';

const element = ( data: Record< string, string > ) => {
	const div = document.createElement( 'div' );
	Object.assign( div.dataset, data );
	return div;
};

describe( 'readConfig', () => {
	it( 'reads what the render callback writes', () => {
		const state = {
			webinar_id: 5,
			status: 'live',
			version: 3,
			starts_at: '2026-11-22T18:00:00+00:00',
			cta: {
				visible: true,
				text: 'T',
				label: 'L',
				url: 'https://u.test/',
			},
		};
		expect(
			readConfig(
				element( {
					webinarId: '5',
					restRoot: 'http://site.test/wp-json/',
					nonce: 'abc',
					roomKey: 'f'.repeat( 64 ),
					pollInterval: '1500',
					state: JSON.stringify( state ),
					startsAt: state.starts_at,
					cta: JSON.stringify( {
						text: 'T',
						label: '',
						url: 'https://u.test/',
					} ),
				} )
			)
		).toEqual( {
			webinarId: 5,
			restRoot: 'http://site.test/wp-json/',
			nonce: 'abc',
			token: undefined,
			roomKey: 'f'.repeat( 64 ),
			pollInterval: 1500,
			initialState: state,
			startsAt: state.starts_at,
		} );
	} );

	it( 'refuses a container without a webinar or REST root, and bad JSON', () => {
		expect( readConfig( element( { restRoot: '/wp-json/' } ) ) ).toBeNull();
		expect( readConfig( element( { webinarId: '5' } ) ) ).toBeNull();
		const config = readConfig(
			element( { webinarId: '5', restRoot: '/wp-json/', state: '{nope' } )
		);
		expect( config?.initialState ).toBeUndefined();
		expect( config?.pollInterval ).toBeUndefined();
	} );

	it( 'accepts only a documented room state', () => {
		expect(
			toRoomState( { webinar_id: 1, status: 'weird', cta: {} } )
		).toBeUndefined();
		expect( toRoomState( null ) ).toBeUndefined();
		expect(
			toRoomState( {
				webinar_id: 1,
				status: 'ended',
				cta: { visible: 1 },
			} )
		).toEqual( {
			webinar_id: 1,
			status: 'ended',
			version: 0,
			starts_at: '',
			cta: {
				visible: false,
				text: undefined,
				label: undefined,
				url: undefined,
			},
		} );
	} );
} );
