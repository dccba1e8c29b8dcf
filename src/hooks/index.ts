/**
 * The hooks mirror (see mirror.ts): `hooksMirror` is the light one on the page's wp.hooks, which
 * the room runtime fires and listens on; the public, validating one is built in src/index.ts.
 */
import { defaultHooks } from '@wordpress/hooks';
import { createHooksMirror } from './mirror';

export { createHooksMirror };
export type {
	HooksMirror,
	HooksMirrorOptions,
	Listener,
	PayloadCheck,
	ValidationError,
	ViolationReporter,
} from './mirror';

/** The light mirror on the page's shared wp.hooks (no payload checks: see mirror.ts). */
export const hooksMirror = createHooksMirror( defaultHooks );
