/**
 * Front end of webinars/registration (a script module; Interactivity API). PHP renders the form
 * from one template; this store validates it, posts it once per key, and shows the thank-you
 * with the personal join link, or an error naming the field (focus moves to it).
 */
import { getContext, store } from '@wordpress/interactivity';
import {
	isRegistered,
	newKey,
	readAnswer,
	refOf,
	requestBody,
	validate,
} from './form';
import type { FieldName, FormError, FormStrings, FormValues } from './form';

interface FormContext {
	endpoint: string;
	webinarId: number;
	consentVersion: string;
	key: string;
	ref: string;
	sending: boolean;
	done: boolean;
	error: string;
	errorField: FieldName | '';
	joinUrl: string;
	googleUrl: string;
	icsUrl: string;
	invalid: Record< FieldName, boolean >;
}

type RegistrationStore = {
	state: { strings: FormStrings };
	actions: { submit: ( event: SubmitEvent ) => Promise< void > };
	callbacks: { init: () => void };
};

const { state } = store< RegistrationStore >( 'webinars/registration', {
	actions: {
		*submit( event: SubmitEvent ) {
			event.preventDefault();
			const ctx = getContext< FormContext >();
			const form = event.target as HTMLFormElement;
			if ( ctx.sending ) {
				return;
			}
			const values = read( form );
			const invalid = validate( values, state.strings );
			if ( invalid ) {
				show( ctx, form, invalid );
				return;
			}
			ctx.sending = true;
			show( ctx, form, { field: '', message: '' }, false );
			try {
				const response: Response = yield fetch( ctx.endpoint, {
					method: 'POST',
					headers: { 'Content-Type': 'application/json' },
					credentials: 'same-origin',
					body: JSON.stringify( requestBody( values, ctx ) ),
				} );
				const body: unknown = yield response.json().catch( () => null );
				const answer = readAnswer(
					response.status,
					body,
					response.headers.get( 'Retry-After' ),
					state.strings
				);
				if ( isRegistered( answer ) ) {
					Object.assign( ctx, answer, { done: true } );
					focusLater( form, '.webinars-registration__done' );
				} else {
					show( ctx, form, answer );
				}
			} catch {
				show( ctx, form, { field: '', message: state.strings.failed } );
			} finally {
				ctx.sending = false;
			}
		},
	} as unknown as RegistrationStore[ 'actions' ],
	callbacks: {
		init() {
			const ctx = getContext< FormContext >();
			ctx.key = newKey();
			ctx.ref = refOf( window.location.href );
		},
	},
} );

/**
 * The form's values.
 *
 * @param form The form.
 */
function read( form: HTMLFormElement ): FormValues {
	const data = new FormData( form );
	const text = ( name: string ) => String( data.get( name ) ?? '' );
	return {
		name: text( 'name' ),
		email: text( 'email' ),
		phone: text( 'phone' ),
		consent: data.get( 'consent' ) !== null,
		website: text( 'website' ),
	};
}

/**
 * Shows an error: its message in the alert, the field marked invalid, focus moved to it.
 *
 * @param ctx   The form's context.
 * @param form  The form.
 * @param error What is wrong.
 * @param focus Whether to move focus to the field (or the alert).
 */
function show(
	ctx: FormContext,
	form: HTMLFormElement,
	error: FormError,
	focus = true
) {
	ctx.error = error.message;
	ctx.errorField = error.field;
	for ( const name of Object.keys( ctx.invalid ) as FieldName[] ) {
		ctx.invalid[ name ] = name === error.field;
	}
	if ( focus ) {
		const input = error.field
			? form.querySelector< HTMLElement >( `[name="${ error.field }"]` )
			: null;
		(
			input ?? form.querySelector< HTMLElement >( '[role="alert"]' )
		)?.focus();
	}
}

/**
 * Moves focus once the store's change is painted (the element is unhidden then).
 *
 * @param form     The form (its block holds the target).
 * @param selector The element to focus.
 */
function focusLater( form: HTMLFormElement, selector: string ) {
	window.setTimeout( () => {
		form.parentElement?.querySelector< HTMLElement >( selector )?.focus();
	}, 0 );
}
