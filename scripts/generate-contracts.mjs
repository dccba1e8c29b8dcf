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

const constName = ( name ) => name.toUpperCase().replace( /[^A-Z0-9]+/g, '_' );
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

function phpFile( className, summary, body ) {
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
 */
final class ${ className } {
${ body }
}
`;
}

function phpConstants( entries ) {
	return entries
		.map(
			( [ name, value, doc ] ) =>
				`\t/**\n\t * ${ doc }\n\t */\n\tpublic const ${ name } = ${ phpScalar( value ) };\n`
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

function generatedTs() {
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
	const caps = Object.entries( canon.capabilities )
		.map( ( [ key, cap ] ) => `\t${ constName( key ) }: '${ cap.name }',` )
		.join( '\n' );
	return `/**
 * ${ BANNER }
 */
/* eslint-disable */
import type { JsonSchema, HookMeta } from './types';

/** Canonical action names. */
export const HOOKS = {
${ names }
} as const;

/** A canonical action name. */
export type HookName = ( typeof HOOKS )[ keyof typeof HOOKS ];

/** Capability names. */
export const CAPABILITIES = {
${ caps }
} as const;

${ interfaces }
/** Payload type of every canonical action. */
export interface HookPayloads {
${ map }
}

/** Contract data of every canonical action: modules, rules, payload JSON schema. */
export const HOOK_META: Record< HookName, HookMeta > = ${ JSON.stringify( meta, null, '\t' ) };

export type { JsonSchema };
`;
}

// ---------------------------------------------------------------------------------------------
// Markdown documentation.

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
							) }\n- Layers: ${ hook.layers.join( ', ' ) }\n- Rules: ${ rules( hook ) }\n\n| field | type | required | meaning |\n| --- | --- | --- | --- |\n${ fieldRows( hook.payload ) }\n`
				)
				.join( '\n' ) }`;
		} )
		.filter( Boolean )
		.join( '\n' );
	const lifecycle = canon.lifecycle
		.map(
			( hook ) =>
				`| \`${ hook.name }\` | ${ hook.type } | ${ hook.args ? `\`${ hook.args.replace( /\|/g, '\\|' ) }\`` : '—' } | ${ hook.description } |`
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

| hook | type | arguments | meaning |
| --- | --- | --- | --- |
${ lifecycle }
`;
}

// ---------------------------------------------------------------------------------------------

const outputs = {
	'plugin/src/Contracts/Hooks.php': hooksPhp(),
	'plugin/src/Contracts/Capabilities.php': capabilitiesPhp(),
	'plugin/src/Contracts/Canon.php': canonPhp(),
	'src/contracts/generated.ts': generatedTs(),
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
