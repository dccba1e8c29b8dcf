/**
 * Browser runtime entry (script handle `webinars-hooks`): exposes the typed hooks mirror and the
 * contract data on `window.webinars` for scripts that are not bundled with ours. Listeners can
 * equally use `wp.hooks.addAction( 'client_webinar_entered', … )`: it is the same hooks instance.
 */
import { CAPABILITIES, HOOKS } from './contracts/generated/hooks';
import { HOOK_META } from './contracts/generated/schemas';
import { hooksMirror } from './hooks';

declare global {
	interface Window {
		webinars?: Record< string, unknown >;
	}
}

window.webinars = {
	...window.webinars,
	hooks: hooksMirror,
	HOOKS,
	HOOK_META,
	CAPABILITIES,
};
