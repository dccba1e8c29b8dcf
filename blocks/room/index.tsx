/**
 * Block webinars/room: the speaker's controls of one webinar. Dynamic: PHP renders it (and only
 * for those who may control that webinar), so save() stores nothing but the attributes.
 */
import { registerBlockType } from '@wordpress/blocks';
import type { BlockConfiguration } from '@wordpress/blocks';
import metadata from './block.json';
import Edit from './edit';
import type { RoomAttributes } from './edit';
import './style.css';

// JSON imports widen string unions (supports.align): block.json is the checked source.
registerBlockType< RoomAttributes >(
	metadata as BlockConfiguration< RoomAttributes >,
	{
		edit: Edit,
		save: () => null,
	}
);
