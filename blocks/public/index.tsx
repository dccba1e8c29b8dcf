/**
 * Block webinars/public: what attendees see of a webinar (status and the live CTA). Dynamic: PHP
 * renders it, so save() stores nothing but the attributes.
 */
import { registerBlockType } from '@wordpress/blocks';
import type { BlockConfiguration } from '@wordpress/blocks';
import metadata from './block.json';
import Edit from './edit';
import type { PublicAttributes } from './edit';
import './style.css';

// JSON imports widen string unions (supports.align): block.json is the checked source.
registerBlockType< PublicAttributes >(
	metadata as BlockConfiguration< PublicAttributes >,
	{
		edit: Edit,
		save: () => null,
	}
);
