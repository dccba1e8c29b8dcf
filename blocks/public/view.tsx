/**
 * Front end of webinars/public: mounts the attendee view on each server-rendered container.
 * Participants (logged in, or with a join token from the page URL) are connected to the room;
 * guests get the status from the page and no polling.
 */
import { createRoot } from '@wordpress/element';
import { connectRoom } from '../../src/room';
import { AttendeeView } from './attendee-view';
import { readConfig } from './config';
import { ConnectedAttendeeView } from './connected-view';
import { isParticipant } from './types';

function mount( container: HTMLElement ): void {
	const config = readConfig( container );
	if ( ! config || container.dataset.webinarsMounted ) {
		return;
	}
	container.dataset.webinarsMounted = '1';
	const root = createRoot( container ); // Replaces the server's fallback markup.
	if ( ! isParticipant( config ) ) {
		root.render(
			<AttendeeView
				room={ config.initialState ?? null }
				startsAt={ config.startsAt }
				guest
			/>
		);
		return;
	}
	connectRoom( {
		webinarId: config.webinarId,
		restRoot: config.restRoot,
		nonce: config.nonce,
		token: config.token,
		roomKey: config.roomKey,
		pollInterval: config.pollInterval,
		initialState: config.initialState,
	} );
	root.render(
		<ConnectedAttendeeView
			webinarId={ config.webinarId }
			fallbackState={ config.initialState }
			startsAt={ config.startsAt }
		/>
	);
}

function mountAll(): void {
	document
		.querySelectorAll< HTMLElement >(
			'.wp-block-webinars-public[data-webinar-id]'
		)
		.forEach( mount );
}

if ( document.readyState === 'loading' ) {
	document.addEventListener( 'DOMContentLoaded', mountAll );
} else {
	mountAll();
}
