import { readConfig } from '../config';

const element = ( data: Record< string, string > ) => {
	const div = document.createElement( 'div' );
	Object.assign( div.dataset, data );
	return div;
};

describe( 'the speaker room configuration', () => {
	it( 'adds the CTA as configured on the webinar to the shared block configuration', () => {
		const config = readConfig(
			element( {
				webinarId: '5',
				restRoot: 'http://site.test/wp-json/',
				cta: JSON.stringify( {
					text: 'T',
					label: '',
					url: 'https://u.test/',
				} ),
			} )
		);
		expect( config?.webinarId ).toBe( 5 );
		expect( config?.ctaPreview ).toEqual( {
			text: 'T',
			label: undefined,
			url: 'https://u.test/',
		} );
	} );

	it( 'previews no CTA when there is none or it is not JSON', () => {
		const config = readConfig(
			element( { webinarId: '5', restRoot: '/wp-json/', cta: '{nope' } )
		);
		expect( config?.ctaPreview ).toEqual( {} );
		expect( readConfig( element( { restRoot: '/wp-json/' } ) ) ).toBeNull();
	} );

	it( 'reads the stream player and the edit link', () => {
		const config = readConfig(
			element( {
				webinarId: '5',
				restRoot: '/wp-json/',
				stream: JSON.stringify( {
					kind: 'video',
					src: 'https://v.test/a.mp4',
				} ),
				editLink: '/wp-admin/post.php?post=5&action=edit',
			} )
		);
		expect( config?.stream ).toEqual( {
			kind: 'video',
			src: 'https://v.test/a.mp4',
		} );
		expect( config?.editLink ).toBe(
			'/wp-admin/post.php?post=5&action=edit'
		);
		const none = readConfig(
			element( { webinarId: '5', restRoot: '/wp-json/', stream: 'null' } )
		);
		expect( none?.stream ).toBeNull();
		expect( none?.editLink ).toBe( '' );
		expect(
			readConfig(
				element( {
					webinarId: '5',
					restRoot: '/',
					stream: '{"kind":"flash","src":"x"}',
				} )
			)?.stream
		).toBeNull();
	} );
} );
