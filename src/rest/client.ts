/**
 * Typed calls to the `webinars/v1` REST namespace (docs/rest.md).
 *
 * The shared room state is read with plain fetch, without cookies or nonce, so reverse proxies
 * may cache it; the per-user routes go through @wordpress/api-fetch, whose middlewares add the
 * nonce and the root URL. api-fetch runs with `parse: false` so that we see status and headers
 * (Retry-After), and so that it never takes its nonce-refresh path, which calls the admin AJAX endpoint.
 */
import apiFetch from '@wordpress/api-fetch';
import { isMe, isRoomState } from '../contracts/generated/room';
import { restUrl } from './url';
import type {
	ActionBody,
	ActionResponse,
	InboundHook,
	MeResult,
	RestErrorInfo,
	RestFailure,
	RoomStateResult,
} from './types';

const NAMESPACE = 'webinars/v1';

/** An HTTP response as far as we read it; lets tests hand in plain objects. */
export interface ResponseLike {
	status: number;
	headers: { get: ( name: string ) => string | null };
	json: () => Promise< unknown >;
}

export type FetchLike = (
	url: string,
	init: RequestInit
) => Promise< ResponseLike >;

/** Thrown by postAction: the server's error code, message and HTTP status (0: no response). */
export class RestError extends Error implements RestErrorInfo {
	readonly code: string;
	readonly status: number;

	constructor( { code, message, status }: RestErrorInfo ) {
		super( message );
		this.name = 'RestError';
		this.code = code;
		this.status = status;
	}
}

const isRecord = ( value: unknown ): value is Record< string, unknown > =>
	typeof value === 'object' && value !== null;

export { isMe, isRoomState };

const isResponseLike = ( value: unknown ): value is ResponseLike =>
	isRecord( value ) &&
	typeof value.status === 'number' &&
	isRecord( value.headers ) &&
	typeof value.json === 'function';

/**
 * Retry-After in seconds: delta-seconds or an HTTP date; 0 when absent or unreadable.
 *
 * @param header The header's value.
 * @param now    Current time in ms.
 */
export function parseRetryAfter(
	header: string | null,
	now: number = Date.now()
): number {
	if ( ! header ) {
		return 0;
	}
	const trimmed = header.trim();
	if ( /^\d+$/.test( trimmed ) ) {
		return Number( trimmed );
	}
	const date = Date.parse( trimmed );
	return Number.isNaN( date )
		? 0
		: Math.max( 0, Math.ceil( ( date - now ) / 1000 ) );
}

const readJson = async ( response: ResponseLike ): Promise< unknown > => {
	try {
		return await response.json();
	} catch {
		return null;
	}
};

/**
 * Turns a non-success response into its WordPress error (`{ code, message, data: { status } }`).
 *
 * @param response The response.
 */
async function errorOf( response: ResponseLike ): Promise< RestErrorInfo > {
	const body = await readJson( response );
	return {
		code:
			isRecord( body ) && typeof body.code === 'string'
				? body.code
				: `http_${ response.status }`,
		message:
			isRecord( body ) && typeof body.message === 'string'
				? body.message
				: `The server answered ${ response.status }.`,
		status: response.status,
	};
}

const failure = ( info: RestErrorInfo ): RestFailure => ( {
	kind: 'error',
	...info,
} );

const invalidBody = ( status: number ): RestErrorInfo => ( {
	code: 'webinars_invalid_response',
	message: 'The server sent an unexpected response.',
	status,
} );

/**
 * Normalises what api-fetch rejects with: the Response itself (parse: false), its own
 * `{ code, message }` for network failures, or anything else.
 *
 * @param error The rejection.
 */
async function apiFetchError( error: unknown ): Promise< RestErrorInfo > {
	if ( isResponseLike( error ) ) {
		return errorOf( error );
	}
	if ( isRecord( error ) && error.name === 'AbortError' ) {
		return {
			code: 'aborted',
			message: 'The request was aborted.',
			status: 0,
		};
	}
	return {
		code:
			isRecord( error ) && typeof error.code === 'string'
				? error.code
				: 'fetch_error',
		message:
			isRecord( error ) && typeof error.message === 'string'
				? error.message
				: 'Could not reach the server.',
		status: 0,
	};
}

