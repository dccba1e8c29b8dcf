/**
 * The contract registry as typed data for the contract tests.
 */
import { readRepoFile } from './seed';

export interface CanonModule {
	id: string;
	php: string | null;
	external?: boolean;
	seed_names: string[];
	description: string;
}

export interface CanonHook {
	name: string;
	type: string;
	layers: string[];
	emitters: string[];
	listeners: string[];
	listener_conditions?: Record< string, Record< string, string > >;
	payload: Record< string, unknown >;
}

export interface Canon {
	modules: CanonModule[];
	hooks: CanonHook[];
}

export const loadCanon = (): Canon =>
	JSON.parse( readRepoFile( 'contracts/canon.json' ) ) as Canon;
