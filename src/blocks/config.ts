/**
 * Reads the data-* attributes the PHP render callbacks put on the blocks' containers.
 */
import { ROOM_STATUSES } from '../contracts/generated/room';
import type { BlockConfig, Cta, RoomState } from './types';

const STATUSES: readonly string[] = ROOM_STATUSES;

export function parseJson( value: string | undefined ): unknown {
	if ( ! value ) {
		return undefined;
	}
	try {
		return JSON.parse( value );
	} catch {
		return undefined;
	}
}

export const isRecord = (
	value: unknown
): value is Record< string, unknown > =>
	typeof value === 'object' && value !== null && ! Array.isArray( value );

export const optionalString = ( value: unknown ): string | undefined =>
	typeof value === 'string' && value !== '' ? value : undefined;

/**
 * A room state from untrusted JSON, or undefined when it does not have the documented shape.
 *
 * @param value Parsed JSON.
 */
export function toRoomState( value: unknown ): RoomState | undefined {
	if (
		! isRecord( value ) ||
		typeof value.webinar_id !== 'number' ||
		typeof value.status !== 'string' ||
		! STATUSES.includes( value.status ) ||
		! isRecord( value.cta )
	) {
		return undefined;
	}
	const cta = value.cta;
	return {
		webinar_id: value.webinar_id,
		status: value.status as RoomState[ 'status' ],
		version: typeof value.version === 'number' ? value.version : 0,
		starts_at: typeof value.starts_at === 'string' ? value.starts_at : '',
		cta: {
			visible: cta.visible === true,
			text: optionalString( cta.text ),
			label: optionalString( cta.label ),
			url: optionalString( cta.url ),
		},
	};
}

/**
 * The configuration of one container, or null when it lacks a webinar ID or the REST root.
 *
 * @param element The server-rendered container.
 */
export function readConfig( element: HTMLElement ): BlockConfig | null {
	const data = element.dataset;
	const webinarId = Number( data.webinarId );
	if (
		! Number.isInteger( webinarId ) ||
		webinarId <= 0 ||
		! data.restRoot
	) {
		return null;
	}
	const pollInterval = Number( data.pollInterval );
	return {
		webinarId,
		restRoot: data.restRoot,
		nonce: optionalString( data.nonce ),
		token: optionalString( data.token ),
		roomKey: optionalString( data.roomKey ),
		pollInterval:
			Number.isFinite( pollInterval ) && pollInterval > 0
				? pollInterval
				: undefined,
		initialState: toRoomState( parseJson( data.state ) ),
		startsAt: optionalString( data.startsAt ),
	};
}

/**
 * The CTA as configured on the webinar (data-cta), which the room state carries only while it is
 * visible: the speaker room previews it always.
 *
 * @param element The server-rendered container.
 */
export function readCtaPreview( element: HTMLElement ): Omit< Cta, 'visible' > {
	const preview = parseJson( element.dataset.cta );
	return isRecord( preview )
		? {
				text: optionalString( preview.text ),
				label: optionalString( preview.label ),
				url: optionalString( preview.url ),
			}
		: {};
}
