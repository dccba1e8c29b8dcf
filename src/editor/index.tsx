/**
 * Editor entry (build/editor/index.js): the webinar settings panel in the block editor.
 */
import { registerPlugin } from '@wordpress/plugins';
import { PLUGIN_NAME, WebinarSettings } from './webinar-settings';

registerPlugin( PLUGIN_NAME, {
	render: WebinarSettings,
	icon: 'video-alt2',
} );
