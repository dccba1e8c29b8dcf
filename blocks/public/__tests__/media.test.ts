/**
 * The attendee view's player: the stream while live, the recording once ended, nothing else;
 * /me's media checked; the element created lazily, kept when unchanged, removed on stop.
 */
import { applyState } from '../model';
import { NO_PLAYER, mediaOf, playerFor, renderPlayer } from '../media';
import type { Media } from '../media';
import { STRINGS, context } from '../testing/fixtures';

const MEDIA: Media = {
	stream: {
		kind: 'embed',
		src: 'https://www.youtube-nocookie.com/embed/abc',
	},
	recording: { kind: 'video', src: 'https://cdn.test/rec.mp4' },
};

describe( 'playerFor', () => {
	it( 'shows the stream only while live and the recording only once ended', () => {
		expect( playerFor( 'live', MEDIA ) ).toEqual( {
			...MEDIA.stream,
			recording: false,
		} );
		expect( playerFor( 'ended', MEDIA ) ).toEqual( {
			...MEDIA.recording,
			recording: true,
		} );
		for ( const status of [ 'scheduled', 'paused', 'archived' ] as const ) {
			expect( playerFor( status, MEDIA ) ).toEqual( NO_PLAYER );
		}
		expect( playerFor( 'live', null ) ).toEqual( NO_PLAYER );
		expect( playerFor( 'ended', { ...MEDIA, recording: null } ) ).toEqual(
			NO_PLAYER
		);
		expect(
			playerFor( 'live', {
				...MEDIA,
				stream: { kind: 'embed', src: 'javascript:alert(1)' },
			} )
		).toEqual( NO_PLAYER );
	} );

	it( 'applyState switches the player with the status, from the media the page has', () => {
		const ctx = context( { media: MEDIA } );
		const live = applyState(
			ctx,
			{
				webinar_id: 7,
				status: 'live',
				version: 4,
				starts_at: '',
				cta: { visible: false },
			},
			STRINGS
		);
		expect( live?.patch.player?.src ).toBe( MEDIA.stream?.src );
		const ended = applyState(
			context( { media: MEDIA, status: 'live', version: 4 } ),
			{
				webinar_id: 7,
				status: 'ended',
				version: 5,
				starts_at: '',
				cta: { visible: false },
			},
			STRINGS
		);
		expect( ended?.patch.player ).toEqual( {
			...MEDIA.recording,
			recording: true,
		} );
		const guest = applyState(
			context(),
			{
				webinar_id: 7,
				status: 'live',
				version: 4,
				starts_at: '',
				cta: { visible: false },
			},
			STRINGS
		);
		expect( guest?.patch.player ).toEqual( NO_PLAYER );
	} );
} );

describe( 'mediaOf', () => {
	it( 'takes well-formed media from /me, null otherwise', () => {
		expect( mediaOf( { media: MEDIA } ) ).toEqual( MEDIA );
		expect(
			mediaOf( { media: { stream: null, recording: null } } )
		).toEqual( { stream: null, recording: null } );
		expect( mediaOf( {} ) ).toBeNull();
		expect( mediaOf( null ) ).toBeNull();
		expect(
			mediaOf( { media: { stream: { kind: 'flash', src: 'x' } } } )
		).toBeNull();
	} );
} );

describe( 'renderPlayer', () => {
	it( 'creates the iframe or video only when there is something to play', () => {
		const frame = document.createElement( 'div' );
		renderPlayer( frame, NO_PLAYER, 'Live stream: Demo' );
		expect( frame.children ).toHaveLength( 0 );

		renderPlayer( frame, playerFor( 'live', MEDIA ), 'Live stream: Demo' );
		const iframe = frame.querySelector( 'iframe' );
		expect( iframe?.getAttribute( 'src' ) ).toBe( MEDIA.stream?.src );
		expect( iframe?.getAttribute( 'title' ) ).toBe( 'Live stream: Demo' );

		renderPlayer( frame, playerFor( 'live', MEDIA ), 'Live stream: Demo' );
		expect( frame.querySelector( 'iframe' ) ).toBe( iframe ); // Not reloaded.

		renderPlayer( frame, playerFor( 'ended', MEDIA ), 'Recording: Demo' );
		const video = frame.querySelector( 'video' );
		expect( frame.children ).toHaveLength( 1 );
		expect( video?.hasAttribute( 'controls' ) ).toBe( true );
		expect( video?.hasAttribute( 'playsinline' ) ).toBe( true );
		expect( video?.getAttribute( 'src' ) ).toBe( MEDIA.recording?.src );

		renderPlayer( frame, NO_PLAYER, '' );
		expect( frame.children ).toHaveLength( 0 );
	} );
} );
