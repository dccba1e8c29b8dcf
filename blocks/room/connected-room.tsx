/**
 * The speaker room fed by the webinars/room store (front end only). The store applies a change
 * at once (optimistic) and rolls it back with the server's reason in lastError when refused.
 */
import { useDispatch, useSelect } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { roomStore } from '../../src/room';
import type { ActionOutcome } from '../../src/room';
import { SpeakerRoom } from './speaker-room';
import type { Cta, RoomState } from './types';

export interface ConnectedSpeakerRoomProps {
	webinarId: number;
	ctaPreview: Omit< Cta, 'visible' >;
	/** Shown until the store has the room (the server-rendered state). */
	fallbackState?: RoomState;
}

export function ConnectedSpeakerRoom( props: ConnectedSpeakerRoomProps ) {
	const { webinarId, ctaPreview, fallbackState } = props;
	const { room, me, error, statusPending, ctaPending } = useSelect(
		( select ) => {
			const rooms = select( roomStore );
			return {
				room: rooms.getRoom( webinarId ),
				me: rooms.getMe( webinarId ),
				error: rooms.getLastError( webinarId ),
				statusPending: rooms.isPending( webinarId, 'status' ),
				ctaPending: rooms.isPending( webinarId, 'cta' ),
			};
		},
		[ webinarId ]
	);
	const { setStatus, setCtaVisibility } = useDispatch( roomStore );
	// The store knows a status change is pending, not whether it is a start or a stop.
	const [ statusRequest, setStatusRequest ] = useState< 'start' | 'stop' >(
		'start'
	);
	// The store's lastError is cleared by the next good poll (~2 s): a refusal stays until the
	// speaker's next command, long enough to be read.
	const [ refusal, setRefusal ] = useState< string | null >( null );
	const command = ( request: () => Promise< ActionOutcome > ) => {
		setRefusal( null );
		// Never rejects: a refusal is an outcome.
		void request().then( ( outcome ) =>
			setRefusal( outcome.ok ? null : outcome.error.message )
		);
	};

	let pending: 'start' | 'stop' | 'cta' | null = null;
	if ( ctaPending ) {
		pending = 'cta';
	} else if ( statusPending ) {
		pending = statusRequest;
	}

	const changeStatus = ( request: 'start' | 'stop' ) => {
		setStatusRequest( request );
		command( () => setStatus( webinarId, request ) );
	};

	return (
		<SpeakerRoom
			webinarId={ webinarId }
			room={ room ?? fallbackState ?? null }
			attendeesNow={ me?.attendees_now }
			ctaPreview={ ctaPreview }
			error={ refusal ?? error }
			pending={ pending }
			onStart={ () => changeStatus( 'start' ) }
			onStop={ () => changeStatus( 'stop' ) }
			onToggleCta={ ( visible ) =>
				command( () => setCtaVisibility( webinarId, visible ) )
			}
		/>
	);
}
