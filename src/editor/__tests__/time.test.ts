import {
	isTimeZone,
	isoToZoned,
	offsetMinutes,
	timeZones,
	zonedToIso,
} from '../time';

describe( 'start time in a time zone', () => {
	it( 'knows offsets, with and without daylight saving time', () => {
		expect( offsetMinutes( 'UTC', Date.UTC( 2026, 0, 1 ) ) ).toBe( 0 );
		expect( offsetMinutes( 'Europe/Moscow', Date.UTC( 2026, 6, 1 ) ) ).toBe(
			180
		);
		expect(
			offsetMinutes( 'America/New_York', Date.UTC( 2026, 0, 15 ) )
		).toBe( -300 );
		expect(
			offsetMinutes( 'America/New_York', Date.UTC( 2026, 6, 15 ) )
		).toBe( -240 );
		expect( offsetMinutes( 'Asia/Kolkata', Date.UTC( 2026, 6, 15 ) ) ).toBe(
			330
		);
	} );

	it( 'stores a wall-clock time with its zone offset', () => {
		expect( zonedToIso( '2026-11-22T18:00', 'Europe/Moscow' ) ).toBe(
			'2026-11-22T18:00:00+03:00'
		);
		expect( zonedToIso( '2026-07-04T09:30', 'America/New_York' ) ).toBe(
			'2026-07-04T09:30:00-04:00'
		);
		expect( zonedToIso( '2026-01-04T09:30', 'America/New_York' ) ).toBe(
			'2026-01-04T09:30:00-05:00'
		);
		expect( zonedToIso( '2026-03-01T00:00', 'UTC' ) ).toBe(
			'2026-03-01T00:00:00+00:00'
		);
		expect( zonedToIso( 'nonsense', 'UTC' ) ).toBe( '' );
	} );

	it( 'moves a time skipped by a DST change forward by the gap', () => {
		// 2026-03-08 02:30 does not exist in New York (clocks jump 02:00 → 03:00).
		expect( zonedToIso( '2026-03-08T02:30', 'America/New_York' ) ).toBe(
			'2026-03-08T03:30:00-04:00'
		);
		// 2026-11-01 01:30 happens twice there: the earlier one (still daylight time) is meant.
		expect( zonedToIso( '2026-11-01T01:30', 'America/New_York' ) ).toBe(
			'2026-11-01T01:30:00-04:00'
		);
	} );

	it( 'reads a stored moment back as the wall-clock time of any zone', () => {
		const iso = '2026-11-22T18:00:00+03:00';
		expect( isoToZoned( iso, 'Europe/Moscow' ) ).toBe( '2026-11-22T18:00' );
		expect( isoToZoned( iso, 'UTC' ) ).toBe( '2026-11-22T15:00' );
		expect( isoToZoned( iso, 'Asia/Tokyo' ) ).toBe( '2026-11-23T00:00' );
		expect( isoToZoned( '', 'UTC' ) ).toBe( '' );
		for ( const zone of [ 'Europe/Berlin', 'Australia/Sydney', 'UTC' ] ) {
			const local = '2026-05-10T07:45';
			expect( isoToZoned( zonedToIso( local, zone ), zone ) ).toBe(
				local
			);
		}
	} );

	it( 'validates and lists zones', () => {
		expect( isTimeZone( 'Europe/Moscow' ) ).toBe( true );
		expect( isTimeZone( 'Mars/Olympus' ) ).toBe( false );
		expect( isTimeZone( '' ) ).toBe( false );
		expect( timeZones() ).toEqual(
			expect.arrayContaining( [ 'UTC', 'Europe/Moscow' ] )
		);
	} );
} );
