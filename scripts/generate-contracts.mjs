#!/usr/bin/env node
/**
 * Generates the PHP and TypeScript contract layer, and docs/hooks.md, from contracts/canon.json.
 *
 *   node scripts/generate-contracts.mjs          write the generated files
 *   node scripts/generate-contracts.mjs --check  exit 1 when any generated file is stale
 *
 * Hook names and payload shapes are never written by hand anywhere else.
 */
/* eslint-disable no-console -- a command-line tool reports on the console. */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { labelsTs, validatorsDts, validatorsJs } from './contracts/browser.mjs';

const root = join( dirname( fileURLToPath( import.meta.url ) ), '..' );
const canonPath = join( root, 'contracts/canon.json' );
const canon = JSON.parse( readFileSync( canonPath, 'utf8' ) );
const BANNER =
	'GENERATED from contracts/canon.json by scripts/generate-contracts.mjs: do not edit; run `npm run contracts`.';

// ---------------------------------------------------------------------------------------------
// Schema helpers.

/**
 * Inlines every `$ref` (JSON pointer into canon.json) so consumers get self-contained schemas.
 *
 * @param {*}        node Schema node.
 * @param {string[]} seen Pointers being resolved (to catch cycles).
 * @return {*} The node with every `$ref` replaced by its target.
 */
