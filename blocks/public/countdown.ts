/**
 * "Starts in …": the time left until starts_at, ticking once a second while it matters.
 */
import { useEffect, useState } from '@wordpress/element';
import { _n, sprintf } from '@wordpress/i18n';

const pad = ( value: number ) => String( value ).padStart( 2, '0' );

/**
 * Time left as "3 days, 04:05:06", "04:05:06" or "05:06"; rounded up so it never shows 00:00
 * before the start.
 *
 * @param milliseconds Time left (positive).
 */
export function formatCountdown( milliseconds: number ): string {
	const total = Math.max( 0, Math.ceil( milliseconds / 1000 ) );
	const days = Math.floor( total / 86400 );
	const hours = Math.floor( ( total % 86400 ) / 3600 );
	const minutes = Math.floor( ( total % 3600 ) / 60 );
	const seconds = total % 60;
	const clock =
		days > 0 || hours > 0
			? `${ pad( hours ) }:${ pad( minutes ) }:${ pad( seconds ) }`
			: `${ pad( minutes ) }:${ pad( seconds ) }`;
	if ( days === 0 ) {
		return clock;
	}
	return sprintf(
		/* translators: 1: number of days, 2: hours:minutes:seconds. */
		_n( '%1$d day, %2$s', '%1$d days, %2$s', days, 'webinars' ),
		days,
		clock
	);
}

/**
 * Parses an ISO 8601 moment; NaN when it is missing or invalid.
 *
 * @param iso The moment.
 */
export const parseMoment = ( iso: string | undefined ): number =>
	iso ? Date.parse( iso ) : NaN;

/**
 * The current time, refreshed every second while `active`.
 *
 * @param active Whether anything on screen depends on the time.
 */
export function useNow( active: boolean ): number {
	const [ now, setNow ] = useState( () => Date.now() );
	useEffect( () => {
		if ( ! active ) {
			return undefined;
		}
		setNow( Date.now() );
		const timer = window.setInterval( () => setNow( Date.now() ), 1000 );
		return () => window.clearInterval( timer );
	}, [ active ] );
	return now;
}
