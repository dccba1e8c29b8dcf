/**
 * The attendee view: a status banner ("Starts in …", "Live now", paused, ended) and the CTA,
 * which appears and disappears as the room state changes. Changes are announced politely.
 * It only draws what it is given; connected-view.tsx feeds it from the webinars/room store.
 */
import { useEffect, useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { formatCountdown, parseMoment, useNow } from './countdown';
import type { RoomState, RoomStatus } from './types';

export interface AttendeeViewProps {
	room: RoomState | null;
	/** Fallback start time when the state has none. */
	startsAt?: string;
	/** A visitor who is not a participant: status only, no CTA. */
	guest?: boolean;
	/** The room cannot be reached right now (the runtime is retrying). */
	reconnecting?: boolean;
}

/**
 * Only http(s) links are rendered: the URL is editor input.
 *
 * @param url Candidate URL.
 */
const isSafeUrl = ( url: string | undefined ): url is string =>
	!! url && /^https?:\/\//i.test( url );

function formatStart( timestamp: number ): string {
	try {
		return new Date( timestamp ).toLocaleString(
			document.documentElement.lang || undefined,
			{ dateStyle: 'full', timeStyle: 'short' }
		);
	} catch {
		return new Date( timestamp ).toLocaleString();
	}
}

function statusAnnouncement( status: RoomStatus ): string {
	switch ( status ) {
		case 'live':
			return __( 'The webinar is live now.', 'webinars' );
		case 'paused':
			return __( 'The webinar is paused.', 'webinars' );
		case 'ended':
		case 'archived':
			return __( 'This webinar has ended.', 'webinars' );
		case 'scheduled':
			return __( 'The webinar has not started yet.', 'webinars' );
	}
}

/**
 * What changed since the previous state, as a sentence for the polite live region. The first
 * state is not announced: it is what the page shows on arrival.
 *
 * @param room  The room state.
 * @param guest Whether the viewer sees no CTA.
 */
function useAnnouncement( room: RoomState | null, guest: boolean ): string {
	const [ message, setMessage ] = useState( '' );
	const previous = useRef< { status: RoomStatus; cta: boolean } | null >(
		null
	);
	const status = room?.status;
	const ctaVisible = ! guest && room?.cta.visible === true;
	const ctaText = room?.cta.text || room?.cta.label || '';
	useEffect( () => {
		if ( ! status ) {
			return;
		}
		const before = previous.current;
		previous.current = { status, cta: ctaVisible };
		if ( ! before ) {
			return;
		}
		const parts: string[] = [];
		if ( before.status !== status ) {
			parts.push( statusAnnouncement( status ) );
		}
		if ( before.cta !== ctaVisible ) {
			parts.push(
				ctaVisible
					? sprintf(
							/* translators: %s: the call to action's text. */
							__( 'New offer: %s', 'webinars' ),
							ctaText
						)
					: __( 'The offer is no longer shown.', 'webinars' )
			);
		}
		if ( parts.length ) {
			setMessage( parts.join( ' ' ) );
		}
	}, [ status, ctaVisible, ctaText ] );
	return message;
}

function Banner( {
	room,
	startsAt,
}: {
	room: RoomState | null;
	startsAt?: string;
} ) {
	const status = room?.status;
	const start = parseMoment( room?.starts_at || startsAt );
	const now = useNow( status === 'scheduled' && ! Number.isNaN( start ) );

	let text: string;
	let detail: string | null = null;
	switch ( status ) {
		case 'scheduled':
			if ( Number.isNaN( start ) ) {
				text = __( 'This webinar has not started yet.', 'webinars' );
			} else if ( start > now ) {
				text = sprintf(
					/* translators: %s: time left, e.g. "2 days, 03:04:05". */
					__( 'Starts in %s', 'webinars' ),
					formatCountdown( start - now )
				);
				detail = formatStart( start );
			} else {
				text = __( 'Starting soon…', 'webinars' );
			}
			break;
		case 'live':
			text = __( 'Live now', 'webinars' );
			break;
		case 'paused':
			text = __(
				'The webinar is paused. It will resume shortly.',
				'webinars'
			);
			break;
		case 'ended':
		case 'archived':
			text = __( 'This webinar has ended', 'webinars' );
			break;
		default:
			text = __( 'Connecting to the webinar…', 'webinars' );
	}

	return (
		<div
			className={ `webinars-public__banner is-${ status ?? 'unknown' }` }
		>
			<p className="webinars-public__status">{ text }</p>
			{ detail && room ? (
				<p className="webinars-public__when">
					<time dateTime={ room.starts_at || startsAt }>
						{ detail }
					</time>
				</p>
			) : null }
		</div>
	);
}

export function AttendeeView( props: AttendeeViewProps ) {
	const { room, startsAt, guest = false, reconnecting = false } = props;
	const message = useAnnouncement( room, guest );
	const cta = ! guest && room?.cta.visible ? room.cta : null;

	return (
		<div className="webinars-public">
			<Banner room={ room } startsAt={ startsAt } />
			{ guest ? (
				<p className="webinars-public__guest">
					{ __(
						'Registered attendees see the live room here.',
						'webinars'
					) }
				</p>
			) : null }
			{ reconnecting ? (
				<p className="webinars-public__reconnecting">
					{ __( 'Connection lost. Reconnecting…', 'webinars' ) }
				</p>
			) : null }
			{ cta ? (
				<div className="webinars-public__cta">
					{ cta.text ? (
						<p className="webinars-public__cta-text">
							{ cta.text }
						</p>
					) : null }
					{ isSafeUrl( cta.url ) ? (
						<a
							className="wp-element-button webinars-public__cta-button"
							href={ cta.url }
							target="_blank"
							rel="noopener noreferrer"
						>
							{ cta.label || __( 'Learn more', 'webinars' ) }
							<span className="webinars-visually-hidden">
								{ ' ' }
								{ __( '(opens in a new tab)', 'webinars' ) }
							</span>
						</a>
					) : null }
				</div>
			) : null }
			<div
				className="webinars-visually-hidden"
				aria-live="polite"
				aria-atomic="true"
			>
				{ message }
			</div>
		</div>
	);
}