function resolve( node, seen = [] ) {
	if ( Array.isArray( node ) ) {
		return node.map( ( item ) => resolve( item, seen ) );
	}
	if ( ! node || typeof node !== 'object' ) {
		return node;
	}
	if ( typeof node.$ref === 'string' ) {
		const pointer = node.$ref;
		if ( seen.includes( pointer ) ) {
			throw new Error( `Circular $ref ${ pointer }` );
		}
		const target = pointer
			.replace( /^#\//, '' )
			.split( '/' )
			.reduce( ( acc, key ) => acc?.[ key ], canon );
		if ( ! target ) {
			throw new Error( `Unresolvable $ref ${ pointer }` );
		}
		const { $ref, ...rest } = node;
		return {
			...resolve( target, [ ...seen, pointer ] ),
			...resolve( rest, seen ),
		};
	}
	return Object.fromEntries(
		Object.entries( node ).map( ( [ key, value ] ) => [
			key,
			resolve( value, seen ),
		] )
	);
}

const constName = ( name ) =>
	name
		.toUpperCase()
		.replace( /[^A-Z0-9]+/g, '_' )
		.replace( /^_+|_+$/g, '' );
const pascal = ( name ) =>
	name
		.split( /[^a-zA-Z0-9]+/ )
		.filter( Boolean )
		.map( ( part ) => part[ 0 ].toUpperCase() + part.slice( 1 ) )
		.join( '' );

const hooks = canon.hooks.map( ( hook ) => ( {
	...hook,
	payload: resolve( hook.payload ),
} ) );
const moduleIds = new Set( canon.modules.map( ( module ) => module.id ) );
for ( const hook of hooks ) {
	for ( const id of [ ...hook.emitters, ...hook.listeners ] ) {
		if ( ! moduleIds.has( id ) ) {
			throw new Error( `${ hook.name }: unknown module "${ id }"` );
		}
	}
}
const capabilityName = ( key ) => {
	if ( key === 'read' ) {
		return 'read';
	}
	if ( ! canon.capabilities[ key ] ) {
		throw new Error( `Unknown capability key "${ key }"` );
	}
	return canon.capabilities[ key ].name;
};

// ---------------------------------------------------------------------------------------------
// Models: the room (statuses, transitions, CTA rule, state shapes, errors) and the webinar (post
// type, meta). Checked for consistency here so that a typo fails the build, not a request.

const room = canon.models.room;
const webinar = canon.models.webinar;
const roomStatuses = Object.keys( room.statuses );
const roomRequests = Object.keys( room.transitions );
const sameList = ( a, b ) =>
	a.length === b.length && a.every( ( item, i ) => item === b[ i ] );
if ( ! sameList( roomStatuses, canon.definitions.room_status.enum ) ) {
	throw new Error(
		'models.room.statuses must list definitions.room_status.enum, in order'
	);
}
if ( ! sameList( roomRequests, canon.definitions.status_request.enum ) ) {
	throw new Error(
		'models.room.transitions must list definitions.status_request.enum, in order'
	);
}
for ( const [ request, transition ] of Object.entries( room.transitions ) ) {
	for ( const status of [ ...transition.from, transition.to ] ) {
		if ( ! roomStatuses.includes( status ) ) {
			throw new Error(
				`transition ${ request }: unknown status "${ status }"`
			);
		}
	}
	capabilityName( transition.capability );
}
for ( const status of [ room.initial, ...room.cta_statuses ] ) {
	if ( ! roomStatuses.includes( status ) ) {
		throw new Error( `models.room: unknown status "${ status }"` );
	}
}
const jobs = canon.models.jobs;
const jobStatuses = Object.keys( jobs.statuses );
for ( const status of [ jobs.initial, ...jobs.finished ] ) {
	if ( ! jobStatuses.includes( status ) ) {
		throw new Error( `models.jobs: unknown status "${ status }"` );
	}
}
const roomStateSchema = resolve( room.state );
const roomMeSchema = resolve( room.me );
const webinarTypes = canon.definitions.webinar_type.enum;
const webinarMeta = Object.entries( webinar.meta ).map( ( [ field, meta ] ) => {
	if ( meta.capability ) {
		capabilityName( meta.capability );
	}
	if ( meta.holder_capability ) {
		capabilityName( meta.holder_capability );
	}
	return { field, ...meta, schema: resolve( meta.schema ) };
} );

// ---------------------------------------------------------------------------------------------
// PHP (WordPress coding standards: tabs, long array syntax, aligned double arrows).

function phpString( value ) {
	return `'${ String( value ).replace( /\\/g, '\\\\' ).replace( /'/g, "\\'" ) }'`;
}

function phpScalar( value ) {
	if ( value === null || value === undefined ) {
		return 'null';
	}
	if ( typeof value === 'boolean' ) {
		return value ? 'true' : 'false';
	}
	if ( typeof value === 'number' ) {
		return String( value );
	}
	return phpString( value );
}

function phpValue( value, indent ) {
	if ( value === null || typeof value !== 'object' ) {
		return phpScalar( value );
	}
	const entries = Array.isArray( value ) ? null : Object.entries( value );
	if ( ( entries ?? value ).length === 0 ) {
		return 'array()';
	}
	if (
		! entries &&
		value.every( ( item ) => item === null || typeof item !== 'object' )
	) {
		const inline = `array( ${ value.map( phpScalar ).join( ', ' ) } )`;
		if ( inline.length <= 80 ) {
			return inline;
		}
	}
	const pad = '\t'.repeat( indent + 1 );
	const close = '\t'.repeat( indent );
	if ( ! entries ) {
		return `array(\n${ value.map( ( item ) => `${ pad }${ phpValue( item, indent + 1 ) },\n` ).join( '' ) }${ close })`;
	}
	const width = Math.max(
		...entries.map( ( [ key ] ) => phpString( key ).length )
	);
	return `array(\n${ entries
		.map(
			( [ key, item ] ) =>
				`${ pad }${ phpString( key ).padEnd( width ) } => ${ phpValue( item, indent + 1 ) },\n`
		)
		.join( '' ) }${ close })`;
}

function phpFile( className, summary, body, since = '0.1.0' ) {
	return `<?php
/**
 * ${ summary }
 *
 * ${ BANNER }
 *
 * @package Webinars
 */

namespace Webinars\\Contracts;

defined( 'ABSPATH' ) || exit;

/**
 * ${ summary }
 *
 * @since ${ since }
 */
final class ${ className } {
${ body }
}
`;
}

function phpConstants( entries, since = '0.1.0' ) {
	return entries
		.map(
			( [ name, value, doc, own ] ) =>
				`\t/**\n\t * ${ doc }\n\t *\n\t * @since ${ own ?? since }\n\t */\n\tpublic const ${ name } = ${ phpScalar( value ) };\n`
		)
		.join( '\n' );
}

function hooksPhp() {
	const canonical = hooks.map( ( hook ) => [
		constName( hook.name ),
		hook.name,
		`${ hook.description } (${ hook.emitters.join( ', ' ) } → ${ hook.listeners.join( ', ' ) })`,
	] );
	const lifecycle = canon.lifecycle.map( ( hook ) => [
		constName( hook.name ),
		hook.name,
		`${ hook.description } (internal ${ hook.type }, not canonical)`,
		hook.since,
	] );
	const all = `\t/**\n\t * Every canonical action, in contract order.\n\t *\n\t * @var list<string>\n\t */\n\tpublic const CANONICAL = ${ phpValue(
		hooks.map( ( hook ) => hook.name ),
		1
	) };\n`;
	return phpFile(
		'Hooks',
		'Hook names of the Webinars contracts.',
		`${ phpConstants( [ ...canonical, ...lifecycle ] ) }\n${ all }`
	);
}

function capabilitiesPhp() {
	const entries = Object.entries( canon.capabilities ).map(
		( [ key, cap ] ) => [ constName( key ), cap.name, cap.description ]
	);
	return phpFile(
		'Capabilities',
		'Capability names of the Webinars contracts.',
		phpConstants( entries )
	);
}

function canonPhp() {
	const hookData = Object.fromEntries(
		hooks.map( ( hook ) => [
			hook.name,
			{
				type: hook.type,
				layers: hook.layers,
				emitters: hook.emitters,
				listeners: hook.listeners,
				listener_conditions: hook.listener_conditions ?? {},
				browser: hook.browser ?? null,
				rules: hook.rules ?? {},
				payload: hook.payload,
			},
		] )
	);
	const modules = Object.fromEntries(
		canon.modules.map( ( module ) => [
			module.id,
			{
				class: module.php
					? `Webinars\\Modules\\${ module.php }\\Module`
					: null,
				external: Boolean( module.external ),
				description: module.description,
			},
		] )
	);
	const roles = Object.fromEntries(
		Object.entries( canon.roles ).map( ( [ key, role ] ) => [
			key,
			{
				slug: role.slug,
				label: role.label ?? null,
				existing: Boolean( role.existing ),
				capabilities: role.capabilities.map( capabilityName ),
			},
		] )
	);
	const body = [
		[
			'HOOKS',
			'Canonical actions: layers, emitter and listener modules, rules and payload JSON schema (WordPress REST subset).',
			'array<string, array<string, mixed>>',
			hookData,
		],
		[
			'MODULES',
			'Modules by ID; `class` is the PHP entry class, null for browser-only or external modules.',
			'array<string, array{class: string|null, external: bool, description: string}>',
			modules,
		],
		[
			'ROLES',
			'Roles created on activation (and capabilities granted to existing roles), removed on uninstall.',
			'array<string, array{slug: string, label: string|null, existing: bool, capabilities: list<string>}>',
			roles,
		],
	]
		.map(
			( [ name, doc, type, value ] ) =>
				`\t/**\n\t * ${ doc }\n\t *\n\t * @var ${ type }\n\t */\n\tpublic const ${ name } = ${ phpValue( value, 1 ) };\n`
		)
		.join( '\n' );
	return phpFile( 'Canon', 'The Webinars contracts as data.', body );
}

/**
 * A PHP switch returning a translated literal per key (the strings stay extractable, and are
 * translated in the plugin's .po like any other).
 *
 * @param {string}      name    Function name.
 * @param {string}      doc     Doc summary.
 * @param {string}      param   Parameter name.
 * @param {Object}      labels  Key => English text.
 * @param {string|null} context Translation context (_x), when the words are ambiguous.
 */
function phpLabelFunction( name, doc, param, labels, context = null ) {
	const call = ( text ) =>
		context
			? `_x( ${ phpString( text ) }, ${ phpString( context ) }, 'webinars' )`
			: `__( ${ phpString( text ) }, 'webinars' )`;
	const cases = Object.entries( labels )
		.map(
			( [ key, text ] ) =>
				`\t\t\tcase ${ phpString( key ) }:\n\t\t\t\treturn ${ call( text ) };\n`
		)
		.join( '' );
	return `\t/**\n\t * ${ doc }\n\t *\n\t * @since 0.2.0\n\t *\n\t * @param string $${ param } Key.\n\t */\n\tpublic static function ${ name }( string $${ param } ): string {\n\t\tswitch ( $${ param } ) {\n${ cases }\t\t\tdefault:\n\t\t\t\treturn $${ param };\n\t\t}\n\t}\n`;
}

function phpTypedConst( name, doc, type, value ) {
	return `\t/**\n\t * ${ doc }\n\t *\n\t * @since 0.2.0\n\t * @var ${ type }\n\t */\n\tpublic const ${ name } = ${ phpValue( value, 1 ) };\n`;
}

function roomPhp() {
	const consts = phpConstants(
		[
			[ 'INITIAL', room.initial, 'Status of a new room.' ],
			...roomStatuses.map( ( status ) => [
				`STATUS_${ constName( status ) }`,
				status,
				`Room status: ${ room.statuses[ status ].label }.`,
			] ),
			...roomRequests.map( ( request ) => [
				`REQUEST_${ constName( request ) }`,
				request,
				`Requested transition: ${ request } (${ room.transitions[ request ].from.join( ' | ' ) } → ${ room.transitions[ request ].to }).`,
			] ),
			...Object.entries( room.errors ).map( ( [ code, error ] ) => [
				`ERROR_${ constName( code.replace( /^webinars_/, '' ) ) }`,
				code,
				`Error (HTTP ${ error.status }): ${ error.description }`,
			] ),
		],
		'0.2.0'
	);
	const transitions = Object.fromEntries(
		Object.entries( room.transitions ).map( ( [ request, t ] ) => [
			request,
			{
				from: t.from,
				to: t.to,
				capability: capabilityName( t.capability ),
			},
		] )
	);
	const errors = Object.fromEntries(
		Object.entries( room.errors ).map( ( [ code, error ] ) => [
			code,
			error.status,
		] )
	);
	const data = [
		phpTypedConst(
			'STATUSES',
			'Every room status, in lifecycle order.',
			'list<string>',
			roomStatuses
		),
		phpTypedConst(
			'TRANSITIONS',
			'Transitions: requested status => allowed from-statuses, resulting status, and the capability (checked with the webinar ID) that may ask for it.',
			'array<string, array{from: list<string>, to: string, capability: string}>',
			transitions
		),
		phpTypedConst(
			'CTA_STATUSES',
			'Statuses in which the CTA may be shown or hidden (after the end too: a post-webinar offer).',
			'list<string>',
			room.cta_statuses
		),
		phpTypedConst(
			'ERRORS',
			'Error codes of room commands and reads => HTTP status: the one error map.',
			'array<string, int>',
			errors
		),
		phpTypedConst(
			'STATE_SCHEMA',
			'JSON schema of the shared room state.',
			'array<string, mixed>',
			roomStateSchema
		),
		phpTypedConst(
			'ME_SCHEMA',
			"JSON schema of the caller's participation (/me).",
			'array<string, mixed>',
			roomMeSchema
		),
	].join( '\n' );
	const functions = `
	/**
	 * The status a request leads to, or null for an unknown request.
	 *
	 * @since 0.2.0
	 *
	 * @param string $request Requested transition.
	 */
	public static function target( string $request ): ?string {
		return self::TRANSITIONS[ $request ]['to'] ?? null;
	}

	/**
	 * Whether $request may be applied to a room in $status.
	 *
	 * @since 0.2.0
	 *
	 * @param string $request Requested transition.
	 * @param string $status  Current status.
	 */
	public static function allows( string $request, string $status ): bool {
		return in_array( $status, self::TRANSITIONS[ $request ]['from'] ?? array(), true );
	}

	/**
	 * Whether the CTA may change in $status.
	 *
	 * @since 0.2.0
	 *
	 * @param string $status Current status.
	 */
	public static function cta_may_change( string $status ): bool {
		return in_array( $status, self::CTA_STATUSES, true );
	}

	/**
	 * The HTTP status of an error code (500 for a code the contract does not know).
	 *
	 * @since 0.2.0
	 *
	 * @param string $code Error code.
	 */
	public static function http_status( string $code ): int {
		return self::ERRORS[ $code ] ?? 500;
	}

${ phpLabelFunction( 'status_label', 'A status as a label ("Live").', 'status', Object.fromEntries( roomStatuses.map( ( s ) => [ s, room.statuses[ s ].label ] ) ) ) }
${ phpLabelFunction( 'status_phrase', 'A status as the end of a sentence ("it has ended").', 'status', Object.fromEntries( roomStatuses.map( ( s ) => [ s, room.statuses[ s ].phrase ] ) ) ) }
${ phpLabelFunction( 'request_label', 'A request as a button label ("Start").', 'request', Object.fromEntries( roomRequests.map( ( r ) => [ r, room.transitions[ r ].label ] ) ) ) }
${ phpLabelFunction( 'refusal', 'The start of a refusal ("Cannot start the webinar").', 'request', Object.fromEntries( roomRequests.map( ( r ) => [ r, room.transitions[ r ].refusal ] ) ) ) }`;
	return phpFile(
		'Room',
		'The room model: statuses, transitions, the CTA rule, the state shapes and the error map.',
		`${ consts }\n${ data }${ functions.replace( /\n$/, '' ) }`,
		'0.2.0'
	);
}

function webinarPhp() {
	const consts = phpConstants(
		[
			[ 'POST_TYPE', webinar.post_type, 'Post type of webinars.' ],
			[
				'REST_BASE',
				webinar.rest_base,
				'REST base of the post type (/wp/v2/…).',
			],
			[
				'REWRITE_SLUG',
				webinar.rewrite_slug,
				'Permalink slug of a webinar.',
			],
			...webinarTypes.map( ( type ) => [
				`TYPE_${ constName( type ) }`,
				type,
				`Webinar type: ${ type }.`,
			] ),
			...webinarMeta.map( ( meta ) => [
				`META_${ constName( meta.field ) }`,
				meta.key,
				`Meta key: ${ meta.schema.description ?? meta.field }`,
			] ),
			...Object.entries( webinar.derived_meta ?? {} ).map(
				( [ field, meta ] ) => [
					`META_${ constName( field ) }`,
					meta.key,
					`Derived meta key: ${ meta.description }`,
				]
			),
		],
		'0.2.0'
	);
	const metaData = Object.fromEntries(
		webinarMeta.map( ( meta ) => [
			meta.key,
			{
				field: meta.field,
				public: meta.public,
				default: meta.default,
				capability: meta.capability
					? capabilityName( meta.capability )
					: null,
				holder_capability: meta.holder_capability
					? capabilityName( meta.holder_capability )
					: null,
				schema: meta.schema,
			},
		] )
	);
	const body = [
		phpTypedConst(
			'TYPES',
			'Webinar types.',
			'list<string>',
			webinarTypes
		),
		phpTypedConst(
			'META',
			'Meta fields by key: public (shown in the REST view context) or edit-context only; the capability needed to change it (beyond editing the webinar) and the one every listed user must hold; schema.',
			'array<string, array{field: string, public: bool, default: mixed, capability: string|null, holder_capability: string|null, schema: array<string, mixed>}>',
			metaData
		),
	].join( '\n' );
	return phpFile(
		'Webinar',
		'The webinar model: post type and meta fields.',
		`${ consts }\n${ body }`,
		'0.2.0'
	);
}

function jobPhp() {
	const numbers = [
		[
			'MAX_ATTEMPTS',
			jobs.max_attempts,
			'Attempts before a job is dead (a type or a job may set its own).',
		],
		[
			'CLAIM_SECONDS',
			jobs.claim_seconds,
			'Seconds a claim lasts: a job still running after it may be taken over.',
		],
		[
			'BACKOFF_BASE_SECONDS',
			jobs.backoff.base_seconds,
			'Delay before the 2nd attempt; it doubles with each failure.',
		],
		[
			'BACKOFF_MAX_SECONDS',
			jobs.backoff.max_seconds,
			'Longest delay between attempts.',
		],
		[
			'BACKOFF_JITTER',
			jobs.backoff.jitter,
			'Random extra delay, as a fraction of the delay (spreads retries).',
		],
		[
			'CRON_INTERVAL_SECONDS',
			jobs.cron.interval_seconds,
			'Seconds between WP-Cron runs of the queue.',
		],
		[ 'CRON_BATCH', jobs.cron.batch, 'Most jobs one WP-Cron run runs.' ],
		[
			'CRON_TIME_LIMIT_SECONDS',
			jobs.cron.time_limit_seconds,
			'Seconds after which a WP-Cron run claims no more jobs.',
		],
		[
			'RETENTION_DAYS',
			jobs.retention_days,
			'Days a finished job is kept before the daily purge.',
		],
	];
	const consts = phpConstants(
		[
			[ 'INITIAL', jobs.initial, 'Status of a new job.' ],
			...jobStatuses.map( ( status ) => [
				`STATUS_${ constName( status ) }`,
				status,
				`Job status: ${ jobs.statuses[ status ].description }`,
			] ),
			...numbers,
		],
		'0.2.0'
	);
	const data = [
		phpTypedConst(
			'STATUSES',
			'Every job status.',
			'list<string>',
			jobStatuses
		),
		phpTypedConst(
			'FINISHED',
			'Statuses of a finished job (kept for the retention period, then purged).',
			'list<string>',
			jobs.finished
		),
	].join( '\n' );
	const label = phpLabelFunction(
		'status_label',
		'A job status as a label ("Pending").',
		'status',
		Object.fromEntries(
			jobStatuses.map( ( s ) => [ s, jobs.statuses[ s ].label ] )
		),
		'job status'
	);
	return phpFile(
		'Job',
		'The job queue model: statuses and defaults.',
		`${ consts }\n${ data }\n${ label.replace( /\n$/, '' ) }`,
		'0.2.0'
	);
}

function jobTs() {
	return `${ TS_HEADER }
/** Every job status of the deferred-work queue. */
export const JOB_STATUSES = ${ JSON.stringify( jobStatuses ) } as const;

/** A job status. */
export type JobStatus = ( typeof JOB_STATUSES )[ number ];

/** Statuses of a finished job. */
export const JOB_FINISHED: readonly JobStatus[] = ${ JSON.stringify( jobs.finished ) };
`;
}

// ---------------------------------------------------------------------------------------------
// TypeScript.

function tsType( schema, indent = 0 ) {
	if ( schema.enum ) {
		return schema.enum
			.map( ( item ) => JSON.stringify( item ) )
			.join( ' | ' );
	}
	const types = Array.isArray( schema.type ) ? schema.type : [ schema.type ];
	return types
		.map( ( type ) => {
			switch ( type ) {
				case 'string':
					return 'string';
				case 'integer':
				case 'number':
					return 'number';
				case 'boolean':
					return 'boolean';
				case 'null':
					return 'null';
				case 'array':
					return `Array< ${ tsType( schema.items ?? {}, indent ) } >`;
				case 'object':
					return tsObject( schema, indent );
				default:
					return 'unknown';
			}
		} )
		.join( ' | ' );
}

function tsObject( schema, indent ) {
	const pad = '\t'.repeat( indent + 1 );
	const required = new Set( schema.required ?? [] );
	const lines = Object.entries( schema.properties ?? {} ).map(
		( [ key, prop ] ) => {
			const doc = prop.description
				? `${ pad }/** ${ prop.description } */\n`
				: '';
			return `${ doc }${ pad }${ key }${ required.has( key ) ? '' : '?' }: ${ tsType( prop, indent + 1 ) };\n`;
		}
	);
	if ( schema.additionalProperties !== false ) {
		lines.push( `${ pad }[ key: string ]: unknown;\n` );
	}
	return lines.length
		? `{\n${ lines.join( '' ) }${ '\t'.repeat( indent ) }}`
		: 'Record< string, never >';
}

function tsPayload( hook ) {
	const { oneOf, ...base } = hook.payload;
	const type = tsType( base );
	if ( ! oneOf ) {
		return type;
	}
	// A oneOf narrows the base object; each branch only pins property values.
	const branches = oneOf.map( ( branch ) =>
		tsObject(
			{
				...branch,
				required: Object.keys( branch.properties ?? {} ),
				additionalProperties: false,
			},
			0
		)
	);
	return `${ type } & ( ${ branches.join( ' | ' ) } )`;
}

const TS_HEADER = `/**
 * ${ BANNER }
 */
/* eslint-disable */
`;

function hooksTs() {
	const names = hooks
		.map( ( hook ) => `\t${ constName( hook.name ) }: '${ hook.name }',` )
		.join( '\n' );
	const interfaces = hooks
		.map(
			( hook ) =>
				`/** Payload of \`${ hook.name }\`: ${ hook.description } */\nexport type ${ pascal( hook.name ) }Payload = ${ tsPayload( hook ) };\n`
		)
		.join( '\n' );
	const map = hooks
		.map( ( hook ) => `\t${ hook.name }: ${ pascal( hook.name ) }Payload;` )
		.join( '\n' );
	const inbound = hooks
		.filter( ( hook ) => hook.browser === 'inbound' )
		.map( ( hook ) => hook.name );
	const caps = Object.entries( canon.capabilities )
		.map( ( [ key, cap ] ) => `\t${ constName( key ) }: '${ cap.name }',` )
		.join( '\n' );
	return `${ TS_HEADER }
/** Canonical action names. */
export const HOOKS = {
${ names }
} as const;

/** A canonical action name. */
export type HookName = ( typeof HOOKS )[ keyof typeof HOOKS ];

/** The canonical actions a browser may start (the bridge POSTs them to REST). */
export const INBOUND_HOOKS = ${ JSON.stringify( inbound ) } as const;

/** A canonical action a browser may start. */
export type InboundHookName = ( typeof INBOUND_HOOKS )[ number ];

/** Capability names. */
export const CAPABILITIES = {
${ caps }
} as const;

${ interfaces }
/** Payload type of every canonical action. */
export interface HookPayloads {
${ map }
}
`;
}

function schemasTs() {
	const meta = Object.fromEntries(
		hooks.map( ( hook ) => [
			hook.name,
			{
				layers: hook.layers,
				emitters: hook.emitters,
				listeners: hook.listeners,
				browser: hook.browser ?? null,
				rules: hook.rules ?? {},
				payload: hook.payload,
			},
		] )
	);
	return `${ TS_HEADER }import type { HookMeta } from '../types';
import type { HookName } from './hooks';

/**
 * Contract data of every canonical action: modules, rules, payload JSON schema. For tests and
 * tools: browser bundles import hooks.ts and room.ts, never this.
 */
export const HOOK_META: Record< HookName, HookMeta > = ${ JSON.stringify( meta, null, '\t' ) };
`;
}

/**
 * A TypeScript expression that is true when `value` matches `schema` (the subset the models use).
 *
 * @param {Object} schema Resolved JSON schema.
 * @param {string} value  Expression of the value.
 * @return {string} Boolean expression.
 */
function tsGuard( schema, value ) {
	if ( schema.enum ) {
		return `( ${ JSON.stringify( schema.enum ) } as readonly unknown[] ).includes( ${ value } )`;
	}
	const types = Array.isArray( schema.type ) ? schema.type : [ schema.type ];
	const checks = types.map( ( type ) => {
		switch ( type ) {
			case 'integer':
				return `Number.isInteger( ${ value } )`;
			case 'number':
			case 'string':
			case 'boolean':
				return `typeof ${ value } === '${ type }'`;
			case 'null':
				return `${ value } === null`;
			case 'array':
				return `Array.isArray( ${ value } )`;
			case 'object': {
				const required = new Set( schema.required ?? [] );
				const props = Object.entries( schema.properties ?? {} ).map(
					( [ key, prop ] ) => {
						const inner = tsGuard( prop, `${ value }.${ key }` );
						return required.has( key )
							? inner
							: `( ${ value }.${ key } === undefined || ${ inner } )`;
					}
				);
				return [ `isRecord( ${ value } )`, ...props ].join(
					' &&\n\t\t'
				);
			}
			default:
				return 'true';
		}
	} );
	return checks.length > 1 ? `( ${ checks.join( ' || ' ) } )` : checks[ 0 ];
}

/**
 * `{ NAME: 'value', … }` for a list of contract values.
 *
 * @param {string[]} values Values.
 * @return {string} TypeScript object literal.
 */
const tsNamed = ( values ) =>
	`{\n${ values
		.map( ( value ) => `\t${ constName( value ) }: '${ value }',\n` )
		.join( '' ) }}`;

function roomTs() {
	const transitions = Object.fromEntries(
		Object.entries( room.transitions ).map( ( [ request, t ] ) => [
			request,
			{
				from: t.from,
				to: t.to,
				capability: capabilityName( t.capability ),
			},
		] )
	);
	const errors = Object.fromEntries(
		Object.entries( room.errors ).map( ( [ code, error ] ) => [
			code,
			error.status,
		] )
	);
	return `${ TS_HEADER }
/** Every room status, in lifecycle order. */
export const ROOM_STATUSES = ${ JSON.stringify( roomStatuses ) } as const;

/** A room status. */
export type RoomStatus = ( typeof ROOM_STATUSES )[ number ];

/** Status of a new room. */
export const INITIAL_STATUS: RoomStatus = '${ room.initial }';

/** Room statuses by name (PHP: Room::STATUS_*). */
export const STATUS = ${ tsNamed( roomStatuses ) } as const;

/** Status requests by name (PHP: Room::REQUEST_*). */
export const REQUEST = ${ tsNamed( roomRequests ) } as const;

/** A requested transition (\`core_webinar_set_status\`'s \`status\`). */
export type StatusRequest = ${ roomRequests.map( ( r ) => `'${ r }'` ).join( ' | ' ) };

export interface Transition {
	readonly from: readonly RoomStatus[];
	readonly to: RoomStatus;
	/** Capability (checked with the webinar ID) that may ask for it. */
	readonly capability: string;
}

/** Transitions: requested status => allowed from-statuses, resulting status, capability. */
export const TRANSITIONS: Readonly< Record< StatusRequest, Transition > > = ${ JSON.stringify( transitions, null, '\t' ) };

/** Statuses in which the CTA may be shown or hidden (after the end too: a post-webinar offer). */
export const CTA_STATUSES: readonly RoomStatus[] = ${ JSON.stringify( room.cta_statuses ) };

/** Error codes of room commands and reads => HTTP status. */
export const ROOM_ERRORS = ${ JSON.stringify( errors, null, '\t' ) } as const;

/** ${ roomStateSchema.description } */
export type RoomState = ${ tsType( roomStateSchema ) };

/** The call-to-action; text, label and url are sent only while it is visible. */
export type RoomCta = RoomState[ 'cta' ];

/** ${ roomMeSchema.description } */
export type Me = ${ tsType( roomMeSchema ) };

/**
 * Whether $request may be applied to a room in $status.
 *
 * @param request A requested transition.
 * @param status  The current status.
 */
export const allows = ( request: StatusRequest, status: RoomStatus ): boolean =>
	TRANSITIONS[ request ].from.includes( status );

/**
 * Whether the CTA may change in $status.
 *
 * @param status The current status.
 */
export const ctaMayChange = ( status: RoomStatus ): boolean =>
	CTA_STATUSES.includes( status );

/**
 * The request that leads to $status from $previous, if one does.
 *
 * @param previous Status before.
 * @param status   Status after.
 */
export function requestBetween(
	previous: RoomStatus,
	status: RoomStatus
): StatusRequest | null {
	const found = ( Object.keys( TRANSITIONS ) as StatusRequest[] ).find(
		( request ) =>
			TRANSITIONS[ request ].to === status && allows( request, previous )
	);
	return found ?? null;
}

const isRecord = ( value: unknown ): value is Record< string, any > =>
	typeof value === 'object' && value !== null && ! Array.isArray( value );

/**
 * Whether a parsed body is a room state (a proxy's error page or a PHP notice must not reach a
 * store as one).
 *
 * @param value Parsed JSON.
 */
export function isRoomState( value: unknown ): value is RoomState {
	return (
		${ tsGuard( roomStateSchema, 'value' ) }
	);
}

/**
 * Whether a parsed body is a /me answer.
 *
 * @param value Parsed JSON.
 */
export function isMe( value: unknown ): value is Me {
	return (
		${ tsGuard( { ...roomMeSchema, properties: { ...roomMeSchema.properties, state: { type: 'object' } } }, 'value' ) } &&
		isRoomState( value.state )
	);
}
`;
}

function webinarTs() {
	const meta = Object.fromEntries(
		webinarMeta.map( ( m ) => [ constName( m.field ), m.key ] )
	);
	return `${ TS_HEADER }
/** Post type of webinars. */
export const POST_TYPE = '${ webinar.post_type }';

/** REST base of the post type (/wp/v2/…). */
export const REST_BASE = '${ webinar.rest_base }';

/** Webinar types. */
export const WEBINAR_TYPES = ${ JSON.stringify( webinarTypes ) } as const;

/** A webinar type. */
export type WebinarType = ( typeof WEBINAR_TYPES )[ number ];

/** Meta keys of a webinar, by field. */
export const META = ${ JSON.stringify( meta, null, '\t' ) } as const;

/** Meta fields only the edit context shows (hidden from anonymous reads). */
export const PRIVATE_META: readonly string[] = ${ JSON.stringify( webinarMeta.filter( ( m ) => ! m.public ).map( ( m ) => m.key ) ) };
`;
}

// ---------------------------------------------------------------------------------------------
// Markdown documentation.

function roomDocs() {
	const rows = Object.entries( room.transitions )
		.map(
			( [ request, t ] ) =>
				`| \`${ request }\` | ${ t.from.map( ( f ) => `\`${ f }\`` ).join( ', ' ) } | \`${ t.to }\` | \`${ capabilityName( t.capability ) }\` |`
		)
		.join( '\n' );
	const errors = Object.entries( room.errors )
		.map(
			( [ code, e ] ) =>
				`| \`${ code }\` | ${ e.status } | ${ e.description } |`
		)
		.join( '\n' );
	return `## The room model

Statuses: ${ roomStatuses.map( ( s ) => `\`${ s }\`` ).join( ' → ' ) } (a new room is \`${ room.initial }\`).
The CTA may be shown or hidden while the room is ${ room.cta_statuses.map( ( s ) => `\`${ s }\`` ).join( ', ' ) }.
\`start\` and \`stop\` are the seed's requests; \`reset\`, \`pause\` and \`archive\` extend its enum.

| request | from | to | capability (with the webinar ID) |
| --- | --- | --- | --- |
${ rows }

| error code | HTTP | meaning |
| --- | --- | --- |
${ errors }
`;
}

