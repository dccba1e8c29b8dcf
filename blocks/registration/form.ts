/**
 * The registration form's logic, free of the DOM and of the Interactivity API (tested in Jest):
 * what the visitor typed → the first invalid field with its message, the request body, and the
 * server's answer → a thank-you (links) or an error naming the field.
 */

/** The fields the visitor fills, as the form holds them. */
export interface FormValues {
	name: string;
	email: string;
	phone: string;
	consent: boolean;
	website: string;
}

export type FieldName = 'name' | 'email' | 'phone' | 'consent';

/** Translated messages (from PHP: the script module has no wp.i18n). */
export interface FormStrings {
	errors: Record< FieldName, string >;
	failed: string;
	throttled: string;
}

/** An error to show: the field it is about ('' for the whole form) and the message. */
export interface FormError {
	field: FieldName | '';
	message: string;
}

/** What the server answers on success. */
export interface Registered {
	joinUrl: string;
	googleUrl: string;
	icsUrl: string;
}

const FIELDS: FieldName[] = [ 'name', 'email', 'phone', 'consent' ];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[\s(]*(\+|00)?[\s\d().\/-]{6,}$/;

/**
 * The first invalid field, in the form's order, or null when the form may be sent.
 *
 * @param values  What the visitor typed.
 * @param strings Messages.
 */
export function validate(
	values: FormValues,
	strings: FormStrings
): FormError | null {
	const invalid: Record< FieldName, boolean > = {
		name: values.name.trim() === '',
		email: ! EMAIL.test( values.email.trim() ),
		phone:
			values.phone.trim() !== '' && ! PHONE.test( values.phone.trim() ),
		consent: ! values.consent,
	};
	const field = FIELDS.find( ( name ) => invalid[ name ] );
	return field ? { field, message: strings.errors[ field ] } : null;
}

/**
 * The POST body of a registration.
 *
 * @param values                 What the visitor typed.
 * @param context                The form's context.
 * @param context.webinarId      Webinar.
 * @param context.consentVersion Version of the consent text shown.
 * @param context.key            Idempotency key.
 * @param context.ref            The page's ?ref=.
 */
export function requestBody(
	values: FormValues,
	context: {
		webinarId: number;
		consentVersion: string;
		key: string;
		ref: string;
	}
): Record< string, unknown > {
	const body: Record< string, unknown > = {
		webinar_id: context.webinarId,
		name: values.name.trim(),
		email: values.email.trim(),
		consent: values.consent,
		consent_version: context.consentVersion,
		idempotency_key: context.key,
		website: values.website,
	};
	if ( values.phone.trim() !== '' ) {
		body.phone = values.phone.trim();
	}
	if ( context.ref !== '' ) {
		body.ref_id = context.ref.slice( 0, 191 );
	}
	return body;
}

/**
 * The server's answer, read: links on success, else the error (a 400 names its field in
 * data.params; a 429 says when to come back).
 *
 * @param status     HTTP status.
 * @param body       Parsed JSON body (or null).
 * @param retryAfter The Retry-After header.
 * @param strings    Messages.
 */
export function readAnswer(
	status: number,
	body: unknown,
	retryAfter: string | null,
	strings: FormStrings
): Registered | FormError {
	const data = ( body ?? {} ) as Record< string, unknown >;
	if ( status >= 200 && status < 300 ) {
		const calendar = ( data.calendar ?? {} ) as Record< string, unknown >;
		return {
			joinUrl: String( data.join_url ?? '' ),
			googleUrl: String( calendar.google ?? '' ),
			icsUrl: String( calendar.ics ?? '' ),
		};
	}
	if ( status === 429 ) {
		const seconds = Math.max( 1, parseInt( retryAfter ?? '', 10 ) || 60 );
		return {
			field: '',
			message: strings.throttled.replace( '%d', String( seconds ) ),
		};
	}
	const params = ( ( data.data as Record< string, unknown > )?.params ??
		{} ) as Record< string, unknown >;
	const field = FIELDS.find( ( name ) => name in params );
	if ( field ) {
		return { field, message: strings.errors[ field ] };
	}
	const message = typeof data.message === 'string' ? data.message : '';
	return { field: '', message: message || strings.failed };
}

/**
 * Whether an answer is a success.
 *
 * @param answer What readAnswer() returned.
 */
export function isRegistered(
	answer: Registered | FormError
): answer is Registered {
	return 'joinUrl' in answer;
}

/**
 * A client-made idempotency key: a double submit of one form is one registration.
 *
 * @param random Source of randomness (crypto where there is one).
 */
export function newKey( random: () => number = Math.random ): string {
	const cryptoApi = ( globalThis as { crypto?: Crypto } ).crypto;
	if ( cryptoApi?.randomUUID ) {
		return cryptoApi.randomUUID();
	}
	return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace( /[xy]/g, ( c ) => {
		const r = Math.floor( random() * 16 );
		return ( c === 'x' ? r : ( r % 4 ) + 8 ).toString( 16 );
	} );
}

/**
 * The ?ref= of a page URL ('' when none).
 *
 * @param href The page's address.
 */
export function refOf( href: string ): string {
	try {
		return new URL( href ).searchParams.get( 'ref' )?.trim() ?? '';
	} catch {
		return '';
	}
}
