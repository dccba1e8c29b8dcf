import { AttendeeView } from '../attendee-view';
import type { RoomState } from '../types';
import { act, render } from '../../../src/blocks/testing/render';

const START = Date.UTC( 2026, 10, 22, 18 );

const room = ( patch: Partial< RoomState > = {} ): RoomState => ( {
	webinar_id: 3,
	status: 'scheduled',
	version: 1,
	starts_at: new Date( START ).toISOString(),
	cta: { visible: false },
	...patch,
} );

const visibleCta = {
	visible: true,
	text: 'Get the course',
	label: 'Buy now',
	url: 'https://example.com/buy',
};

const status = ( container: HTMLElement ) =>
	container.querySelector( '.webinars-public__status' )?.textContent;
const live = ( container: HTMLElement ) =>
	container.querySelector( '[aria-live="polite"]' )?.textContent;

beforeEach( () => {
	jest.useFakeTimers();
	jest.setSystemTime( START - ( 2 * 3600 + 5 ) * 1000 );
} );

afterEach( () => {
	jest.useRealTimers();
	document.body.innerHTML = '';
} );

describe( 'AttendeeView', () => {
	it( 'counts down to the start, every second', () => {
		const { container } = render( <AttendeeView room={ room() } /> );
		expect( status( container ) ).toBe( 'Starts in 02:00:05' );
		expect(
			container.querySelector( 'time' )?.getAttribute( 'datetime' )
		).toBe( room().starts_at );
		act( () => {
			jest.advanceTimersByTime( 3000 );
		} );
		expect( status( container ) ).toBe( 'Starts in 02:00:02' );
		act( () => {
			jest.setSystemTime( START );
			jest.advanceTimersByTime( 1000 );
		} );
		expect( status( container ) ).toBe( 'Starting soon…' );
	} );

	it.each( [
		[ 'live', 'Live now' ],
		[ 'paused', 'The webinar is paused. It will resume shortly.' ],
		[ 'ended', 'This webinar has ended' ],
		[ 'archived', 'This webinar has ended' ],
	] as const )( 'says %s', ( value, text ) => {
		const { container } = render(
			<AttendeeView room={ room( { status: value } ) } />
		);
		expect( status( container ) ).toBe( text );
	} );

	it( 'shows the CTA as text and a link button, appearing and disappearing live', () => {
		const view = render(
			<AttendeeView room={ room( { status: 'live' } ) } />
		);
		expect(
			view.container.querySelector( '.webinars-public__cta' )
		).toBeNull();
		expect( live( view.container ) ).toBe( '' ); // The arrival state is not announced.

		view.rerender(
			<AttendeeView
				room={ room( { status: 'live', cta: visibleCta } ) }
			/>
		);
		const link = view.container.querySelector< HTMLAnchorElement >(
			'.webinars-public__cta a'
		);
		expect( link?.getAttribute( 'href' ) ).toBe(
			'https://example.com/buy'
		);
		expect( link?.textContent ).toContain( 'Buy now' );
		expect(
			view.container.querySelector( '.webinars-public__cta-text' )
				?.textContent
		).toBe( 'Get the course' );
		expect( live( view.container ) ).toBe( 'New offer: Get the course' );

		view.rerender( <AttendeeView room={ room( { status: 'live' } ) } /> );
		expect(
			view.container.querySelector( '.webinars-public__cta' )
		).toBeNull();
		expect( live( view.container ) ).toBe(
			'The offer is no longer shown.'
		);

		view.rerender( <AttendeeView room={ room( { status: 'ended' } ) } /> );
		expect( live( view.container ) ).toBe( 'This webinar has ended.' );
	} );

	it( 'never links a URL that is not http(s)', () => {
		const { container } = render(
			<AttendeeView
				room={ room( {
					status: 'live',
					cta: { ...visibleCta, url: 'javascript:alert(1)' },
				} ) }
			/>
		);
		expect(
			container.querySelector( '.webinars-public__cta a' )
		).toBeNull();
		expect( container.textContent ).toContain( 'Get the course' );
	} );

	it( 'tells guests where the room is, and shows them no CTA', () => {
		const { container } = render(
			<AttendeeView
				room={ room( { status: 'live', cta: visibleCta } ) }
				guest
			/>
		);
		expect( container.textContent ).toContain(
			'Registered attendees see the live room here.'
		);
		expect( container.querySelector( '.webinars-public__cta' ) ).toBeNull();
	} );

	it( 'says when it is reconnecting', () => {
		const { container } = render(
			<AttendeeView room={ room( { status: 'live' } ) } reconnecting />
		);
		expect( container.textContent ).toContain( 'Reconnecting' );
	} );
} );
