/**
 * The attendee view's player: which medium a status shows (the stream while live, the recording
 * once ended), and the one element that plays it, created only when there is something to play
 * (no iframe before live) and removed when there is not (a stopped stream stops playing).
 */
import { STATUS } from '../../src/contracts/generated/room';
import type { Me, RoomStatus } from '../../src/contracts/generated/room';

/** The webinar's players as /me (and the server render) give them. */
export type Media = NonNullable< Me[ 'media' ] >;

/** What the player box shows: kind '' and src '' when nothing. */
export interface Player {
	kind: '' | 'embed' | 'video';
	src: string;
	/** Whether it is the recording (the box says so). */
	recording: boolean;
}

export const NO_PLAYER: Player = { kind: '', src: '', recording: false };

/**
 * The player a status shows.
 *
 * @param status Room status.
 * @param media  The webinar's players, null when this viewer gets none.
 */
export function playerFor( status: RoomStatus, media: Media | null ): Player {
	const medium =
		( status === STATUS.LIVE && media?.stream ) ||
		( status === STATUS.ENDED && media?.recording ) ||
		null;
	return medium && /^https?:\/\//i.test( medium.src )
		? {
				kind: medium.kind,
				src: medium.src,
				recording: status === STATUS.ENDED,
			}
		: NO_PLAYER;
}

/**
 * The media of a /me answer, null when it has none (an older server) or it is malformed.
 *
 * @param body Parsed /me.
 */
export function mediaOf( body: unknown ): Media | null {
	const media = ( body as { media?: unknown } | null )?.media;
	if ( typeof media !== 'object' || media === null ) {
		return null;
	}
	const valid = ( value: unknown ) =>
		value === null ||
		( typeof value === 'object' &&
			[ 'embed', 'video' ].includes(
				( value as { kind?: unknown } ).kind as string
			) &&
			typeof ( value as { src?: unknown } ).src === 'string' );
	const { stream, recording } = media as Media;
	return valid( stream ) && valid( recording ) ? { stream, recording } : null;
}

/**
 * Puts the player's element in the frame, or empties it; an element already playing the same
 * source (the server render) stays.
 *
 * @param frame  The 16:9 box.
 * @param player What to play.
 * @param title  The iframe's accessible title.
 */
export function renderPlayer(
	frame: Element,
	player: Player,
	title: string
): void {
	const current = frame.firstElementChild;
	const tag = player.kind === 'embed' ? 'IFRAME' : 'VIDEO';
	if ( current && player.src && current.tagName === tag ) {
		if ( current.getAttribute( 'src' ) === player.src ) {
			return;
		}
	}
	frame.replaceChildren();
	if ( ! player.src ) {
		return;
	}
	const element = frame.ownerDocument.createElement(
		player.kind === 'embed' ? 'iframe' : 'video'
	);
	if ( player.kind === 'embed' ) {
		element.setAttribute( 'title', title );
		element.setAttribute(
			'allow',
			'autoplay; encrypted-media; fullscreen; picture-in-picture'
		);
		element.setAttribute( 'allowfullscreen', '' );
		element.setAttribute(
			'referrerpolicy',
			'strict-origin-when-cross-origin'
		);
	} else {
		element.setAttribute( 'controls', '' );
		element.setAttribute( 'playsinline', '' );
		element.setAttribute( 'preload', 'metadata' );
		element.setAttribute( 'aria-label', title );
	}
	element.setAttribute( 'src', player.src );
	frame.append( element );
}
