/**
 * Front end of webinars/public (a script module; Interactivity API). PHP renders the view from one
 * template with data-wp-* directives and its data-wp-context; this store only updates that
 * context: the countdown each second, the viewer's local time once, and every newer room state
 * from the poller. Each change of status or CTA visibility is re-emitted on the page's shared
 * wp.hooks (a `sync` context), so third-party `addAction` hears it; the first state never is.
 */
import {
	getContext,
	getElement,
	store,
	withScope,
} from '@wordpress/interactivity';
import { mediaOf, playerFor, renderPlayer } from './media';
import { applyState, localTime, statusText } from './model';
import type { Strings, SyncEmission, ViewContext } from './model';
import { createPoller } from './poller';

interface WpHooks {
	doAction: ( hook: string, ...args: unknown[] ) => void;
}

type PublicStore = {
	state: { strings: Strings };
	callbacks: { init: () => void; player: () => void };
};

const page = window as unknown as {
	wp?: { hooks?: WpHooks };
	webinars?: Record< string, unknown >;
};

// Third-party code finds the mirror where the classic runtime puts it, even without that runtime.
if ( page.wp?.hooks ) {
	page.webinars ??= {};
	page.webinars.hooks ??= page.wp.hooks;
}

const { state } = store< PublicStore >( 'webinars/public', {
	callbacks: {
		init() {
			const ctx = getContext< ViewContext >();
			forgetToken( ctx.tokenArg );
			const locale = document.documentElement.lang;
			ctx.localText = localTime(
				ctx.startTs,
				ctx.zone,
				state.strings,
				locale
			);
			startClock( ctx, locale );
			if ( ctx.following ) {
				follow( ctx );
			}
		},
		// data-wp-watch on the player box: re-runs whenever the context's player changes.
		player() {
			const ctx = getContext< ViewContext >();
			const frame = getElement().ref?.querySelector(
				'.webinars-public__frame'
			);
			const { kind, src, recording } = ctx.player;
			const title = recording ? ctx.titles.recording : ctx.titles.stream;
			if ( frame ) {
				renderPlayer( frame, { kind, src, recording }, title );
			}
		},
	},
} );

/**
 * Removes ?wt= from the address bar once read: a join link must not be shared by copying the URL.
 *
 * @param arg The query argument's name.
 */
function forgetToken( arg: string ): void {
	const url = new URL( window.location.href );
	if ( arg && url.searchParams.has( arg ) ) {
		url.searchParams.delete( arg );
		window.history.replaceState( window.history.state, '', url.toString() );
	}
}

/**
 * Ticks the status line once a second while it shows a countdown.
 *
 * @param ctx    The block's context.
 * @param locale Page locale.
 */
function startClock( ctx: ViewContext, locale: string ): void {
	const tick = withScope( () => {
		const text = statusText( ctx, Date.now(), state.strings, locale );
		if ( text !== ctx.statusText ) {
			ctx.statusText = text;
		}
	} );
	tick();
	window.setInterval( tick, 1000 );
}

function emit( emissions: SyncEmission[] ): void {
	const hooks = page.wp?.hooks;
	if ( ! hooks ) {
		return;
	}
	for ( const { hook, payload } of emissions ) {
		hooks.doAction( hook, payload );
	}
}

/**
 * Polls the room and writes each newer state into the context.
 *
 * @param ctx The block's context.
 */
function follow( ctx: ViewContext ): void {
	createPoller( {
		webinarId: ctx.webinarId,
		rooms: ctx.rooms,
		key: ctx.key,
		token: ctx.token,
		nonce: ctx.nonce,
		interval: ctx.interval,
		version: () => ctx.version,
		onState: withScope( ( room ) => {
			const applied = applyState( ctx, room, state.strings );
			if ( applied ) {
				Object.assign( ctx, applied.patch );
				ctx.statusText = statusText(
					ctx,
					Date.now(),
					state.strings,
					document.documentElement.lang
				);
				emit( applied.emissions );
			}
		} ),
		onMe: withScope( ( body: unknown ) => {
			ctx.media = mediaOf( body );
			ctx.player = playerFor( ctx.status, ctx.media );
		} ),
		onTrouble: ( failing ) => {
			ctx.reconnecting = failing;
		},
	} ).start();
}
