/**
 * The `webinars/room` data store: the live room's state per webinar id.
 *
 * Two bundles may include this module on one page (each block's view script bundles src/, while
 * the data package is the shared wp.data): whichever loads first registers the store, the other
 * reuses it. Registries look stores up by name, so either bundle's `roomStore` works with
 * `select`, `dispatch`, `useSelect` and `useDispatch`.
 */
import { createReduxStore, register, select } from '@wordpress/data';
import * as actions from './actions';
import { STORE_NAME } from './constants';
import reducer from './reducer';
import * as selectors from './selectors';
import type { StoreState } from './types';

export const roomStore = createReduxStore<
	StoreState,
	typeof actions,
	typeof selectors
>( STORE_NAME, { reducer, actions, selectors } );

if ( ! select( STORE_NAME ) ) {
	register( roomStore );
}

export { STORE_NAME };
export { applyPending } from './reducer';
export type { RoomThunkArgs } from './actions';
export type * from './types';
