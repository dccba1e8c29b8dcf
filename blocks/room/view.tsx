/**
 * Front end of webinars/room: mounts the live speaker room on each server-rendered container
 * (which only those who may control the webinar receive) and connects it to the room runtime.
 */
import { createRoot } from '@wordpress/element';
import { connectRoom } from '../../src/room';
import { readConfig } from './config';
import { ConnectedSpeakerRoom } from './connected-room';

function mount( container: HTMLElement ): void {
	const config = readConfig( container );
	if ( ! config || container.dataset.webinarsMounted ) {
		return;
	}
	container.dataset.webinarsMounted = '1';
	connectRoom( {
		webinarId: config.webinarId,
		restRoot: config.restRoot,
		nonce: config.nonce,
		token: config.token,
		roomKey: config.roomKey,
		pollInterval: config.pollInterval,
		initialState: config.initialState,
	} );
	// Replaces the server's fallback markup.
	createRoot( container ).render(
		<ConnectedSpeakerRoom
			webinarId={ config.webinarId }
			ctaPreview={ config.ctaPreview }
			fallbackState={ config.initialState }
		/>
	);
}

function mountAll(): void {
	document
		.querySelectorAll< HTMLElement >(
			'.wp-block-webinars-room[data-webinar-id]'
		)
		.forEach( mount );
}

if ( document.readyState === 'loading' ) {
	document.addEventListener( 'DOMContentLoaded', mountAll );
} else {
	mountAll();
}
