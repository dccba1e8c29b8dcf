/**
 * Block webinars/registration: the public registration form of a webinar. Dynamic: PHP renders
 * it, so save() stores nothing but the attributes.
 */
import { registerBlockType } from '@wordpress/blocks';
import type { BlockConfiguration } from '@wordpress/blocks';
import metadata from './block.json';
import Edit from './edit';
import type { RegistrationAttributes } from './edit';
import './style.css';

registerBlockType< RegistrationAttributes >(
	metadata as BlockConfiguration< RegistrationAttributes >,
	{
		edit: Edit,
		save: () => null,
	}
);
