/**
 * The public hooks runtime (script handle `webinars-hooks`): the typed mirror of the canonical
 * actions on `window.webinars.hooks`, for scripts that are not bundled with ours. It checks the
 * payloads of the actions a browser may fire (src/hooks/validate.ts); listeners can equally use
 * `wp.hooks.addAction( 'client_webinar_entered', … )`: it is the same hooks instance.
 */
import { defaultHooks } from '@wordpress/hooks';
import {
	CAPABILITIES,
	HOOKS,
	INBOUND_HOOKS,
} from './contracts/generated/hooks';
import { createHooksMirror } from './hooks/mirror';
import { validatePayload } from './hooks/validate';

declare global {
	interface Window {
		webinars?: Record< string, unknown >;
	}
}

window.webinars = {
	...window.webinars,
	hooks: createHooksMirror( defaultHooks, { validate: validatePayload } ),
	HOOKS,
	INBOUND_HOOKS,
	CAPABILITIES,
};
