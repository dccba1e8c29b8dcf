/**
 * Validates a value against the JSON Schema subset the contracts use, the same subset (and the
 * same field paths in messages) as WordPress' rest_validate_value_from_schema, so the browser
 * refuses what PHP would refuse before anything is sent.
 */
import type { JsonSchema } from './types';

export interface ValidationError {
	/** Field path, e.g. `payload[context][role]`. */
	path: string;
	message: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_TIME =
	/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const isObject = ( value: unknown ): value is Record< string, unknown > =>
	typeof value === 'object' && value !== null && ! Array.isArray( value );

function matchesType( type: string, value: unknown ): boolean {
	switch ( type ) {
		case 'string':
			return typeof value === 'string';
		case 'integer':
			return typeof value === 'number' && Number.isInteger( value );
		case 'number':
			return typeof value === 'number' && Number.isFinite( value );
		case 'boolean':
			return typeof value === 'boolean';
		case 'null':
			return value === null;
		case 'array':
			return Array.isArray( value );
		case 'object':
			return isObject( value );
		default:
			return true;
	}
}

function checkFormat(
	schema: JsonSchema,
	value: string,
	path: string
): ValidationError | null {
	switch ( schema.format ) {
		case 'uuid':
			return UUID.test( value )
				? null
				: { path, message: `${ path } is not a valid UUID.` };
		case 'date-time':
			return DATE_TIME.test( value ) &&
				! Number.isNaN( Date.parse( value ) )
				? null
				: { path, message: `${ path } is not a valid date.` };
		case 'email':
			return EMAIL.test( value )
				? null
				: { path, message: `${ path } is not a valid email address.` };
		default:
			return null;
	}
}

/**
 * Returns every violation of `schema` by `value`; an empty list means valid.
 *
 * @param schema Schema to check against.
 * @param value  Value to check.
 * @param path   Name of the value in messages.
 */
export function validate(
	schema: JsonSchema,
	value: unknown,
	path = 'value'
): ValidationError[] {
	const errors: ValidationError[] = [];

	if ( schema.type !== undefined ) {
		const types = Array.isArray( schema.type )
			? schema.type
			: [ schema.type ];
		if ( ! types.some( ( type ) => matchesType( type, value ) ) ) {
			return [
				{
					path,
					message: `${ path } is not of type ${ types.join( ',' ) }.`,
				},
			];
		}
	}

	if (
		schema.enum &&
		! schema.enum.some( ( allowed ) => allowed === value )
	) {
		return [
			{
				path,
				message: `${ path } is not one of ${ schema.enum.map( ( item ) => String( item ) ).join( ', ' ) }.`,
			},
		];
	}

	if ( typeof value === 'string' ) {
		if (
			schema.minLength !== undefined &&
			[ ...value ].length < schema.minLength
		) {
			errors.push( {
				path,
				message: `${ path } must be at least ${ schema.minLength } characters long.`,
			} );
		}
		if (
			schema.maxLength !== undefined &&
			[ ...value ].length > schema.maxLength
		) {
			errors.push( {
				path,
				message: `${ path } must be at most ${ schema.maxLength } characters long.`,
			} );
		}
		if (
			schema.pattern !== undefined &&
			! new RegExp( schema.pattern, 'u' ).test( value )
		) {
			errors.push( {
				path,
				message: `${ path } does not match pattern ${ schema.pattern }.`,
			} );
		}
		const formatError = checkFormat( schema, value, path );
		if ( formatError ) {
			errors.push( formatError );
		}
	}

	if ( typeof value === 'number' ) {
		if ( schema.minimum !== undefined && value < schema.minimum ) {
			errors.push( {
				path,
				message: `${ path } must be greater than or equal to ${ schema.minimum }`,
			} );
		}
		if ( schema.maximum !== undefined && value > schema.maximum ) {
			errors.push( {
				path,
				message: `${ path } must be less than or equal to ${ schema.maximum }`,
			} );
		}
	}

	if ( Array.isArray( value ) ) {
		if ( schema.minItems !== undefined && value.length < schema.minItems ) {
			errors.push( {
				path,
				message: `${ path } must contain at least ${ schema.minItems } items.`,
			} );
		}
		if ( schema.maxItems !== undefined && value.length > schema.maxItems ) {
			errors.push( {
				path,
				message: `${ path } must contain at most ${ schema.maxItems } items.`,
			} );
		}
		if (
			schema.uniqueItems &&
			new Set( value.map( ( item ) => JSON.stringify( item ) ) ).size !==
				value.length
		) {
			errors.push( { path, message: `${ path } has duplicate items.` } );
		}
		if ( schema.items ) {
			const items = schema.items;
			value.forEach( ( item, index ) =>
				errors.push(
					...validate( items, item, `${ path }[${ index }]` )
				)
			);
		}
	}

	if ( isObject( value ) ) {
		const properties = schema.properties ?? {};
		for ( const key of schema.required ?? [] ) {
			if ( ! ( key in value ) ) {
				errors.push( {
					path: `${ path }[${ key }]`,
					message: `${ key } is a required property of ${ path }.`,
				} );
			}
		}
		for ( const [ key, item ] of Object.entries( value ) ) {
			const propertySchema = properties[ key ];
			if ( propertySchema ) {
				errors.push(
					...validate( propertySchema, item, `${ path }[${ key }]` )
				);
			} else if ( schema.additionalProperties === false ) {
				errors.push( {
					path: `${ path }[${ key }]`,
					message: `${ key } is not a valid property of Object.`,
				} );
			} else if ( isObject( schema.additionalProperties ) ) {
				errors.push(
					...validate(
						schema.additionalProperties,
						item,
						`${ path }[${ key }]`
					)
				);
			}
		}
	}

	if ( schema.oneOf ) {
		const matching = schema.oneOf.filter(
			( branch ) => validate( branch, value, path ).length === 0
		);
		if ( matching.length !== 1 ) {
			const titles = schema.oneOf
				.map( ( branch ) => branch.title )
				.filter( Boolean );
			errors.push( {
				path,
				message: `${ path } does not match exactly one schema${ titles.length ? ` (${ titles.join( ' | ' ) })` : '' }.`,
			} );
		}
	}

	if (
		schema.anyOf &&
		! schema.anyOf.some(
			( branch ) => validate( branch, value, path ).length === 0
		)
	) {
		errors.push( {
			path,
			message: `${ path } is invalid (matches none of the allowed schemas).`,
		} );
	}

	return errors;
}
