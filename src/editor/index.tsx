/**
 * Editor entry (build/editor/index.js): the webinar settings panel in the block editor.
 */
import { registerPlugin } from '@wordpress/plugins';
import { WebinarSettings } from './webinar-settings';

registerPlugin( 'webinars-settings', {
	render: WebinarSettings,
	icon: 'video-alt2',
} );
