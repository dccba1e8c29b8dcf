/**
 * The attendee view's logic: texts from PHP's templates, the viewer's local time, and which
 * states apply, announce and re-emit.
 */
import {
	applyState,
	countdown,
	format,
	localTime,
	statusText,
	SYNC_CONTEXT,
} from '../model';
import type { RoomState } from '../../../src/contracts/generated/room';
import { STRINGS, context } from '../testing/fixtures';

const state = ( overrides: Partial< RoomState > = {} ): RoomState => ( {
	webinar_id: 7,
	status: 'scheduled',
	version: 4,
	starts_at: '2026-12-01T18:00:00+01:00',
	cta: { visible: false },
	...overrides,
} );

describe( 'texts', () => {
	it( 'formats positional and sequential placeholders', () => {
		expect( format( '%1$d days, %2$s', 2, '03:04:05' ) ).toBe(
			'2 days, 03:04:05'
		);
		expect( format( 'Starts in %s', 'x' ) ).toBe( 'Starts in x' );
	} );

	it( 'counts down with days from the plural templates', () => {
		const ms = ( ( 2 * 24 + 3 ) * 3600 + 4 * 60 + 5 ) * 1000;
		expect( countdown( ms, STRINGS, 'en' ) ).toBe( '2 days, 03:04:05' );
		expect( countdown( 86400000 + 1000, STRINGS, 'en' ) ).toBe(
			'1 day, 00:00:01'
		);
		// 7 days: no exact sample; "other" matches the sample 2.
		expect( countdown( 7 * 86400000, STRINGS, 'en' ) ).toBe(
			'7 days, 00:00:00'
		);
		expect( countdown( 65500, STRINGS ) ).toBe( '01:06' );
		expect( countdown( 1, STRINGS ) ).toBe( '00:01' ); // Rounded up.
	} );

	it( 'says what the status is, with a countdown while scheduled', () => {
		const start = Date.parse( '2026-12-01T17:00:00Z' );
		const ctx = context( { startTs: start } );
		expect( statusText( ctx, start - 5000, STRINGS ) ).toBe(
			'Starts in 00:05'
		);
		expect( statusText( ctx, start + 1, STRINGS ) ).toBe(
			'Starting soon…'
		);
		expect( statusText( { ...ctx, status: 'live' }, start, STRINGS ) ).toBe(
			'Live now'
		);
		expect( statusText( { ...ctx, startTs: 0 }, start, STRINGS ) ).toBe(
			'This webinar has not started yet.'
		);
	} );

	it( 'shows the viewer’s local time only where it differs', () => {
		const start = Date.parse( '2026-12-01T17:00:00Z' ); // 18:00 in Berlin.
		expect(
			localTime(
				start,
				'Europe/Berlin',
				STRINGS,
				'en-GB',
				'Europe/Paris'
			)
		).toBe( '' );
		expect(
			localTime(
				start,
				'Europe/Berlin',
				STRINGS,
				'en-GB',
				'Europe/Moscow'
			)
		).toBe( '20:00 your time' );
		// Another day: the weekday says so.
		expect(
			localTime(
				start,
				'Europe/Berlin',
				STRINGS,
				'en-GB',
				'Pacific/Kiritimati'
			)
		).toBe( 'Wed 07:00 your time' );
		expect( localTime( 0, 'Europe/Berlin', STRINGS ) ).toBe( '' );
		expect( localTime( start, 'Not/AZone', STRINGS ) ).toBe( '' );
	} );
} );

describe( 'applyState', () => {
	it( 'ignores what is not newer, or another webinar’s', () => {
		expect(
			applyState( context(), state( { version: 3 } ), STRINGS )
		).toBeNull();
		expect(
			applyState( context(), state( { webinar_id: 8 } ), STRINGS )
		).toBeNull();
	} );

	it( 're-emits a start and a CTA with a sync context, and announces them', () => {
		const applied = applyState(
			context(),
			state( {
				status: 'live',
				cta: {
					visible: true,
					text: 'Offer',
					label: 'Buy',
					url: 'https://x.test/',
				},
			} ),
			STRINGS
		);
		expect( applied?.emissions ).toEqual( [
			{
				hook: 'core_webinar_set_status',
				payload: {
					webinar_id: 7,
					status: 'start',
					context: SYNC_CONTEXT,
				},
			},
			{
				hook: 'core_webinar_set_cta_visibility',
				payload: {
					webinar_id: 7,
					visible: true,
					context: SYNC_CONTEXT,
				},
			},
		] );
		expect( applied?.patch ).toMatchObject( {
			version: 4,
			status: 'live',
			is: { live: true, scheduled: false },
			cta: {
				visible: true,
				text: 'Offer',
				label: 'Buy',
				url: 'https://x.test/',
			},
			announcement: 'The webinar is live now. New offer: Offer',
		} );
	} );

	it( 'maps each transition to its request (stop, reset) and hides the CTA', () => {
		const live = context( {
			status: 'live',
			cta: {
				visible: true,
				text: 'a',
				label: 'b',
				url: 'https://x.test/',
			},
		} );
		const stopped = applyState(
			live,
			state( { status: 'ended' } ),
			STRINGS
		);
		expect( stopped?.emissions.map( ( e ) => e.payload ) ).toEqual( [
			{ webinar_id: 7, status: 'stop', context: SYNC_CONTEXT },
			{ webinar_id: 7, visible: false, context: SYNC_CONTEXT },
		] );
		expect( stopped?.patch.announcement ).toBe(
			'This webinar has ended. The offer is no longer shown.'
		);
		const reset = applyState(
			context( { status: 'ended' } ),
			state( { status: 'scheduled' } ),
			STRINGS
		);
		expect( reset?.emissions[ 0 ]?.payload ).toMatchObject( {
			status: 'reset',
		} );
	} );

	it( 'a new version without a status or CTA change emits nothing', () => {
		const applied = applyState(
			context(),
			state( { version: 9 } ),
			STRINGS
		);
		expect( applied?.emissions ).toEqual( [] );
		expect( applied?.patch.announcement ).toBeUndefined();
	} );

	it( 'applies the first real state of a withheld page without emitting (defect 10)', () => {
		const ctx = context( { version: 0, known: false, status: 'live' } );
		const applied = applyState(
			ctx,
			state( {
				status: 'live',
				version: 12,
				cta: { visible: true, text: 'Offer', url: 'https://x.test/' },
			} ),
			STRINGS
		);
		expect( applied?.patch ).toMatchObject( {
			known: true,
			version: 12,
			cta: { visible: true, text: 'Offer', label: 'Learn more' },
		} );
		expect( applied?.emissions ).toEqual( [] );
		expect( applied?.patch.announcement ).toBeUndefined();
	} );

	it( 'drops a CTA URL that is not http(s)', () => {
		const applied = applyState(
			context(),
			state( { cta: { visible: true, url: 'javascript:alert(1)' } } ),
			STRINGS
		);
		expect( applied?.patch.cta?.url ).toBe( '' );
	} );
} );
