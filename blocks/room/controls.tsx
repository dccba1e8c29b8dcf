/**
 * The room's buttons: Start, Stop, Reset (organizers only) and the CTA toggle, in a grid of
 * equal columns (equal widths on a phone too).
 */
import { __ } from '@wordpress/i18n';
import {
	REQUEST,
	allows,
	ctaMayChange,
} from '../../src/contracts/generated/room';
import type { RoomStatus } from '../../src/contracts/generated/room';
import { requestLabel } from '../../src/contracts/generated/labels';
import { ROOM_COMMANDS } from './commands';
import type { RoomCommand } from './commands';

/** A command, or the CTA toggle, waiting for the server. */
export type RoomAction = RoomCommand | 'cta';

interface ControlButtonProps {
	label: string;
	className: string;
	enabled: boolean;
	/** This button's request is waiting for the server. */
	busy: boolean;
	/** Another request is waiting: no second command until it is answered. */
	locked: boolean;
	pressed?: boolean;
	describedBy?: string;
	onClick?: () => void;
}

/**
 * A real button that stays focusable when unavailable (aria-disabled, not disabled): a speaker
 * who just pressed Start must not lose keyboard focus because Start no longer applies.
 *
 * @param props
 */
function ControlButton( props: ControlButtonProps ) {
	const { label, className, enabled, busy, locked, pressed } = props;
	const inactive = ! enabled || busy || locked;
	return (
		<button
			type="button"
			className={ `wp-element-button webinars-room__button ${ className }` }
			aria-disabled={ inactive ? 'true' : undefined }
			aria-busy={ busy ? 'true' : undefined }
			aria-pressed={ pressed }
			aria-describedby={ props.describedBy }
			onClick={ () => {
				if ( ! inactive ) {
					props.onClick?.();
				}
			} }
		>
			{ label }
		</button>
	);
}

export interface ControlsProps {
	status: RoomStatus | undefined;
	ctaVisible: boolean;
	/** A CTA is set up (or visible): there is something to show. */
	ctaConfigured: boolean;
	/** /me's can_organize: Reset is offered. */
	canOrganize: boolean;
	pending: RoomAction | null;
	/** Id of the element that says whether attendees see the CTA. */
	ctaStateId: string;
	onCommand?: ( command: RoomCommand ) => void;
	onToggleCta?: ( visible: boolean ) => void;
}

export function Controls( props: ControlsProps ) {
	const { status, ctaVisible, pending } = props;
	const commands = ROOM_COMMANDS.filter(
		( command ) => command !== REQUEST.RESET || props.canOrganize
	);
	return (
		<div
			className="webinars-room__controls"
			role="group"
			aria-label={ __( 'Webinar controls', 'webinars' ) }
		>
			{ commands.map( ( command ) => (
				<ControlButton
					key={ command }
					label={ requestLabel( command ) }
					className={ `webinars-room__${ command }` }
					enabled={
						status !== undefined && allows( command, status )
					}
					busy={ pending === command }
					locked={ pending !== null }
					onClick={ () => props.onCommand?.( command ) }
				/>
			) ) }
			<ControlButton
				label={
					ctaVisible
						? __( 'Hide CTA', 'webinars' )
						: __( 'Show CTA', 'webinars' )
				}
				className="webinars-room__cta-toggle"
				enabled={
					status !== undefined &&
					ctaMayChange( status ) &&
					( props.ctaConfigured || ctaVisible )
				}
				busy={ pending === 'cta' }
				locked={ pending !== null }
				pressed={ ctaVisible }
				describedBy={ props.ctaStateId }
				onClick={ () => props.onToggleCta?.( ! ctaVisible ) }
			/>
		</div>
	);
}
