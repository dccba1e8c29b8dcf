/**
 * The room as the speaker room block sees it.
 */
import type { BlockConfig, Cta } from '../../src/blocks/types';

export type { Cta, RoomState, RoomStatus } from '../../src/blocks/types';

export interface Me {
	room_key: string;
	can_control: boolean;
	attendees_now: number | null;
	poll_interval: number;
}

/** The container's configuration, with the CTA as configured on the webinar. */
export interface RoomConfig extends BlockConfig {
	/** The CTA as configured on the webinar: the room state carries it only while visible. */
	ctaPreview: Omit< Cta, 'visible' >;
}
