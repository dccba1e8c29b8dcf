/**
 * The start time is edited as a wall-clock time in the webinar's time zone and stored as an ISO
 * 8601 moment with that zone's offset ("2026-11-22T18:00:00+03:00"), so it reads the same to
 * people and to code. Intl does the time-zone arithmetic: no library, no bundled zone data.
 */

const pad = ( value: number, size = 2 ) =>
	String( Math.abs( value ) ).padStart( size, '0' );

/**
 * Whether `zone` is an IANA time-zone name this browser knows.
 *
 * @param zone Candidate name.
 */
export function isTimeZone( zone: string ): boolean {
	if ( ! zone ) {
		return false;
	}
	try {
		new Intl.DateTimeFormat( 'en-US', { timeZone: zone } ).format( 0 );
		return true;
	} catch {
		return false;
	}
}

/** Every IANA zone the browser knows (UTC included, which some engines leave out). */
export function timeZones(): string[] {
	const intl = Intl as typeof Intl & {
		supportedValuesOf?: ( key: 'timeZone' ) => string[];
	};
	const zones = intl.supportedValuesOf?.( 'timeZone' ) ?? [];
	return zones.includes( 'UTC' ) ? zones : [ 'UTC', ...zones ];
}

/**
 * Minutes `zone` is ahead of UTC at the moment `at`.
 *
 * @param zone IANA name.
 * @param at   Milliseconds since the epoch.
 */
export function offsetMinutes( zone: string, at: number ): number {
	const parts: Record< string, number > = {};
	for ( const part of new Intl.DateTimeFormat( 'en-US', {
		timeZone: zone,
		hourCycle: 'h23',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric',
		second: 'numeric',
	} ).formatToParts( new Date( at ) ) ) {
		parts[ part.type ] = Number( part.value );
	}
	const wall = Date.UTC(
		parts.year ?? 1970,
		( parts.month ?? 1 ) - 1,
		parts.day ?? 1,
		parts.hour ?? 0,
		parts.minute ?? 0,
		parts.second ?? 0
	);
	return Math.round( ( wall - Math.floor( at / 1000 ) * 1000 ) / 60000 );
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/**
 * A wall-clock time in `zone` ("YYYY-MM-DDTHH:mm", as <input type="datetime-local"> gives it) as
 * an ISO 8601 moment with the zone's offset; '' when the input is not such a time. A time that
 * does not exist (skipped by a DST change) moves forward by the gap, like most calendars do.
 *
 * @param local Wall-clock time.
 * @param zone  IANA name.
 */
export function zonedToIso( local: string, zone: string ): string {
	const match = LOCAL.exec( local );
	if ( ! match ) {
		return '';
	}
	const [ , year, month, day, hour, minute ] = match.map( Number ) as [
		number,
		number,
		number,
		number,
		number,
		number,
	];
	const wall = Date.UTC( year, month - 1, day, hour, minute );
	// The offsets in force a day before and after (at most one change between them): the
	// first that maps this wall time back to itself wins, so an ambiguous time (clocks set back)
	// takes its earlier moment; a skipped time keeps the offset before the change.
	const before = offsetMinutes( zone, wall - 86400000 );
	const after = offsetMinutes( zone, wall + 86400000 );
	const offset =
		[ before, after ].find(
			( candidate ) =>
				offsetMinutes( zone, wall - candidate * 60000 ) === candidate
		) ?? before;
	const moment = wall - offset * 60000;
	const shown = new Date( moment + offsetMinutes( zone, moment ) * 60000 );
	const finalOffset = offsetMinutes( zone, moment );
	return (
		`${ shown.getUTCFullYear() }-${ pad( shown.getUTCMonth() + 1 ) }-${ pad(
			shown.getUTCDate()
		) }T${ pad( shown.getUTCHours() ) }:${ pad( shown.getUTCMinutes() ) }:00` +
		`${ finalOffset < 0 ? '-' : '+' }${ pad(
			Math.floor( Math.abs( finalOffset ) / 60 )
		) }:${ pad( Math.abs( finalOffset ) % 60 ) }`
	);
}

/**
 * An ISO 8601 moment as the wall-clock time in `zone` ("YYYY-MM-DDTHH:mm"); '' when invalid.
 *
 * @param iso  The moment.
 * @param zone IANA name.
 */
export function isoToZoned( iso: string, zone: string ): string {
	const moment = iso ? Date.parse( iso ) : NaN;
	if ( Number.isNaN( moment ) ) {
		return '';
	}
	const shown = new Date( moment + offsetMinutes( zone, moment ) * 60000 );
	return `${ shown.getUTCFullYear() }-${ pad( shown.getUTCMonth() + 1 ) }-${ pad(
		shown.getUTCDate()
	) }T${ pad( shown.getUTCHours() ) }:${ pad( shown.getUTCMinutes() ) }`;
}
