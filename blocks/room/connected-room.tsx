/**
 * The speaker room fed by the webinars/room store (front end only). The store applies a change
 * at once (optimistic) and rolls it back with the server's reason in lastError when refused.
 * Stop, Reset and an early Start ask first (commands.ts).
 */
import { useDispatch, useSelect } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { roomStore } from '../../src/room';
import type { ActionOutcome } from '../../src/room';
import { ROOM_COMMANDS, confirmationFor } from './commands';
import type { RoomCommand } from './commands';
import type { ConfirmRequest } from './confirm-dialog';
import type { RoomAction } from './controls';
import { SpeakerRoom } from './speaker-room';
import type { StreamPlayer } from './stream-preview';
import type { Cta, RoomState } from './types';

export interface ConnectedSpeakerRoomProps {
	webinarId: number;
	title?: string;
	ctaPreview: Omit< Cta, 'visible' >;
	stream?: StreamPlayer | null;
	editLink?: string;
	/** Shown until the store has the room (the server-rendered state). */
	fallbackState?: RoomState;
	/** Current time in ms (tests). */
	now?: () => number;
}

const isCommand = ( request: string | null ): request is RoomCommand =>
	( ROOM_COMMANDS as readonly ( string | null )[] ).includes( request );

export function ConnectedSpeakerRoom( props: ConnectedSpeakerRoomProps ) {
	const { webinarId, fallbackState, now = Date.now } = props;
	const { room, me, error, request, ctaPending } = useSelect(
		( select ) => {
			const rooms = select( roomStore );
			return {
				room: rooms.getRoom( webinarId ),
				me: rooms.getMe( webinarId ),
				error: rooms.getLastError( webinarId ),
				request: rooms.getPendingRequest( webinarId ),
				ctaPending: rooms.isPending( webinarId, 'cta' ),
			};
		},
		[ webinarId ]
	);
	const { setStatus, setCtaVisibility } = useDispatch( roomStore );
	// The store's lastError is cleared by the next good poll (~2 s): a refusal stays until the
	// speaker's next command, long enough to be read.
	const [ refusal, setRefusal ] = useState< string | null >( null );
	const [ asking, setAsking ] = useState< {
		command: RoomCommand;
		confirm: ConfirmRequest;
	} | null >( null );
	const shown = room ?? fallbackState ?? null;

	const run = ( send: () => Promise< ActionOutcome > ) => {
		setRefusal( null );
		// Never rejects: a refusal is an outcome.
		void send().then( ( outcome ) =>
			setRefusal( outcome.ok ? null : outcome.error.message )
		);
	};
	const send = ( command: RoomCommand ) =>
		run( () => setStatus( webinarId, command ) );

	let pending: RoomAction | null = null;
	if ( ctaPending ) {
		pending = 'cta';
	} else if ( isCommand( request ) ) {
		pending = request;
	}

	return (
		<SpeakerRoom
			webinarId={ webinarId }
			title={ props.title }
			room={ shown }
			attendeesNow={ me?.attendees_now }
			canOrganize={ me?.can_organize === true }
			ctaPreview={ props.ctaPreview }
			stream={ props.stream }
			editLink={ props.editLink }
			error={ refusal ?? error }
			pending={ pending }
			confirm={ asking?.confirm ?? null }
			onCommand={ ( command ) => {
				const confirm = confirmationFor( command, shown, now() );
				if ( confirm ) {
					setAsking( { command, confirm } );
				} else {
					send( command );
				}
			} }
			onConfirm={ () => {
				if ( asking ) {
					setAsking( null );
					send( asking.command );
				}
			} }
			onCancel={ () => setAsking( null ) }
			onToggleCta={ ( visible ) =>
				run( () => setCtaVisibility( webinarId, visible ) )
			}
		/>
	);
}
