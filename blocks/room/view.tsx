/**
 * Front end of webinars/room: mounts the live speaker room on each server-rendered container
 * (which only those who may control the webinar receive) and connects it to the room runtime
 * (the shared `webinars-room` script).
 */
import { createRoot } from '@wordpress/element';
import { connectBlock, mountBlocks } from '../../src/blocks/mount';
import { readConfig } from './config';
import { ConnectedSpeakerRoom } from './connected-room';

mountBlocks( 'wp-block-webinars-room', readConfig, ( container, config ) => {
	connectBlock( config );
	// Replaces the server's fallback markup.
	createRoot( container ).render(
		<ConnectedSpeakerRoom
			webinarId={ config.webinarId }
			title={ config.title }
			ctaPreview={ config.ctaPreview }
			stream={ config.stream }
			editLink={ config.editLink }
			fallbackState={ config.initialState }
		/>
	);
} );
