/**
 * The attendee view fed by the webinars/room store (front end only).
 */
import { useSelect } from '@wordpress/data';
import { roomStore } from '../../src/room';
import { AttendeeView } from './attendee-view';
import type { RoomState } from './types';

export interface ConnectedAttendeeViewProps {
	webinarId: number;
	/** Shown until the store has the room (the server-rendered state). */
	fallbackState?: RoomState;
	startsAt?: string;
}

export function ConnectedAttendeeView( props: ConnectedAttendeeViewProps ) {
	const { webinarId, fallbackState, startsAt } = props;
	const { room, polling } = useSelect(
		( select ) => {
			const rooms = select( roomStore );
			return {
				room: rooms.getRoom( webinarId ),
				polling: rooms.getPolling( webinarId ),
			};
		},
		[ webinarId ]
	);
	return (
		<AttendeeView
			room={ room ?? fallbackState ?? null }
			startsAt={ startsAt }
			reconnecting={ polling === 'backoff' }
		/>
	);
}