export interface FetchRoomStateArgs {
	/** REST root, e.g. `http://site/wp-json/` or `http://site/?rest_route=/`. */
	restRoot: string;
	webinarId: number;
	roomKey: string;
	/** ETag of the state we hold; the server answers 304 while it is current. */
	etag?: string | null;
	signal?: AbortSignal;
	/** Defaults to window.fetch. */
	fetch?: FetchLike;
}

/**
 * GET the shared room state: no cookies, no nonce (the response stays cacheable).
 *
 * @param args See FetchRoomStateArgs.
 */
export async function fetchRoomState(
	args: FetchRoomStateArgs
): Promise< RoomStateResult > {
	const doFetch: FetchLike =
		args.fetch ?? ( ( url, init ) => window.fetch( url, init ) );
	const headers: Record< string, string > = { Accept: 'application/json' };
	if ( args.etag ) {
		// A conditional header also makes the browser bypass its own HTTP cache for this request.
		headers[ 'If-None-Match' ] = args.etag;
	}

	let response: ResponseLike;
	try {
		response = await doFetch(
			restUrl(
				args.restRoot,
				`${ NAMESPACE }/rooms/${ args.webinarId }`,
				{
					key: args.roomKey,
				}
			),
			{
				method: 'GET',
				credentials: 'omit',
				headers,
				...( args.signal ? { signal: args.signal } : {} ),
			}
		);
	} catch ( error ) {
		return failure( await apiFetchError( error ) );
	}

	if ( response.status === 304 ) {
		return { kind: 'not-modified' };
	}
	if ( response.status === 429 ) {
		return {
			kind: 'throttled',
			retryAfter: parseRetryAfter(
				response.headers.get( 'Retry-After' )
			),
		};
	}
	if ( response.status < 200 || response.status >= 300 ) {
		return failure( await errorOf( response ) );
	}
	const body = await readJson( response );
	if ( ! isRoomState( body ) ) {
		return failure( invalidBody( response.status ) );
	}
	return {
		kind: 'changed',
		state: body,
		etag: response.headers.get( 'ETag' ),
	};
}

export interface FetchMeArgs {
	webinarId: number;
	/** An attendee's join token, sent as X-Webinars-Token. */
	token?: string;
	signal?: AbortSignal;
}

/**
 * GET the caller's participation (also records presence). Authenticated through api-fetch's
 * nonce middleware or the join token.
 *
 * @param args See FetchMeArgs.
 */
export async function fetchMe( args: FetchMeArgs ): Promise< MeResult > {
	let response: ResponseLike;
	try {
		response = ( await apiFetch< unknown, false >( {
			path: `/${ NAMESPACE }/rooms/${ args.webinarId }/me`,
			method: 'GET',
			parse: false,
			headers: args.token ? { 'X-Webinars-Token': args.token } : {},
			...( args.signal ? { signal: args.signal } : {} ),
		} ) ) as ResponseLike;
	} catch ( error ) {
		if ( isResponseLike( error ) && error.status === 429 ) {
			return {
				kind: 'throttled',
				retryAfter: parseRetryAfter(
					error.headers.get( 'Retry-After' )
				),
			};
		}
		return failure( await apiFetchError( error ) );
	}
	const body = await readJson( response );
	return isMe( body )
		? { kind: 'ok', me: body }
		: failure( invalidBody( response.status ) );
}

/**
 * POST an inbound canonical action; the server fills in `context`.
 *
 * @param  hook The action name.
 * @param  body Its payload without `context`.
 * @throws {RestError} The server's refusal (e.g. 409 webinars_illegal_transition) or a network failure.
 */
export async function postAction< H extends InboundHook >(
	hook: H,
	body: ActionBody< H >
): Promise< ActionResponse > {
	let response: ResponseLike;
	try {
		response = ( await apiFetch< unknown, false >( {
			path: `/${ NAMESPACE }/actions/${ hook }`,
			method: 'POST',
			data: body,
			parse: false,
		} ) ) as ResponseLike;
	} catch ( error ) {
		throw new RestError( await apiFetchError( error ) );
	}
	const parsed = await readJson( response );
	if (
		! isRecord( parsed ) ||
		typeof parsed.changed !== 'boolean' ||
		! isRoomState( parsed.state )
	) {
		throw new RestError( invalidBody( response.status ) );
	}
	return { changed: parsed.changed, state: parsed.state };
}
