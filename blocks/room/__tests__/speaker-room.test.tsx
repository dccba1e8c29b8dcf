import { SpeakerRoom } from '../speaker-room';
import type { SpeakerRoomProps } from '../speaker-room';
import type { RoomState } from '../types';
import { act, render } from '../../../src/blocks/testing/render';

const room = ( patch: Partial< RoomState > = {} ): RoomState => ( {
	webinar_id: 7,
	status: 'scheduled',
	version: 1,
	starts_at: '2026-11-22T18:00:00+00:00',
	cta: { visible: false },
	...patch,
} );

const preview = {
	text: 'Get the course',
	label: 'Buy now',
	url: 'https://example.com/buy',
};

function setup( props: Partial< SpeakerRoomProps > = {} ) {
	const handlers = {
		onStart: jest.fn(),
		onStop: jest.fn(),
		onToggleCta: jest.fn(),
	};
	const view = render(
		<SpeakerRoom
			webinarId={ 7 }
			room={ room() }
			ctaPreview={ preview }
			{ ...handlers }
			{ ...props }
		/>
	);
	const button = ( name: string ) => {
		const found = Array.from(
			view.container.querySelectorAll( 'button' )
		).find( ( candidate ) => candidate.textContent === name );
		if ( ! found ) {
			throw new Error( `no button ${ name }` );
		}
		return found;
	};
	const click = ( name: string ) => act( () => button( name ).click() );
	return { ...view, handlers, button, click };
}

afterEach( () => {
	document.body.innerHTML = '';
} );

describe( 'SpeakerRoom', () => {
	it( 'offers Start when scheduled, not Stop; real buttons that stay focusable', () => {
		const { button, click, handlers } = setup();
		expect(
			button( 'Start webinar' ).getAttribute( 'aria-disabled' )
		).toBeNull();
		expect( button( 'Stop webinar' ).getAttribute( 'aria-disabled' ) ).toBe(
			'true'
		);
		expect( button( 'Stop webinar' ).disabled ).toBe( false );
		expect( button( 'Start webinar' ).type ).toBe( 'button' );
		click( 'Stop webinar' );
		expect( handlers.onStop ).not.toHaveBeenCalled();
		click( 'Start webinar' );
		expect( handlers.onStart ).toHaveBeenCalledTimes( 1 );
	} );

	it.each( [
		[ 'scheduled', true, false ],
		[ 'live', false, true ],
		[ 'paused', true, true ],
		[ 'ended', false, false ],
		[ 'archived', false, false ],
	] as const )( 'status %s: start %s, stop %s', ( status, start, stop ) => {
		const { button } = setup( { room: room( { status } ) } );
		expect(
			button( 'Start webinar' ).getAttribute( 'aria-disabled' )
		).toBe( start ? null : 'true' );
		expect( button( 'Stop webinar' ).getAttribute( 'aria-disabled' ) ).toBe(
			stop ? null : 'true'
		);
	} );

	it( 'shows the status badge in a status region, and the attendees now', () => {
		const { container } = setup( {
			room: room( { status: 'live' } ),
			attendeesNow: 42,
		} );
		const status = container.querySelector( '[role="status"]' );
		expect( status?.textContent ).toContain( 'Live' );
		expect(
			container.querySelector( '.webinars-room__badge' )?.className
		).toContain( 'is-live' );
		expect(
			container.querySelector( '.webinars-room__attendees' )?.textContent
		).toContain( '42' );
	} );

	it( 'toggles the CTA with aria-pressed and previews text, label and link', () => {
		const hidden = setup( { room: room( { status: 'live' } ) } );
		const toggle = hidden.button( 'Show CTA' );
		expect( toggle.getAttribute( 'aria-pressed' ) ).toBe( 'false' );
		hidden.click( 'Show CTA' );
		expect( hidden.handlers.onToggleCta ).toHaveBeenCalledWith( true );
		const text = hidden.container.textContent ?? '';
		expect( text ).toContain( 'Hidden from attendees' );
		expect( text ).toContain( 'Get the course' );
		expect( text ).toContain( 'Buy now' );
		expect(
			hidden.container
				.querySelector( '.webinars-room__cta-fields a' )
				?.getAttribute( 'href' )
		).toBe( 'https://example.com/buy' );
		hidden.unmount();

		const shown = setup( {
			room: room( {
				status: 'live',
				cta: {
					visible: true,
					text: 'Live text',
					label: 'Go',
					url: 'https://x.test/',
				},
			} ),
		} );
		expect(
			shown.button( 'Show CTA' ).getAttribute( 'aria-pressed' )
		).toBe( 'true' );
		expect( shown.container.textContent ).toContain(
			'Visible to attendees'
		);
		expect( shown.container.textContent ).toContain( 'Live text' );
		shown.click( 'Show CTA' );
		expect( shown.handlers.onToggleCta ).toHaveBeenCalledWith( false );
	} );

	it( 'does not link a URL that is not http(s)', () => {
		const { container } = setup( {
			ctaPreview: { ...preview, url: 'javascript:alert(1)' },
		} );
		expect(
			container.querySelector( '.webinars-room__cta-fields a' )
		).toBeNull();
		expect( container.textContent ).toContain( 'javascript:alert(1)' );
	} );

	it( 'cannot show a CTA that is not set up, or after the end', () => {
		expect(
			setup( { ctaPreview: {} } )
				.button( 'Show CTA' )
				.getAttribute( 'aria-disabled' )
		).toBe( 'true' );
		document.body.innerHTML = '';
		expect(
			setup( { room: room( { status: 'ended' } ) } )
				.button( 'Show CTA' )
				.getAttribute( 'aria-disabled' )
		).toBe( 'true' );
	} );

	it( 'marks the pending button busy and locks the others', () => {
		const { button, click, handlers } = setup( {
			room: room( { status: 'live' } ),
			pending: 'cta',
		} );
		expect( button( 'Show CTA' ).getAttribute( 'aria-busy' ) ).toBe(
			'true'
		);
		expect(
			button( 'Stop webinar' ).getAttribute( 'aria-busy' )
		).toBeNull();
		expect( button( 'Stop webinar' ).getAttribute( 'aria-disabled' ) ).toBe(
			'true'
		);
		click( 'Stop webinar' );
		click( 'Show CTA' );
		expect( handlers.onStop ).not.toHaveBeenCalled();
		expect( handlers.onToggleCta ).not.toHaveBeenCalled();
	} );

	it( "shows the server's reason for a refusal as an alert", () => {
		const { container } = setup( {
			error: 'Cannot start the webinar: it has ended.',
		} );
		expect( container.querySelector( '[role="alert"]' )?.textContent ).toBe(
			'Cannot start the webinar: it has ended.'
		);
	} );
} );
