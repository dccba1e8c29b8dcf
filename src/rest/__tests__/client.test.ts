import {
	fetchMe,
	fetchRoomState,
	parseRetryAfter,
	postAction,
	RestError,
} from '..';
import type { ResponseLike } from '..';
import type { Me, RoomState } from '../types';

const state: RoomState = {
	webinar_id: 12,
	status: 'live',
	version: 7,
	starts_at: '2026-11-22T18:00:00+00:00',
	cta: {
		visible: true,
		text: 'Get the course',
		label: 'Buy',
		url: 'https://x.test/',
	},
};

const me: Me = {
	webinar_id: 12,
	room_key: 'f'.repeat( 64 ),
	participant: {
		kind: 'user',
		id: '5',
		last_seen: '2026-11-22T18:03:02+00:00',
	},
	role: 'organizer',
	can_control: true,
	can_organize: true,
	attendees_now: 3,
	poll_interval: 2000,
	state,
};

function response(
	status: number,
	body?: unknown,
	headers: Record< string, string > = {}
): ResponseLike & { ok: boolean; text: () => Promise< string > } {
	const lower = Object.fromEntries(
		Object.entries( headers ).map( ( [ k, v ] ) => [ k.toLowerCase(), v ] )
	);
	return {
		status,
		ok: status >= 200 && status < 300,
		headers: { get: ( name ) => lower[ name.toLowerCase() ] ?? null },
		json: async () => {
			if ( body === undefined ) {
				throw new SyntaxError( 'no body' );
			}
			return body;
		},
		text: async () => ( body === undefined ? '' : JSON.stringify( body ) ),
	};
}

describe( 'fetchRoomState', () => {
	const args = {
		restRoot: 'http://site/wp-json/',
		webinarId: 12,
		roomKey: 'k'.repeat( 64 ),
	};

	it( 'GETs the shared route without cookies or nonce and returns the state with its ETag', async () => {
		const fetch = jest.fn( async () =>
			response( 200, state, { ETag: '"r12-v7"' } )
		);
		const result = await fetchRoomState( { ...args, fetch } );

		expect( result ).toEqual( {
			kind: 'changed',
			state,
			etag: '"r12-v7"',
		} );
		const [ url, init ] = fetch.mock.calls[ 0 ] as unknown as [
			string,
			RequestInit,
		];
		expect( url ).toBe(
			`http://site/wp-json/webinars/v1/rooms/12?key=${ args.roomKey }`
		);
		expect( init.credentials ).toBe( 'omit' );
		const headers = init.headers as Record< string, string >;
		expect(
			Object.keys( headers ).map( ( h ) => h.toLowerCase() )
		).not.toContain( 'x-wp-nonce' );
		expect( headers[ 'If-None-Match' ] ).toBeUndefined();
	} );

	it( 'sends If-None-Match when an ETag is known and maps 304 to not-modified', async () => {
		const fetch = jest.fn( async () => response( 304 ) );
		const result = await fetchRoomState( {
			...args,
			etag: '"r12-v7"',
			fetch,
		} );

		expect( result ).toEqual( { kind: 'not-modified' } );
		const init = (
			fetch.mock.calls[ 0 ] as unknown as [ string, RequestInit ]
		 )[ 1 ];
		expect(
			( init.headers as Record< string, string > )[ 'If-None-Match' ]
		).toBe( '"r12-v7"' );
	} );

	it( 'uses the rest_route form of the root', async () => {
		const fetch = jest.fn( async () => response( 304 ) );
		await fetchRoomState( {
			...args,
			restRoot: 'http://site/?rest_route=/',
			fetch,
		} );
		expect( ( fetch.mock.calls[ 0 ] as unknown as [ string ] )[ 0 ] ).toBe(
			`http://site/?rest_route=/webinars/v1/rooms/12&key=${ args.roomKey }`
		);
	} );

	it( 'maps 429 to throttled with Retry-After in seconds', async () => {
		const fetch = jest.fn( async () =>
			response(
				429,
				{ code: 'webinars_throttled' },
				{ 'Retry-After': '7' }
			)
		);
		expect( await fetchRoomState( { ...args, fetch } ) ).toEqual( {
			kind: 'throttled',
			retryAfter: 7,
		} );
	} );

	it( "returns the server's error code, message and status", async () => {
		const fetch = jest.fn( async () =>
			response( 401, {
				code: 'webinars_room_key_invalid',
				message: 'Bad key.',
				data: { status: 401 },
			} )
		);
		expect( await fetchRoomState( { ...args, fetch } ) ).toEqual( {
			kind: 'error',
			code: 'webinars_room_key_invalid',
			message: 'Bad key.',
			status: 401,
		} );
	} );

	it( 'reports network failures and bodies that are not a room state', async () => {
		const offline = jest.fn( async () => {
			throw new TypeError( 'Failed to fetch' );
		} );
		expect(
			await fetchRoomState( { ...args, fetch: offline } )
		).toMatchObject( {
			kind: 'error',
			status: 0,
		} );
		const html = jest.fn( async () => response( 200, { hello: 'proxy' } ) );
		expect(
			await fetchRoomState( { ...args, fetch: html } )
		).toMatchObject( {
			kind: 'error',
			code: 'webinars_invalid_response',
		} );
	} );
} );

