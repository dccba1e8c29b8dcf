/**
 * The attendee view's logic, free of the Interactivity API so Jest can drive it: what the view
 * says (from the sentence templates PHP translated), and what a new room state changes, announces
 * and re-emits on the hooks mirror.
 */
import {
	INITIAL_STATUS,
	requestBetween,
} from '../../src/contracts/generated/room';
import type { RoomState, RoomStatus } from '../../src/contracts/generated/room';
import { HOOKS } from '../../src/contracts/generated/hooks';
import type { HookPayloads } from '../../src/contracts/generated/hooks';
import { playerFor } from './media';
import type { Media, Player } from './media';

/** Strings from PHP (Strings::for_store()). */
export interface Strings {
	status: Record< RoomStatus, string >;
	announcement: Record< RoomStatus, string >;
	/** "%1$d days, %2$s" per sample day count; the browser picks by plural category. */
	days: Record< string, string >;
	startsIn: string;
	startingSoon: string;
	yourTime: string;
	newOffer: string;
	offerGone: string;
}

/** The block's data-wp-context (View::build()). */
export interface ViewContext {
	webinarId: number;
	/** Whether this viewer follows the room (polls). */
	following: boolean;
	/** REST URL of the room: …/webinars/v1/rooms/{id}. */
	rooms: string;
	key: string;
	token: string;
	tokenArg: string;
	nonce: string;
	interval: number;
	version: number;
	/** False while the page shows a state cut for it (a token holder's first paint). */
	known: boolean;
	status: RoomStatus;
	is: Record< RoomStatus, boolean >;
	/** Start, Unix milliseconds; 0 when unknown. */
	startTs: number;
	/** The webinar's IANA time zone. */
	zone: string;
	statusText: string;
	localText: string;
	cta: { visible: boolean; text: string; label: string; url: string };
	announcement: string;
	reconnecting: boolean;
	/** The webinar's players: in the render for a logged-in participant, from /me for a token holder. */
	media: Media | null;
	/** What the player box shows now (playerFor( status, media )). */
	player: Player;
	/** The players' accessible titles ("Live stream: <webinar>"). */
	titles: { stream: string; recording: string };
}

export type SyncEmission =
	| {
			hook: typeof HOOKS.CORE_WEBINAR_SET_STATUS;
			payload: HookPayloads[ typeof HOOKS.CORE_WEBINAR_SET_STATUS ];
	  }
	| {
			hook: typeof HOOKS.CORE_WEBINAR_SET_CTA_VISIBILITY;
			payload: HookPayloads[ typeof HOOKS.CORE_WEBINAR_SET_CTA_VISIBILITY ];
	  };

/** Context of the re-emitted actions: the server already applied them. */
export const SYNC_CONTEXT = {
	actor_id: 0,
	role: 'system',
	source: 'sync',
} as const;

/**
 * sprintf for the two placeholder styles the templates use (%s, %d, %1$d, %2$s).
 *
 * @param template Sentence template.
 * @param values   Values in order.
 */
export function format(
	template: string,
	...values: Array< string | number >
): string {
	let next = 0;
	return template.replace( /%(?:(\d+)\$)?[sd]/g, ( _, position?: string ) =>
		String( values[ position ? Number( position ) - 1 : next++ ] ?? '' )
	);
}

const pad = ( value: number ) => String( value ).padStart( 2, '0' );

/**
 * The template for a day count: the sample PHP translated whose plural category matches.
 *
 * @param days    Day count.
 * @param strings Strings.
 * @param locale  BCP 47 locale of the page.
 */
function daysTemplate( days: number, strings: Strings, locale: string ) {
	const exact = strings.days[ String( days ) ];
	if ( exact ) {
		return exact;
	}
	let rules: Intl.PluralRules;
	try {
		rules = new Intl.PluralRules( locale || undefined );
	} catch {
		rules = new Intl.PluralRules();
	}
	const category = rules.select( days );
	const samples = Object.keys( strings.days );
	const match = samples.find(
		( sample ) =>
			Number( sample ) > 1 &&
			rules.select( Number( sample ) ) === category
	);
	return (
		strings.days[ match ?? samples[ samples.length - 1 ] ?? '' ] ??
		'%1$d, %2$s'
	);
}

/**
 * Time left as "3 days, 04:05:06", "04:05:06" or "05:06" (rounded up: never 00:00 before the start).
 *
 * @param milliseconds Time left.
 * @param strings      Strings.
 * @param locale       Page locale.
 */
export function countdown(
	milliseconds: number,
	strings: Strings,
	locale = ''
): string {
	const total = Math.max( 0, Math.ceil( milliseconds / 1000 ) );
	const days = Math.floor( total / 86400 );
	const hours = Math.floor( ( total % 86400 ) / 3600 );
	const minutes = Math.floor( ( total % 3600 ) / 60 );
	const clock =
		days > 0 || hours > 0
			? `${ pad( hours ) }:${ pad( minutes ) }:${ pad( total % 60 ) }`
			: `${ pad( minutes ) }:${ pad( total % 60 ) }`;
	return days === 0
		? clock
		: format( daysTemplate( days, strings, locale ), days, clock );
}

