/**
 * The `webinars/room` data store: the live room's state per webinar id. Registered here, once:
 * this module is bundled only into the `webinars-room` runtime script, which blocks import as an
 * external.
 */
import { createReduxStore, register } from '@wordpress/data';
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

register( roomStore );

export { STORE_NAME };
export { applyPending } from './reducer';
export type { RoomThunkArgs } from './actions';
export type * from './types';
