/**
 * The room as the speaker room block sees it.
 */
import type { BlockConfig, Cta } from '../../src/blocks/types';
import type { StreamPlayer } from './stream-preview';

export type { Cta, RoomState, RoomStatus } from '../../src/blocks/types';

/** The container's configuration, with the webinar's title and its configured CTA. */
export interface RoomConfig extends BlockConfig {
	/** The webinar's title (the room names its webinar). */
	title?: string;
	/** The CTA as configured on the webinar: the room state carries it only while visible. */
	ctaPreview: Omit< Cta, 'visible' >;
	/** The stream's player (null when none is set) and the webinar's edit link. */
	stream: StreamPlayer | null;
	editLink: string;
}