function jobDocs() {
	const rows = jobStatuses
		.map( ( s ) => `| \`${ s }\` | ${ jobs.statuses[ s ].description } |` )
		.join( '\n' );
	return `## The job queue

${ jobs.description }

| status | meaning |
| --- | --- |
${ rows }

Defaults: ${ jobs.max_attempts } attempts; a claim lasts ${ jobs.claim_seconds } s; retries wait ${ jobs.backoff.base_seconds } s, doubling up to ${ jobs.backoff.max_seconds } s, plus up to ${ jobs.backoff.jitter * 100 } % jitter; WP-Cron runs at most ${ jobs.cron.batch } jobs every ${ jobs.cron.interval_seconds } s and claims none after ${ jobs.cron.time_limit_seconds } s; finished jobs are purged after ${ jobs.retention_days } days.
`;
}

function docsMd() {
	const layerTitles = {
		domain: 'Domain / Core',
		client: 'Client (participation)',
		delivery: 'Delivery / AutoWebinar',
		ui: 'UI',
		integrations: 'Integrations (Telegram)',
	};
	const fieldRows = ( schema ) =>
		Object.entries( schema.properties ?? {} )
			.map( ( [ key, prop ] ) => {
				const type = prop.enum
					? prop.enum
							.map(
								( item ) => `\`${ JSON.stringify( item ) }\``
							)
							.join( ' \\| ' )
					: `${ prop.type }${ prop.format ? ` (${ prop.format })` : '' }`;
				return `| \`${ key }\` | ${ type } | ${ ( schema.required ?? [] ).includes( key ) ? 'yes' : 'no' } | ${ prop.description ?? '' } |`;
			} )
			.join( '\n' );
	const rules = ( hook ) => {
		const out = [];
		if ( hook.rules?.once_per ) {
			out.push( `once per (${ hook.rules.once_per.join( ', ' ) })` );
		}
		if ( hook.rules?.repeatable ) {
			out.push( 'may repeat' );
		}
		if ( hook.rules?.progress_values ) {
			out.push(
				`progress ∈ {${ hook.rules.progress_values.join( ', ' ) }}`
			);
		}
		if ( hook.rules?.authorised_roles ) {
			out.push( `only ${ hook.rules.authorised_roles.join( ' / ' ) }` );
		}
		if ( hook.rules?.idempotent_by ) {
			out.push(
				`idempotent by ${ hook.rules.idempotent_by.join( ', ' ) }`
			);
		}
		if ( hook.browser === 'inbound' ) {
			out.push( 'may start in the browser (JS mirror → REST)' );
		}
		return out.length ? out.join( '; ' ) : '—';
	};
	const sections = Object.keys( layerTitles )
		.map( ( layer ) => {
			const inLayer = hooks.filter(
				( hook ) => hook.layers[ 0 ] === layer
			);
			if ( ! inLayer.length ) {
				return '';
			}
			return `## ${ layerTitles[ layer ] }\n\n${ inLayer
				.map(
					( hook ) =>
						`### \`${ hook.name }\`\n\n${ hook.description }\n\n- Emitter: ${ hook.emitters.map( ( id ) => `\`${ id }\`` ).join( ', ' ) }\n- Listeners: ${ hook.listeners
							.map(
								( id ) =>
									`\`${ id }\`${
										hook.listener_conditions?.[ id ]
											? ` (when ${ Object.entries(
													hook.listener_conditions[
														id
													]
												)
													.map(
														( [ k, v ] ) =>
															`${ k } = ${ v }`
													)
													.join( ', ' ) })`
											: ''
									}`
							)
							.join(
								', '
							) }\n- Since: ${ hook.since ?? '0.1.0' }\n- Layers: ${ hook.layers.join( ', ' ) }\n- Rules: ${ rules( hook ) }\n\n| field | type | required | meaning |\n| --- | --- | --- | --- |\n${ fieldRows( hook.payload ) }\n`
				)
				.join( '\n' ) }`;
		} )
		.filter( Boolean )
		.join( '\n' );
	const lifecycle = canon.lifecycle
		.map(
			( hook ) =>
				`| \`${ hook.name }\` | ${ hook.type } | ${ hook.since } | ${ hook.args ? `\`${ hook.args.replace( /\|/g, '\\|' ) }\`` : '—' } | ${ hook.description } |`
		)
		.join( '\n' );
	return `<!-- ${ BANNER } -->
