/**
 * GENERATED from contracts/canon.json by scripts/generate-contracts.mjs: do not edit; run `npm run contracts`.
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

export declare const core_ingest_event: PayloadValidator;
export declare const core_webinar_set_status: PayloadValidator;
export declare const core_webinar_set_cta_visibility: PayloadValidator;
export declare const client_webinar_entered: PayloadValidator;
export declare const client_webinar_left: PayloadValidator;
export declare const client_webinar_completed: PayloadValidator;
export declare const client_webinar_form_submitted: PayloadValidator;
export declare const autowebinar_join: PayloadValidator;
export declare const autowebinar_progress: PayloadValidator;
export declare const autowebinar_cta_click: PayloadValidator;
export declare const autowebinar_completed: PayloadValidator;
