/**
 * The browser mirror of the canonical actions: the same names and payloads as PHP, on a
 * `@wordpress/hooks` instance (window.wp.hooks on a page), typed per hook.
 *
 * Light on purpose: it knows the names (generated hooks.ts) and nothing else. Payload checks are
 * opt-in (`options.validate`): the public mirror (`webinars-hooks`) passes the generated Ajv
 * validators; the room runtimes pass none, since they fire typed payloads and the server
 * validates every one again (its refusal is what the user sees anyway).
 *
 * Dependency-free (the attendee view's script module imports it): only @wordpress/hooks types.
 */
import type { Hooks } from '@wordpress/hooks';
import { HOOKS } from '../contracts/generated/hooks';
import type { HookName, HookPayloads } from '../contracts/generated/hooks';

/** A payload's violation. */
export interface ValidationError {
	/** Field path, e.g. `payload[context][role]` (PHP's REST wording). */
	path: string;
	message: string;
}

export type Listener< H extends HookName > = (
	payload: HookPayloads[ H ]
) => void;

/** Checks a payload of a canonical hook; [] when valid. */
export type PayloadCheck = (
	hook: HookName,
	payload: unknown
) => ValidationError[];

/** Called with every refused doAction; the default logs to the console. */
export type ViolationReporter = (
	hook: string,
	errors: ValidationError[],
	payload: unknown
) => void;

export interface HooksMirrorOptions {
	/** Payload check; without it every canonical payload fires as given. */
	validate?: PayloadCheck;
	reporter?: ViolationReporter;
}

export interface HooksMirror {
	/**
	 * Listens to a canonical action.
	 *
	 * @throws {Error} When `hook` is not a canonical action (a typo would listen forever).
	 */
	addAction: < H extends HookName >(
		hook: H,
		namespace: string,
		callback: Listener< H >,
		priority?: number
	) => void;
	removeAction: ( hook: HookName, namespace: string ) => number | undefined;
	hasAction: ( hook: HookName, namespace?: string ) => boolean;
	didAction: ( hook: HookName ) => number;
	/** Fires `hook` unless its payload is refused; returns the violations ([] when fired). */
	doAction: < H extends HookName >(
		hook: H,
		payload: HookPayloads[ H ]
	) => ValidationError[];
	/** Checks a payload without firing. */
	validate: ( hook: HookName, payload: unknown ) => ValidationError[];
}

const NAMES: ReadonlySet< string > = new Set( Object.values( HOOKS ) );

const notCanonical = ( hook: string ) =>
	`"${ hook }" is not a canonical action.`;

const consoleReporter: ViolationReporter = ( hook, errors ) => {
	// eslint-disable-next-line no-console
	console.error(
		`Webinars: ${ hook } was not fired: ${ errors.map( ( error ) => error.message ).join( ' ' ) }`
	);
};

/**
 * Creates a mirror over a hooks instance.
 *
 * @param hooks   Hooks instance to fire on (the page's wp.hooks in production).
 * @param options Payload check and violation reporter.
 */
export function createHooksMirror(
	hooks: Hooks,
	options: HooksMirrorOptions = {}
): HooksMirror {
	const reporter = options.reporter ?? consoleReporter;
	const check = ( hook: HookName, payload: unknown ): ValidationError[] => {
		if ( ! NAMES.has( hook ) ) {
			return [ { path: 'hook', message: notCanonical( hook ) } ];
		}
		return options.validate ? options.validate( hook, payload ) : [];
	};

	return {
		addAction( hook, namespace, callback, priority = 10 ) {
			if ( ! NAMES.has( hook ) ) {
				throw new Error( notCanonical( hook ) );
			}
			hooks.addAction(
				hook,
				namespace,
				callback as ( ...args: unknown[] ) => void,
				priority
			);
		},
		removeAction: ( hook, namespace ) =>
			hooks.removeAction( hook, namespace ),
		hasAction: ( hook, namespace ) => hooks.hasAction( hook, namespace ),
		didAction: ( hook ) => hooks.didAction( hook ) ?? 0,
		doAction( hook, payload ) {
			const errors = check( hook, payload );
			if ( errors.length ) {
				reporter( hook, errors, payload );
				return errors;
			}
			hooks.doAction( hook, payload );
			return errors;
		},
		validate: check,
	};
}