# Hooks

Every canonical action of Webinars, generated from \`contracts/canon.json\`. Each is fired with
**one argument, the payload array**, and only after the payload passed its schema:

\`\`\`php
add_action( 'client_webinar_entered', function ( array $payload ) {
	// $payload['lead_id'], $payload['webinar_id'], $payload['timestamp'], $payload['session_id']
} );
\`\`\`

The same names, with typed payloads, are mirrored in the browser on \`wp.hooks\`
(\`import { addAction } from 'src/hooks'\` in TypeScript). Timestamps are ISO 8601 strings.

${ sections }
## Internal hooks (not canonical)

Plugin lifecycle and the hooks modules use to talk to each other; stable within a major version.

| hook | type | since | arguments | meaning |
| --- | --- | --- | --- | --- |
${ lifecycle }

${ roomDocs() }
${ jobDocs() }`;
}

// ---------------------------------------------------------------------------------------------

const outputs = {
	'plugin/src/Contracts/Hooks.php': hooksPhp(),
	'plugin/src/Contracts/Capabilities.php': capabilitiesPhp(),
	'plugin/src/Contracts/Canon.php': canonPhp(),
	'plugin/src/Contracts/Room.php': roomPhp(),
	'plugin/src/Contracts/Webinar.php': webinarPhp(),
	'plugin/src/Contracts/Job.php': jobPhp(),
	'src/contracts/generated/hooks.ts': hooksTs(),
	'src/contracts/generated/schemas.ts': schemasTs(),
	'src/contracts/generated/room.ts': roomTs(),
	'src/contracts/generated/webinar.ts': webinarTs(),
	'src/contracts/generated/validators.js': validatorsJs( hooks, BANNER ),
	'src/contracts/generated/validators.d.ts': validatorsDts( hooks, BANNER ),
	'src/contracts/generated/labels.ts': labelsTs( room, BANNER ),
	'src/contracts/generated/job.ts': jobTs(),
	'docs/hooks.md': docsMd(),
};

const check = process.argv.includes( '--check' );
const stale = [];
for ( const [ file, content ] of Object.entries( outputs ) ) {
	const path = join( root, file );
	let current = null;
	try {
		current = readFileSync( path, 'utf8' );
	} catch {}
	if ( current === content ) {
		continue;
	}
	if ( check ) {
		stale.push( file );
	} else {
		mkdirSync( dirname( path ), { recursive: true } );
		writeFileSync( path, content );
		console.log( `wrote ${ relative( root, path ) }` );
	}
}
if ( stale.length ) {
	console.error(
		`Generated contract files are stale (run \`npm run contracts\`):\n  ${ stale.join( '\n  ' ) }`
	);
	process.exit( 1 );
}
if ( check ) {
	console.log(
		`contracts: ${ Object.keys( outputs ).length } generated files are up to date (${ hooks.length } canonical actions)`
	);
}
