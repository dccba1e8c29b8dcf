/**
 * The registration form's logic: validation order and messages, the request body, reading the
 * server's answers, keys and ?ref=.
 */
import {
	isRegistered,
	newKey,
	readAnswer,
	refOf,
	requestBody,
	validate,
} from '../form';
import type { FormStrings, FormValues } from '../form';

const strings: FormStrings = {
	errors: {
		name: 'Name: enter your name.',
		email: 'E-mail: enter a valid e-mail address.',
		phone: 'Phone: enter a valid phone number.',
		consent: 'Consent: tick the box.',
	},
	failed: 'Failed.',
	throttled: 'Try again in %d seconds.',
};

const valid: FormValues = {
	name: 'Ada',
	email: 'ada@example.org',
	phone: '',
	consent: true,
	website: '',
};

const context = {
	webinarId: 7,
	consentVersion: 'abc123',
	key: 'k-0000-1111',
	ref: '',
};

describe( 'validate', () => {
	it( 'accepts a complete form', () => {
		expect( validate( valid, strings ) ).toBeNull();
	} );

	it.each( [
		[ 'name', { name: '  ' } ],
		[ 'email', { email: 'ada@' } ],
		[ 'phone', { phone: 'call me' } ],
		[ 'consent', { consent: false } ],
	] )( 'names %s when it is wrong', ( field, change ) => {
		expect( validate( { ...valid, ...change }, strings ) ).toEqual( {
			field,
			message: strings.errors[ field as 'name' ],
		} );
	} );

	it( 'reports the first invalid field in the form order', () => {
		expect(
			validate( { ...valid, email: '', consent: false }, strings )?.field
		).toBe( 'email' );
	} );
} );

describe( 'requestBody', () => {
	it( 'sends the trimmed fields, the key and the consent version', () => {
		expect(
			requestBody( { ...valid, email: ' ada@example.org ' }, context )
		).toEqual( {
			webinar_id: 7,
			name: 'Ada',
			email: 'ada@example.org',
			consent: true,
			consent_version: 'abc123',
			idempotency_key: 'k-0000-1111',
			website: '',
		} );
	} );

	it( 'adds the phone and the ref when there are ones', () => {
		const body = requestBody(
			{ ...valid, phone: ' +1 555 0100 ' },
			{ ...context, ref: 'partner-7' }
		);
		expect( body.phone ).toBe( '+1 555 0100' );
		expect( body.ref_id ).toBe( 'partner-7' );
	} );
} );

describe( 'readAnswer', () => {
	it( 'reads the links of a 201', () => {
		const answer = readAnswer(
			201,
			{
				join_url: 'https://example.org/w/?wt=t',
				calendar: { google: 'https://g', ics: 'https://i' },
			},
			null,
			strings
		);
		expect( isRegistered( answer ) ).toBe( true );
		expect( answer ).toEqual( {
			joinUrl: 'https://example.org/w/?wt=t',
			googleUrl: 'https://g',
			icsUrl: 'https://i',
		} );
	} );

	it( 'names the field of a 400', () => {
		const answer = readAnswer(
			400,
			{
				code: 'rest_invalid_param',
				data: { params: { email: 'email is not a valid email.' } },
			},
			null,
			strings
		);
		expect( answer ).toEqual( {
			field: 'email',
			message: strings.errors.email,
		} );
	} );

	it( 'says when to come back after a 429', () => {
		expect( readAnswer( 429, {}, '42', strings ) ).toEqual( {
			field: '',
			message: 'Try again in 42 seconds.',
		} );
	} );

	it( "shows the server's message otherwise, or the generic one", () => {
		expect(
			readAnswer(
				409,
				{ message: 'Registration is closed.' },
				null,
				strings
			)
		).toEqual( { field: '', message: 'Registration is closed.' } );
		expect( readAnswer( 500, null, null, strings ) ).toEqual( {
			field: '',
			message: 'Failed.',
		} );
	} );
} );

describe( 'keys and refs', () => {
	it( 'makes distinct, long enough keys', () => {
		const a = newKey();
		const b = newKey();
		expect( a ).not.toBe( b );
		expect( a.length ).toBeGreaterThanOrEqual( 8 );
	} );

	it( 'reads ?ref= of the page', () => {
		expect( refOf( 'https://example.org/w/?ref=abc&x=1' ) ).toBe( 'abc' );
		expect( refOf( 'https://example.org/w/' ) ).toBe( '' );
		expect( refOf( 'not a url' ) ).toBe( '' );
	} );
} );
