/**
 * The speaker's commands and which of them ask for confirmation first. What each command does
 * and when it applies is the contract's (src/contracts/generated/room.ts); this file only
 * decides what to ask the speaker.
 */
import { __, sprintf } from '@wordpress/i18n';
import {
	INITIAL_STATUS,
	REQUEST,
	allows,
} from '../../src/contracts/generated/room';
import type {
	RoomState,
	StatusRequest,
} from '../../src/contracts/generated/room';
import type { ConfirmRequest } from './confirm-dialog';

/** The status requests the room offers (pause and archive are the system's). */
export const ROOM_COMMANDS = [
	REQUEST.START,
	REQUEST.STOP,
	REQUEST.RESET,
] as const satisfies readonly StatusRequest[];

export type RoomCommand = ( typeof ROOM_COMMANDS )[ number ];

/**
 * The start time in the speaker's locale and zone, with the zone named.
 *
 * @param startsAt ISO 8601.
 */
const formatStart = ( startsAt: string ) =>
	new Date( startsAt ).toLocaleString( undefined, {
		// dateStyle/timeStyle cannot name the zone: spell the fields out.
		year: 'numeric',
		month: 'short',
		day: 'numeric',
		hour: 'numeric',
		minute: '2-digit',
		timeZoneName: 'short',
	} );

/**
 * What to ask before `command`, or null to send it at once.
 *
 * @param command The command.
 * @param room    The room as shown.
 * @param now     Current time in ms.
 */
export function confirmationFor(
	command: RoomCommand,
	room: RoomState | null,
	now: number
): ConfirmRequest | null {
	if ( ! room || ! allows( command, room.status ) ) {
		return null; // The button is inactive; nothing will be sent.
	}
	switch ( command ) {
		case REQUEST.STOP:
			return {
				title: __( 'Stop the webinar?', 'webinars' ),
				message: __(
					'Attendees will see that it has ended. Only an organizer can reset it afterwards.',
					'webinars'
				),
				confirmLabel: __( 'End now', 'webinars' ),
			};
		case REQUEST.RESET:
			return {
				title: __( 'Reset the webinar?', 'webinars' ),
				message: __(
					'It goes back to scheduled, as if it had not started: use this after a rehearsal.',
					'webinars'
				),
				confirmLabel: __( 'Back to scheduled', 'webinars' ),
			};
		case REQUEST.START: {
			const startsAt = Date.parse( room.starts_at );
			if ( room.status !== INITIAL_STATUS || ! ( startsAt > now ) ) {
				return null; // On time, late, or a resume after a pause.
			}
			return {
				title: __( 'Start before the scheduled time?', 'webinars' ),
				message: sprintf(
					/* translators: %s: the scheduled start, e.g. "Dec 1, 2026, 6:00 PM GMT+3". */
					__(
						'It is scheduled for %s. Attendees see it live as soon as you start.',
						'webinars'
					),
					formatStart( room.starts_at )
				),
				confirmLabel: __( 'Go live now', 'webinars' ),
			};
		}
	}
}
