/**
 * The browser mirror of the canonical actions: the same names and payloads as PHP, on
 * `@wordpress/hooks` (window.wp.hooks), typed per hook. Like the PHP bus, doAction refuses a
 * payload that breaks its contract: nothing fires and the violation is reported.
 */
import { defaultHooks } from '@wordpress/hooks';
import type { Hooks } from '@wordpress/hooks';
import { HOOK_META } from '../contracts/generated/schemas';
import type { HookName, HookPayloads } from '../contracts/generated/hooks';
import { validate } from '../contracts/validate';
import type { ValidationError } from '../contracts/validate';

export type Listener< H extends HookName > = (
	payload: HookPayloads[ H ]
) => void;

/** Called with every refused doAction; the default logs to the console. */
export type ViolationReporter = (
	hook: string,
	errors: ValidationError[],
	payload: unknown
) => void;

export interface HooksMirror {
	addAction: < H extends HookName >(
		hook: H,
		namespace: string,
		callback: Listener< H >,
		priority?: number
	) => void;
	removeAction: ( hook: HookName, namespace: string ) => number | undefined;
	hasAction: ( hook: HookName, namespace?: string ) => boolean;
	didAction: ( hook: HookName ) => number;
	/** Fires `hook` if `payload` matches its contract; returns the violations otherwise. */
	doAction: < H extends HookName >(
		hook: H,
		payload: HookPayloads[ H ]
	) => ValidationError[];
	/** Checks a payload against a hook's contract without firing. */
	validate: ( hook: HookName, payload: unknown ) => ValidationError[];
}

const consoleReporter: ViolationReporter = ( hook, errors ) => {
	// eslint-disable-next-line no-console
	console.error(
		`Webinars: ${ hook } was not fired: ${ errors.map( ( error ) => error.message ).join( ' ' ) }`
	);
};

/**
 * Creates a mirror over a hooks instance (the shared wp.hooks by default).
 *
 * @param hooks    Hooks instance to fire on.
 * @param reporter Receives refused emissions.
 */
export function createHooksMirror(
	hooks: Hooks = defaultHooks,
	reporter: ViolationReporter = consoleReporter
): HooksMirror {
	const check = ( hook: string, payload: unknown ): ValidationError[] => {
		const meta = (
			HOOK_META as Record<
				string,
				( typeof HOOK_META )[ HookName ] | undefined
			>
		 )[ hook ];
		if ( ! meta ) {
			return [
				{
					path: 'hook',
					message: `"${ hook }" is not a canonical action.`,
				},
			];
		}
		return validate( meta.payload, payload, 'payload' );
	};

	return {
		addAction( hook, namespace, callback, priority = 10 ) {
			if ( ! ( hook in HOOK_META ) ) {
				throw new Error( `"${ hook }" is not a canonical action.` );
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

/** The mirror on the page's shared wp.hooks. */
export const hooksMirror = createHooksMirror();