/**
 * The status line: the countdown while scheduled with a start ahead.
 *
 * @param ctx     Status and start.
 * @param now     Current time (ms).
 * @param strings Strings.
 * @param locale  Page locale.
 */
export function statusText(
	ctx: Pick< ViewContext, 'status' | 'startTs' >,
	now: number,
	strings: Strings,
	locale = ''
): string {
	// The initial status is the one with a start ahead.
	if ( ctx.status !== INITIAL_STATUS || ctx.startTs <= 0 ) {
		return strings.status[ ctx.status ];
	}
	const left = ctx.startTs - now;
	return left > 0
		? format( strings.startsIn, countdown( left, strings, locale ) )
		: strings.startingSoon;
}

/**
 * "19:00 your time" when the viewer's wall clock at the start differs from the webinar's; ''
 * otherwise (or when Intl cannot tell).
 *
 * @param startTs    Start (ms).
 * @param zone       The webinar's IANA time zone.
 * @param strings    Strings.
 * @param locale     Page locale.
 * @param viewerZone The viewer's zone (Intl's by default).
 */
export function localTime(
	startTs: number,
	zone: string,
	strings: Strings,
	locale = '',
	viewerZone?: string
): string {
	if ( startTs <= 0 || ! zone ) {
		return '';
	}
	try {
		const options: Intl.DateTimeFormatOptions = {
			weekday: 'short',
			hour: 'numeric',
			minute: '2-digit',
		};
		const at = ( timeZone?: string ) =>
			new Intl.DateTimeFormat( locale || undefined, {
				...options,
				timeZone,
			} ).format( startTs );
		const theirs = at( zone );
		const mine = at( viewerZone );
		if ( theirs === mine ) {
			return '';
		}
		// The weekday only matters when the day differs too.
		const sameDay = theirs.slice( 0, 3 ) === mine.slice( 0, 3 );
		const text = sameDay
			? new Intl.DateTimeFormat( locale || undefined, {
					hour: 'numeric',
					minute: '2-digit',
					timeZone: viewerZone,
				} ).format( startTs )
			: mine;
		return format( strings.yourTime, text );
	} catch {
		return '';
	}
}

export interface Applied {
	/** The context fields to write. */
	patch: Partial< ViewContext >;
	emissions: SyncEmission[];
}

/**
 * What a state from the server changes; null when it is not newer than what the page shows.
 * The first real state (a page that withheld content) is applied without announcing or
 * re-emitting: it is what the page is, not a change.
 *
 * @param ctx     Current context.
 * @param state   A state from the server.
 * @param strings Strings.
 */
export function applyState(
	ctx: ViewContext,
	state: RoomState,
	strings: Strings
): Applied | null {
	if ( state.webinar_id !== ctx.webinarId || state.version <= ctx.version ) {
		return null;
	}
	const cta = {
		visible: state.cta.visible,
		text: state.cta.text ?? '',
		label: state.cta.label || ctx.cta.label,
		url: /^https?:\/\//i.test( state.cta.url ?? '' )
			? ( state.cta.url ?? '' )
			: '',
	};
	const is = { ...ctx.is };
	for ( const name of Object.keys( is ) as RoomStatus[] ) {
		is[ name ] = name === state.status;
	}
	const startTs = state.starts_at ? Date.parse( state.starts_at ) : NaN;
	const patch: Partial< ViewContext > = {
		version: state.version,
		known: true,
		status: state.status,
		is,
		cta,
		startTs: Number.isNaN( startTs ) ? ctx.startTs : startTs,
		player: playerFor( state.status, ctx.media ),
	};
	const emissions: SyncEmission[] = [];
	if ( ! ctx.known ) {
		return { patch, emissions };
	}
	const said: string[] = [];
	if ( state.status !== ctx.status ) {
		said.push( strings.announcement[ state.status ] );
		const request = requestBetween( ctx.status, state.status );
		if ( request ) {
			emissions.push( {
				hook: HOOKS.CORE_WEBINAR_SET_STATUS,
				payload: {
					webinar_id: ctx.webinarId,
					status: request,
					context: { ...SYNC_CONTEXT },
				},
			} );
		}
	}
	if ( cta.visible !== ctx.cta.visible ) {
		said.push(
			cta.visible
				? format( strings.newOffer, cta.text || cta.label )
				: strings.offerGone
		);
		emissions.push( {
			hook: HOOKS.CORE_WEBINAR_SET_CTA_VISIBILITY,
			payload: {
				webinar_id: ctx.webinarId,
				visible: cta.visible,
				context: { ...SYNC_CONTEXT },
			},
		} );
	}
	if ( said.length ) {
		patch.announcement = said.join( ' ' );
	}
	return { patch, emissions };
}
