/**
 * The speaker room's configuration: the shared block configuration plus the webinar's title and
 * the CTA preview.
 */
import {
	optionalString,
	readConfig as readBlockConfig,
	readCtaPreview,
} from '../../src/blocks/config';
import { parseStream } from './stream-preview';
import type { RoomConfig } from './types';

export { toRoomState } from '../../src/blocks/config';

/**
 * The configuration of one room container, or null when it lacks a webinar ID or the REST root.
 *
 * @param element The server-rendered container.
 */
export function readConfig( element: HTMLElement ): RoomConfig | null {
	const config = readBlockConfig( element );
	return (
		config && {
			...config,
			title: optionalString( element.dataset.title ),
			ctaPreview: readCtaPreview( element ),
			stream: parseStream( element.dataset.stream ),
			editLink: optionalString( element.dataset.editLink ) ?? '',
		}
	);
}
