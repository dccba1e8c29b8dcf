/**
 * Front-end mounting shared by the blocks: find each server-rendered container once the DOM is
 * ready, read its configuration once (a container is never mounted twice), and connect
 * participants to the room runtime.
 */
// The runtime's shared specifier: bundles get it as the `webinars-room` external (webpack.config.js).
import { connectRoom } from '../../src/room';
import type { BlockConfig } from './types';

/**
 * Calls `mount` once for each container of `blockClass` on the page.
 *
 * @param blockClass Wrapper class of the block, e.g. wp-block-webinars-room.
 * @param read       Reads a container's configuration (null: not mountable).
 * @param mount      Renders into the container.
 */
export function mountBlocks< C extends BlockConfig >(
	blockClass: string,
	read: ( container: HTMLElement ) => C | null,
	mount: ( container: HTMLElement, config: C ) => void
): void {
	const mountAll = () =>
		document
			.querySelectorAll< HTMLElement >(
				`.${ blockClass }[data-webinar-id]`
			)
			.forEach( ( container ) => {
				const config = read( container );
				if ( ! config || container.dataset.webinarsMounted ) {
					return;
				}
				container.dataset.webinarsMounted = '1';
				mount( container, config );
			} );
	if ( document.readyState === 'loading' ) {
		document.addEventListener( 'DOMContentLoaded', mountAll );
	} else {
		mountAll();
	}
}

/**
 * Connects a block to its webinar's room (shared with other blocks of the same webinar).
 *
 * @param config The block's configuration.
 */
export const connectBlock = ( config: BlockConfig ) =>
	connectRoom( {
		webinarId: config.webinarId,
		restRoot: config.restRoot,
		nonce: config.nonce,
		token: config.token,
		roomKey: config.roomKey,
		pollInterval: config.pollInterval,
		initialState: config.initialState,
	} );
