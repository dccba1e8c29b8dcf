/**
 * Reads the canonical seed documents (Russian, Markdown tables) into plain data, so the contract
 * registry can be checked against them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const repoRoot = join( __dirname, '..', '..', '..' );

export interface SeedRow {
	layer: string;
	hook: string;
	/** Route condition written next to the hook name, e.g. `post_webinar_route` (not_attended). */
	condition: string | null;
	type: string;
	emitters: string[];
	listeners: string[];
}

/** Layer headings of EVENT_HOOK_MAP ("## Слой: Domain (lifecycle / Core)") → layer ids. */
const LAYERS: Record< string, string > = {
	domain: 'domain',
	'client/user': 'client',
	delivery: 'delivery',
	ui: 'ui',
	integrations: 'integrations',
};

const splitModules = ( cell: string ): string[] =>
	cell
		.split( / \/ |,/ )
		.map( ( name ) => name.trim() )
		.filter( Boolean );

/**
 * Parses every hook table row of EVENT_HOOK_MAP.
 * @param text
 */
export function parseHookMap( text: string ): SeedRow[] {
	const rows: SeedRow[] = [];
	let layer: string | null = null;
	for ( const line of text.split( '\n' ) ) {
		const heading = line.match( /^## Слой:\s*(\S+)/ );
		if ( heading ) {
			const id = LAYERS[ heading[ 1 ]!.toLowerCase() ];
			if ( ! id ) {
				throw new Error( `Unknown layer heading: ${ line }` );
			}
			layer = id;
			continue;
		}
		if ( line.startsWith( '## ' ) ) {
			layer = null;
			continue;
		}
		if ( ! layer || ! line.startsWith( '|' ) ) {
			continue;
		}
		const cells = line
			.split( '|' )
			.slice( 1, -1 )
			.map( ( cell ) => cell.trim() );
		const hook = cells[ 0 ]!.match( /^`([a-z_]+)`\s*(?:\((.+)\))?$/ );
		if ( ! hook ) {
			continue; // Header or separator row.
		}
		rows.push( {
			layer,
			hook: hook[ 1 ]!,
			condition: hook[ 2 ] ?? null,
			type: cells[ 1 ]!,
			emitters: splitModules( cells[ 2 ]! ),
			listeners: splitModules( cells[ 3 ]! ),
		} );
	}
	return rows;
}

export interface SeedPayload {
	hooks: string[];
	fields: string[];
	/** Field → allowed values written next to it, e.g. status (`start` | `stop`). */
	enums: Record< string, string[] >;
	/** Extra fields for one hook, e.g. (+ `progress` для `autowebinar_progress`). */
	extra: Record< string, string[] >;
	/** Hook whose fields these are ("совпадают с `client_webinar_completed`"). */
	sameAs: string | null;
}

/**
 * Parses the payload ("Входные данные") of every hook section of API_CONTRACTS.
 * @param text
 */
export function parsePayloads( text: string ): SeedPayload[] {
	const sections = text.split( /\n(?=#{2,4} )/ );
	const out: SeedPayload[] = [];
	for ( const section of sections ) {
		const input = section.match( /\*\*Входные данные:\*\*\s*(.+)/ );
		if ( ! input ) {
			continue;
		}
		const heading = section.split( '\n' )[ 0 ]!;
		const bullets = [ ...section.matchAll( /^- `([a-z_]+)`\s*$/gm ) ].map(
			( match ) => match[ 1 ]!
		);
		const headingHook = heading.match( /`([a-z_]+)`/ );
		const hooks = headingHook ? [ headingHook[ 1 ]! ] : bullets;
		let line = input[ 1 ]!;
		const enums: Record< string, string[] > = {};
		const extra: Record< string, string[] > = {};
		// "(+ `progress` для `autowebinar_progress`)": a field only one hook of the section has.
		line = line.replace(
			/\(\+\s*`([a-z_]+)`\s+для\s+`([a-z_]+)`\)/g,
			( _all, field: string, hook: string ) => {
				( extra[ hook ] ??= [] ).push( field );
				return '';
			}
		);
		// "`status` (`start` | `stop`)": the values a field may take.
		line = line.replace(
			/`([a-z_]+)`\s*\(([^)]*\|[^)]*)\)/g,
			( _all, field: string, values: string ) => {
				enums[ field ] = [ ...values.matchAll( /`([^`]+)`/g ) ].map(
					( match ) => match[ 1 ]!
				);
				return `\`${ field }\``;
			}
		);
		const sameAs = line.match( /совпадают с `([a-z_]+)`/ );
		out.push( {
			hooks,
			fields: sameAs
				? []
				: [ ...line.matchAll( /`([a-z_]+)`/g ) ].map(
						( match ) => match[ 1 ]!
					),
			enums,
			extra,
			sameAs: sameAs ? sameAs[ 1 ]! : null,
		} );
	}
	return out;
}

export const readRepoFile = ( path: string ): string =>
	readFileSync( join( repoRoot, path ), 'utf8' );
