/**
 * The payload check of the public mirror: the Ajv validators that scripts/generate-contracts.mjs
 * compiles ahead of time for the actions a browser may fire (INBOUND_HOOKS), worded like PHP's
 * rest_validate_value_from_schema (`payload[session_id] …`).
 *
 * Decision (measured with gzip -9 on the built scripts, 0.2.0): client-side validation stays only
 * in the public mirror, for third-party code that fires an inbound action through
 * window.webinars.hooks and should learn at once what is wrong. There it is Ajv compiled ahead of
 * time (no schema compiler, no HOOK_META in the browser): build/index.js is 5.1 KB, against 4.3 KB
 * for the old hand-written validator with all 23 payload schemas, a price paid for a
 * standard-conformant validator generated from the contract. The room runtimes (`webinars-room`,
 * the attendee view) skip it: they fire typed payloads that the server validates again, and its
 * refusal is what the user sees, so their pages carry no validator at all.
 */
import * as validators from '../contracts/generated/validators';
import type {
	PayloadError,
	PayloadValidator,
} from '../contracts/generated/validators';
import type { HookName } from '../contracts/generated/hooks';
import type { PayloadCheck, ValidationError } from './mirror';

const VALIDATORS: Readonly< Record< string, PayloadValidator | undefined > > =
	validators;

/**
 * `/context/role` → `payload[context][role]`.
 *
 * @param pointer JSON pointer (Ajv's instancePath).
 * @param extra   A property to append (a missing or unknown one).
 */
function fieldPath( pointer: string, extra?: unknown ): string {
	const parts = pointer.split( '/' ).slice( 1 );
	if ( typeof extra === 'string' ) {
		parts.push( extra );
	}
	return (
		'payload' +
		parts
			.map(
				( part ) =>
					`[${ part.replace( /~1/g, '/' ).replace( /~0/g, '~' ) }]`
			)
			.join( '' )
	);
}

/**
 * One Ajv error in words.
 *
 * @param error The error.
 */
function toViolation( error: PayloadError ): ValidationError {
	const { keyword, params } = error;
	if ( keyword === 'required' || keyword === 'additionalProperties' ) {
		const name = params.missingProperty ?? params.additionalProperty;
		const path = fieldPath( error.instancePath, name );
		return {
			path,
			message:
				keyword === 'required'
					? `${ path } is required.`
					: `${ path } is not a valid property.`,
		};
	}
	const path = fieldPath( error.instancePath );
	const details: Record< string, string > = {
		type: `is not of type ${ String( params.type ) }`,
		enum: `is not one of ${ String( params.allowedValues ) }`,
		format: `is not a valid ${ String( params.format ) }`,
	};
	return {
		path,
		message: `${ path } ${ details[ keyword ] ?? `breaks its ${ keyword } rule` }.`,
	};
}

/**
 * Checks a payload of an inbound action; refuses any other action (the browser never fires them).
 *
 * @param hook    A canonical action.
 * @param payload Its payload.
 */
export const validatePayload: PayloadCheck = (
	hook: HookName,
	payload: unknown
) => {
	const validator = VALIDATORS[ hook ];
	if ( ! validator ) {
		return [
			{
				path: 'hook',
				message: `"${ hook }" is not an action a browser may fire.`,
			},
		];
	}
	if ( validator( payload ) ) {
		return [];
	}
	return ( validator.errors ?? [] ).map( toViolation );
};
