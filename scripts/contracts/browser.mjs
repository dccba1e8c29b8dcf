/**
 * The browser's share of the contract, generated beside the rest by generate-contracts.mjs:
 *
 * - validators.js (+ .d.ts): Ajv standalone validators of the payloads of the actions a browser may
 *   fire (INBOUND_HOOKS) and of nothing else. Compiled here, ahead of time, so no schema compiler
 *   and no HOOK_META reach the browser. Only the public mirror (`webinars-hooks`) imports them.
 * - labels.ts: the translated status and request labels (the `__()` calls stay literal so that
 *   the i18n tools find them in the built scripts).
 */
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';

/** RFC 3339 with a zone, as PHP's rest_parse_date() accepts it. */
const DATE_TIME =
	/^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:?\d{2})$/;

/**
 * The schema without prose (Ajv embeds the schemas it reads enums from: keep them short).
 *
 * @param {*} node Schema node.
 * @return {*} The node without description and title.
 */
const strip = ( node ) => {
	if ( Array.isArray( node ) ) {
		return node.map( strip );
	}
	if ( node && typeof node === 'object' ) {
		return Object.fromEntries(
			Object.entries( node )
				.filter(
					( [ key ] ) => key !== 'description' && key !== 'title'
				)
				.map( ( [ key, value ] ) => [ key, strip( value ) ] )
		);
	}
	return node;
};

/**
 * @param {Array<{name: string, browser?: string, payload: Object}>} hooks Canonical actions.
 * @return {string[]} The names of the inbound ones.
 */
const inboundOf = ( hooks ) =>
	hooks
		.filter( ( hook ) => hook.browser === 'inbound' )
		.map( ( hook ) => hook.name );

/**
 * validators.js: one Ajv standalone validator per inbound action, exported by hook name.
 *
 * @param {Array<Object>} hooks  Canonical actions (payloads resolved).
 * @param {string}        banner The "GENERATED" banner.
 * @return {string} ES module source.
 */
export function validatorsJs( hooks, banner ) {
	const ajv = new Ajv( {
		code: { source: true, esm: true, lines: true },
		messages: false, // The mirror words its own messages from keyword and path.
		strict: false,
		allErrors: false,
	} );
	addFormats( ajv, { mode: 'fast', formats: [ 'uuid', 'email' ] } );
	ajv.addFormat( 'date-time', DATE_TIME );
	const names = inboundOf( hooks );
	for ( const hook of hooks ) {
		if ( names.includes( hook.name ) ) {
			ajv.addSchema( strip( hook.payload ), hook.name );
		}
	}
	let code = standaloneCode(
		ajv,
		Object.fromEntries( names.map( ( name ) => [ name, name ] ) )
	);
	// Ajv writes CommonJS requires for its runtime helpers even in ESM mode: make them imports.
	const imports = [];
	code = code.replace(
		/const (\w+) = require\("([^"]+)"\)\.default;/g,
		( _match, local, from ) => {
			imports.push( `import ${ local } from '${ from }';` );
			return '';
		}
	);
	if ( /require\(/.test( code ) ) {
		throw new Error( 'validators.js: an Ajv runtime require is left' );
	}
	code = code.replace( /^"use strict";/, '' );
	return `/**\n * ${ banner }\n */\n/* eslint-disable */\n${ imports.join( '\n' ) }\n${ code }\n`;
}

/**
 * validators.d.ts: the types of validators.js.
 *
 * @param {Array<Object>} hooks  Canonical actions.
 * @param {string}        banner The "GENERATED" banner.
 * @return {string} Declarations.
 */
export function validatorsDts( hooks, banner ) {
	const lines = inboundOf( hooks ).map(
		( name ) => `export declare const ${ name }: PayloadValidator;`
	);
	return `/**
 * ${ banner }
 */
/* eslint-disable */

/** One Ajv error (messages are off: keyword, instancePath and params say what failed). */
export interface PayloadError {
	keyword: string;
	instancePath: string;
	params: Record< string, unknown >;
}

/** An Ajv standalone validator: true when valid; the errors of the last call otherwise. */
export interface PayloadValidator {
	( payload: unknown ): boolean;
	errors?: PayloadError[] | null;
}

${ lines.join( '\n' ) }
`;
}

/**
 * labels.ts: translated labels of statuses and requests.
 *
 * @param {Object} room   canon.models.room.
 * @param {string} banner The "GENERATED" banner.
 * @return {string} TypeScript source.
 */
export function labelsTs( room, banner ) {
	const cases = ( entries ) =>
		entries
			.map(
				( [ key, label ] ) =>
					`\t\tcase ${ JSON.stringify( key ) }:\n\t\t\treturn __( ${ JSON.stringify( label ) }, 'webinars' );`
			)
			.join( '\n' );
	const statuses = Object.entries( room.statuses ).map(
		( [ key, value ] ) => [ key, value.label ]
	);
	const requests = Object.entries( room.transitions ).map(
		( [ key, value ] ) => [ key, value.label ]
	);
	return `/**
 * ${ banner }
 */
/* eslint-disable */
import { __ } from '@wordpress/i18n';
import type { RoomStatus, StatusRequest } from './room';

/**
 * The translated label of a room status.
 *
 * @param status A room status.
 */
export function statusLabel( status: RoomStatus ): string {
	switch ( status ) {
${ cases( statuses ) }
	}
}

/**
 * The translated label of a requested transition (a button's name).
 *
 * @param request A requested transition.
 */
export function requestLabel( request: StatusRequest ): string {
	switch ( request ) {
${ cases( requests ) }
	}
}
`;
}
