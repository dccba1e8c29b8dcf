/**
 * The attendee poller with a fake fetch, clock and document: ETag, 304, backoff, Retry-After,
 * visibility, and /me for join-token holders.
 */
import { createPoller, MAX_BACKOFF, ME_INTERVAL } from '../poller';
import type { PollerDeps, PollerOptions } from '../poller';

type Call = { url: string; init: RequestInit };

function response(
	status: number,
	body?: unknown,
	headers: Record< string, string > = {}
) {
	return {
		status,
		ok: status >= 200 && status < 300,
		headers: { get: ( name: string ) => headers[ name ] ?? null },
		json: async () => body,
	} as unknown as Response;
}

const STATE = {
	webinar_id: 7,
	status: 'live',
	version: 5,
	starts_at: '',
	cta: { visible: true, text: 'Offer', label: 'Buy', url: 'https://x.test/' },
};
const ME = {
	webinar_id: 7,
	room_key: 'a'.repeat( 64 ),
	participant: {
		kind: 'lead',
		id: 'lead:1',
		last_seen: '2026-12-01T00:00:00Z',
	},
	role: 'attendee',
	can_control: false,
	can_organize: false,
	attendees_now: null,
	poll_interval: 2000,
	state: STATE,
};

function setup(
	options: Partial< PollerOptions > = {},
	answers: Response[] = [],
	random = () => 0.5 // No jitter.
) {
	const calls: Call[] = [];
	const timers: Array< { fn: () => void; ms: number } > = [];
	const listeners: Record< string, () => void > = {};
	let now = 0;
	const doc = { hidden: false };
	const deps: PollerDeps = {
		fetch: jest.fn(
			async ( url: RequestInfo | URL, init?: RequestInit ) => {
				calls.push( { url: String( url ), init: init ?? {} } );
				return answers.shift() ?? response( 304 );
			}
		) as unknown as typeof fetch,
		setTimeout: ( fn, ms ) => {
			timers.push( { fn, ms } );
			return timers.length;
		},
		clearTimeout: () => undefined,
		random,
		now: () => now,
		document: {
			get hidden() {
				return doc.hidden;
			},
			addEventListener: ( ( name: string, fn: () => void ) => {
				listeners[ name ] = fn;
			} ) as Document[ 'addEventListener' ],
			removeEventListener: ( () =>
				undefined ) as Document[ 'removeEventListener' ],
		},
	};
	const onState = jest.fn();
	const onTrouble = jest.fn();
	let version = 3;
	const poller = createPoller(
		{
			webinarId: 7,
			rooms: 'https://s.test/wp-json/webinars/v1/rooms/7',
			key: 'k'.repeat( 64 ),
			token: '',
			nonce: '',
			interval: 2000,
			version: () => version,
			onState: ( state ) => {
				version = state.version;
				onState( state );
			},
			onTrouble,
			...options,
		},
		deps
	);
	/**
	 * Runs the latest timer (the poller keeps at most one) and lets its fetch settle.
	 * @param advance
	 */
	const step = async ( advance = 0 ) => {
		now += advance;
		const timer = timers.pop();
		timers.length = 0;
		timer?.fn();
		for ( let i = 0; i < 5; i++ ) {
			await Promise.resolve();
		}
		return timer?.ms;
	};
	const lastDelay = () => timers[ timers.length - 1 ]?.ms;
	return {
		poller,
		calls,
		timers,
		step,
		lastDelay,
		onState,
		onTrouble,
		doc,
		listeners,
	};
}

