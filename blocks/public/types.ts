/**
 * The room as the attendee view sees it.
 */
export type {
	BlockConfig as RoomConfig,
	Cta,
	RoomState,
	RoomStatus,
} from '../../src/blocks/types';
export { isParticipant } from '../../src/blocks/types';
