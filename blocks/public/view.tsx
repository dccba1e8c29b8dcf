/**
 * Front end of webinars/public: mounts the attendee view on each server-rendered container.
 * Participants (logged in, or with a join token from the page URL) are connected to the room;
 * guests get the status from the page and no polling.
 */
import { createRoot } from '@wordpress/element';
import { connectBlock, mountBlocks } from '../../src/blocks/mount';
import { AttendeeView } from './attendee-view';
import { readConfig } from './config';
import { ConnectedAttendeeView } from './connected-view';
import { isParticipant } from './types';

mountBlocks( 'wp-block-webinars-public', readConfig, ( container, config ) => {
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
	connectBlock( config );
	root.render(
		<ConnectedAttendeeView
			webinarId={ config.webinarId }
			fallbackState={ config.initialState }
			startsAt={ config.startsAt }
		/>
	);
} );