describe( 'createPoller', () => {
	it( 'polls with the key, no cookies and the ETag; 304 changes nothing', async () => {
		const t = setup( {}, [ response( 304 ), response( 200, STATE ) ] );
		t.poller.start();
		expect( t.lastDelay() ).toBe( 2000 ); // A fresh page waits one beat.
		await t.step();
		expect( t.calls[ 0 ]?.url ).toBe(
			`https://s.test/wp-json/webinars/v1/rooms/7?key=${ 'k'.repeat( 64 ) }`
		);
		expect( t.calls[ 0 ]?.init ).toEqual( {
			credentials: 'omit',
			headers: { 'If-None-Match': '"r7-v3"' },
		} );
		expect( t.onState ).not.toHaveBeenCalled();
		await t.step();
		expect( t.onState ).toHaveBeenCalledWith( STATE );
		await t.step();
		expect( t.calls[ 2 ]?.init.headers ).toEqual( {
			'If-None-Match': '"r7-v5"',
		} );
	} );

	it( 'jitters the interval by ±20 %', () => {
		const low = setup( {}, [], () => 0 );
		low.poller.start();
		expect( low.lastDelay() ).toBe( 1600 );
		const high = setup( {}, [], () => 1 );
		high.poller.start();
		expect( high.lastDelay() ).toBe( 2400 );
	} );

	it( 'backs off exponentially to 30 s on errors, then resets', async () => {
		const t = setup( {}, [
			response( 500 ),
			response( 502 ),
			response( 500 ),
			response( 500 ),
			response( 500 ),
			response( 304 ),
		] );
		t.poller.start();
		const delays: Array< number | undefined > = [];
		for ( let i = 0; i < 6; i++ ) {
			await t.step();
			delays.push( t.lastDelay() );
		}
		expect( delays ).toEqual( [
			4000,
			8000,
			16000,
			MAX_BACKOFF,
			MAX_BACKOFF,
			2000,
		] );
		expect( t.onTrouble.mock.calls ).toEqual( [
			[ true ],
			[ true ],
			[ true ],
			[ true ],
			[ true ],
			[ false ],
		] );
	} );

	it( 'honours a 429’s Retry-After', async () => {
		const t = setup( {}, [ response( 429, {}, { 'Retry-After': '20' } ) ] );
		t.poller.start();
		await t.step();
		expect( t.lastDelay() ).toBe( 20000 );
	} );

	it( 'rejects a body that is not a room state', async () => {
		const t = setup( {}, [ response( 200, '<html>' ) ] );
		t.poller.start();
		await t.step();
		expect( t.onState ).not.toHaveBeenCalled();
		expect( t.onTrouble ).toHaveBeenCalledWith( true );
	} );

	it( 'pauses while hidden and polls at once when shown', async () => {
		const t = setup();
		t.poller.start();
		t.doc.hidden = true;
		t.listeners.visibilitychange?.();
		await t.step(); // The pending timer was cleared; nothing new is scheduled while hidden.
		expect( t.timers ).toHaveLength( 0 );
		t.doc.hidden = false;
		t.listeners.visibilitychange?.();
		expect( t.lastDelay() ).toBe( 0 );
	} );

	it( 'a join-token holder asks /me once with the token, then polls with its key', async () => {
		const t = setup( { key: '', token: 'tok.en' }, [
			response( 200, ME ),
			response( 304 ),
		] );
		t.poller.start();
		expect( t.lastDelay() ).toBe( 0 );
		await t.step();
		expect( t.calls[ 0 ] ).toEqual( {
			url: 'https://s.test/wp-json/webinars/v1/rooms/7/me',
			init: {
				credentials: 'omit',
				headers: { 'X-Webinars-Token': 'tok.en' },
			},
		} );
		expect( t.onState ).toHaveBeenCalledWith( STATE );
		await t.step( 2000 );
		expect( t.calls[ 1 ]?.url ).toContain( `?key=${ 'a'.repeat( 64 ) }` );
		expect( t.calls[ 1 ]?.init.headers ).toEqual( {
			'If-None-Match': '"r7-v5"',
		} );
	} );

	it( 'hands each /me answer to onMe before its state (the media arrive first)', async () => {
		const order: string[] = [];
		const media = {
			stream: { kind: 'embed', src: 'https://p.test/e' },
			recording: null,
		};
		const t = setup(
			{
				key: '',
				token: 'tok.en',
				onMe: ( body ) =>
					order.push(
						`me:${ JSON.stringify( ( body as typeof ME & { media: unknown } ).media ) }`
					),
				onState: () => order.push( 'state' ),
			},
			[ response( 200, { ...ME, media } ) ]
		);
		t.poller.start();
		await t.step();
		expect( order ).toEqual( [
			`me:${ JSON.stringify( media ) }`,
			'state',
		] );
	} );

	it( 'a logged-in viewer’s /me heartbeat uses the nonce; a failing one does not stop polling', async () => {
		const t = setup( { nonce: 'n1' }, [
			response( 403 ),
			response( 304 ),
		] );
		t.poller.start();
		await t.step();
		expect( t.calls[ 0 ]?.init ).toEqual( {
			credentials: 'same-origin',
			headers: { 'X-WP-Nonce': 'n1' },
		} );
		await t.step( 1000 );
		expect( t.calls[ 1 ]?.url ).toContain( '?key=' );
	} );
} );

describe( 'the presence heartbeat', () => {
	it( 'replaces a poll with /me once ME_INTERVAL has passed', async () => {
		const t = setup( { nonce: 'n1' }, [ response( 200, ME ) ] );
		t.poller.start();
		await t.step(); // /me first.
		await t.step( 2000 ); // A poll.
		await t.step( ME_INTERVAL ); // /me again.
		expect(
			t.calls.map( ( call ) => call.url.split( '/' ).pop() )
		).toEqual( [ 'me', `7?key=${ 'a'.repeat( 64 ) }`, 'me' ] );
	} );
} );
