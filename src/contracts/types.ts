/**
 * Shapes of the contract data itself (hand-written; the data is generated into generated.ts).
 */

/** The JSON Schema subset WordPress' REST API validates, which is all the contracts use. */
export interface JsonSchema {
	description?: string;
	title?: string;
	type?: JsonSchemaType | JsonSchemaType[];
	enum?: ReadonlyArray< string | number | boolean | null >;
	format?:
		| 'date-time'
		| 'uuid'
		| 'email'
		| 'uri'
		| 'ip'
		| 'hex-color'
		| 'text-field'
		| 'textarea-field';
	properties?: Record< string, JsonSchema >;
	required?: readonly string[];
	additionalProperties?: boolean | JsonSchema;
	items?: JsonSchema;
	minItems?: number;
	maxItems?: number;
	uniqueItems?: boolean;
	minimum?: number;
	maximum?: number;
	minLength?: number;
	maxLength?: number;
	pattern?: string;
	oneOf?: readonly JsonSchema[];
	anyOf?: readonly JsonSchema[];
}

export type JsonSchemaType =
	'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';

/** Rules a canonical action obeys beyond its payload schema. */
export interface HookRules {
	/** Payload fields whose values identify the one effective emission (e.g. one per session). */
	once_per?: readonly string[];
	/** The action may legitimately fire again for the same subject. */
	repeatable?: boolean;
	/** Allowed progress milestones. */
	progress_values?: readonly number[];
	/** Canonical roles allowed to ask for it. */
	authorised_roles?: readonly string[];
	/** Payload fields that make a request idempotent. */
	idempotent_by?: readonly string[];
}

/** Contract data of one canonical action. */
export interface HookMeta {
	layers: readonly string[];
	emitters: readonly string[];
	listeners: readonly string[];
	/** `inbound`: the browser may start it; the bridge sends it to REST. */
	browser: 'inbound' | null;
	rules: HookRules;
	payload: JsonSchema;
}