describe( 'parseRetryAfter', () => {
	it( 'reads seconds and HTTP dates', () => {
		expect( parseRetryAfter( '12' ) ).toBe( 12 );
		expect(
			parseRetryAfter(
				'Wed, 21 Oct 2015 07:28:30 GMT',
				Date.UTC( 2015, 9, 21, 7, 28, 0 )
			)
		).toBe( 30 );
		expect( parseRetryAfter( null ) ).toBe( 0 );
		expect( parseRetryAfter( 'soon' ) ).toBe( 0 );
	} );
} );

describe( 'api-fetch routes', () => {
	const realFetch = globalThis.fetch;
	let fetch: jest.Mock;

	beforeEach( () => {
		fetch = jest.fn();
		globalThis.fetch = fetch as unknown as typeof globalThis.fetch;
	} );
	afterEach( () => {
		globalThis.fetch = realFetch;
	} );

	const lastCall = () =>
		fetch.mock.calls[ fetch.mock.calls.length - 1 ] as [
			string,
			RequestInit & { headers: Record< string, string > },
		];

	it( 'fetchMe sends the join token and returns me', async () => {
		fetch.mockResolvedValue( response( 200, me ) );
		expect( await fetchMe( { webinarId: 12, token: 'tok' } ) ).toEqual( {
			kind: 'ok',
			me,
		} );
		const [ url, init ] = lastCall();
		expect( url ).toMatch( /^\/webinars\/v1\/rooms\/12\/me/ );
		expect( init.headers[ 'X-Webinars-Token' ] ).toBe( 'tok' );
	} );

	it( 'fetchMe maps 429 to throttled and 401 to an error', async () => {
		fetch.mockResolvedValueOnce(
			response(
				429,
				{ code: 'webinars_throttled', message: 'Slow down.' },
				{
					'Retry-After': '4',
				}
			)
		);
		expect( await fetchMe( { webinarId: 12 } ) ).toEqual( {
			kind: 'throttled',
			retryAfter: 4,
		} );
		fetch.mockResolvedValueOnce(
			response( 401, {
				code: 'webinars_token_invalid',
				message: 'Expired.',
			} )
		);
		expect( await fetchMe( { webinarId: 12, token: 'old' } ) ).toEqual( {
			kind: 'error',
			code: 'webinars_token_invalid',
			message: 'Expired.',
			status: 401,
		} );
	} );

	it( 'postAction POSTs the body and returns changed and state', async () => {
		fetch.mockResolvedValue( response( 200, { changed: true, state } ) );
		await expect(
			postAction( 'core_webinar_set_cta_visibility', {
				webinar_id: 12,
				visible: true,
			} )
		).resolves.toEqual( { changed: true, state } );
		const [ url, init ] = lastCall();
		expect( url ).toMatch(
			/^\/webinars\/v1\/actions\/core_webinar_set_cta_visibility/
		);
		expect( init.method ).toBe( 'POST' );
		expect( JSON.parse( String( init.body ) ) ).toEqual( {
			webinar_id: 12,
			visible: true,
		} );
	} );

	it( "postAction throws a RestError with the server's code, message and status", async () => {
		fetch.mockResolvedValue(
			response( 409, {
				code: 'webinars_illegal_transition',
				message: 'Cannot start the webinar: it has ended.',
				data: { status: 409 },
			} )
		);
		const error = await postAction( 'core_webinar_set_status', {
			webinar_id: 12,
			status: 'start',
		} ).catch( ( caught: unknown ) => caught );
		expect( error ).toBeInstanceOf( RestError );
		expect( error ).toMatchObject( {
			code: 'webinars_illegal_transition',
			message: 'Cannot start the webinar: it has ended.',
			status: 409,
		} );
	} );
} );
