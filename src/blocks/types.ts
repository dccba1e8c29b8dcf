/**
 * What the blocks' server-rendered containers hand to their scripts. The room shapes are the REST
 * client's (type-only imports: the presentational components stay free of the runtime).
 */
import type { RoomCta, RoomState, RoomStatus } from '../rest/types';

export type { RoomState, RoomStatus };
export type Cta = RoomCta;

/** The data-* attributes of a block's container. */
export interface BlockConfig {
	webinarId: number;
	restRoot: string;
	nonce?: string;
	token?: string;
	roomKey?: string;
	pollInterval?: number;
	initialState?: RoomState;
	startsAt?: string;
}

/**
 * A participant (logged in, or holding a join token) polls the room; a guest does not.
 *
 * @param config The block's configuration.
 */
export const isParticipant = ( config: BlockConfig ): boolean =>
	Boolean( config.nonce || config.token || config.roomKey );
