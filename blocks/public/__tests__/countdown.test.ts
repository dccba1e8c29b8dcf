import { formatCountdown, parseMoment } from '../countdown';

describe( 'formatCountdown', () => {
	it( 'shows minutes and seconds, hours when there are any, days in words', () => {
		expect( formatCountdown( 65_000 ) ).toBe( '01:05' );
		expect( formatCountdown( 3_600_000 ) ).toBe( '01:00:00' );
		expect( formatCountdown( 3_599_500 ) ).toBe( '01:00:00' ); // Rounded up.
		expect( formatCountdown( 86_400_000 + 3_661_000 ) ).toBe(
			'1 day, 01:01:01'
		);
		expect( formatCountdown( 3 * 86_400_000 ) ).toBe( '3 days, 00:00:00' );
		expect( formatCountdown( -5 ) ).toBe( '00:00' );
	} );

	it( 'parses ISO moments', () => {
		expect( parseMoment( '2026-11-22T18:00:00+03:00' ) ).toBe(
			Date.UTC( 2026, 10, 22, 15 )
		);
		expect( parseMoment( undefined ) ).toBeNaN();
		expect( parseMoment( 'soon' ) ).toBeNaN();
	} );
} );
