/**
 * The speaker room: status, Start / Stop, the CTA toggle and its preview, attendees now. It only
 * draws what it is given: the editor preview uses it as is, connected-room.tsx feeds it from the
 * webinars/room store (kept apart so the editor bundle does not pull in the runtime).
 */
import { __ } from '@wordpress/i18n';
import type { Cta, RoomState, RoomStatus } from './types';

export type RoomAction = 'start' | 'stop' | 'cta';

export interface SpeakerRoomProps {
	webinarId: number;
	room: RoomState | null;
	attendeesNow?: number | null;
	/** The configured CTA: the room state carries text, label and URL only while visible. */
	ctaPreview: Omit< Cta, 'visible' >;
	error?: string | null;
	/** The action waiting for the server, if any: every control waits with it. */
	pending?: RoomAction | null;
	onStart?: () => void;
	onStop?: () => void;
	onToggleCta?: ( visible: boolean ) => void;
}

export function statusLabel( status: RoomStatus ): string {
	switch ( status ) {
		case 'scheduled':
			return __( 'Scheduled', 'webinars' );
		case 'live':
			return __( 'Live', 'webinars' );
		case 'paused':
			return __( 'Paused', 'webinars' );
		case 'ended':
			return __( 'Ended', 'webinars' );
		case 'archived':
			return __( 'Archived', 'webinars' );
	}
}

/**
 * Only http(s) links are shown as links: the URL is editor input.
 *
 * @param url Candidate URL.
 */
export const isSafeUrl = ( url: string | undefined ): url is string =>
	!! url && /^https?:\/\//i.test( url );

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
	const {
		label,
		className,
		enabled,
		busy,
		locked,
		pressed,
		describedBy,
		onClick,
	} = props;
	const inactive = ! enabled || busy || locked;
	return (
		<button
			type="button"
			className={ `wp-element-button webinars-room__button ${ className }` }
			aria-disabled={ inactive ? 'true' : undefined }
			aria-busy={ busy ? 'true' : undefined }
			aria-pressed={ pressed }
			aria-describedby={ describedBy }
			onClick={ () => {
				if ( ! inactive && onClick ) {
					onClick();
				}
			} }
		>
			{ label }
		</button>
	);
}

export function SpeakerRoom( props: SpeakerRoomProps ) {
	const {
		webinarId,
		room,
		attendeesNow,
		ctaPreview,
		error,
		pending = null,
		onStart,
		onStop,
		onToggleCta,
	} = props;
	const status = room?.status;
	const ctaVisible = room?.cta.visible === true;
	// While visible, the state's CTA is what attendees see; otherwise show the configured one.
	const cta = ctaVisible ? { ...ctaPreview, ...room?.cta } : ctaPreview;
	const ctaConfigured = Boolean( cta.text || cta.label );
	const canStart = status === 'scheduled' || status === 'paused';
	const canStop = status === 'live' || status === 'paused';
	const canToggleCta =
		( status === 'scheduled' ||
			status === 'live' ||
			status === 'paused' ) &&
		( ctaConfigured || ctaVisible );
	const id = `webinars-room-${ webinarId }`;

	return (
		<section className="webinars-room" aria-labelledby={ `${ id }-title` }>
			<div className="webinars-room__header">
				<h2 id={ `${ id }-title` } className="webinars-room__title">
					{ __( 'Speaker room', 'webinars' ) }
				</h2>
				<p className="webinars-room__status" role="status">
					<span className="screen-reader-text webinars-visually-hidden">
						{ __( 'Status:', 'webinars' ) }{ ' ' }
					</span>
					<span
						className={ `webinars-room__badge is-${ status ?? 'unknown' }` }
					>
						{ status
							? statusLabel( status )
							: __( 'Connecting…', 'webinars' ) }
					</span>
				</p>
			</div>

			<p className="webinars-room__attendees">
				{ __( 'Attendees now:', 'webinars' ) }{ ' ' }
				<strong>
					{ typeof attendeesNow === 'number'
						? attendeesNow.toLocaleString()
						: '—' }
				</strong>
			</p>

			<div
				className="webinars-room__controls"
				role="group"
				aria-label={ __( 'Webinar controls', 'webinars' ) }
			>
				<ControlButton
					label={ __( 'Start webinar', 'webinars' ) }
					className="webinars-room__start"
					enabled={ canStart }
					busy={ pending === 'start' }
					locked={ pending !== null }
					onClick={ onStart }
				/>
				<ControlButton
					label={ __( 'Stop webinar', 'webinars' ) }
					className="webinars-room__stop"
					enabled={ canStop }
					busy={ pending === 'stop' }
					locked={ pending !== null }
					onClick={ onStop }
				/>
				<ControlButton
					label={ __( 'Show CTA', 'webinars' ) }
					className="webinars-room__cta-toggle"
					enabled={ canToggleCta }
					busy={ pending === 'cta' }
					locked={ pending !== null }
					pressed={ ctaVisible }
					describedBy={ `${ id }-cta-state` }
					onClick={ () => onToggleCta?.( ! ctaVisible ) }
				/>
			</div>

			{ error ? (
				<p className="webinars-room__error" role="alert">
					{ error }
				</p>
			) : null }

			<div className="webinars-room__cta-preview">
				<h3 className="webinars-room__subtitle">
					{ __( 'Call to action', 'webinars' ) }
				</h3>
				<p
					id={ `${ id }-cta-state` }
					className={ `webinars-room__cta-state ${
						ctaVisible ? 'is-visible' : 'is-hidden'
					}` }
				>
					{ ctaVisible
						? __( 'Visible to attendees', 'webinars' )
						: __( 'Hidden from attendees', 'webinars' ) }
				</p>
				{ ctaConfigured ? (
					<dl className="webinars-room__cta-fields">
						<dt>{ __( 'Text', 'webinars' ) }</dt>
						<dd>{ cta.text || '—' }</dd>
						<dt>{ __( 'Button label', 'webinars' ) }</dt>
						<dd>{ cta.label || '—' }</dd>
						<dt>{ __( 'Link', 'webinars' ) }</dt>
						<dd>
							{ isSafeUrl( cta.url ) ? (
								<a
									href={ cta.url }
									target="_blank"
									rel="noopener noreferrer"
								>
									{ cta.url }
									<span className="screen-reader-text webinars-visually-hidden">
										{ ' ' }
										{ __(
											'(opens in a new tab)',
											'webinars'
										) }
									</span>
								</a>
							) : (
								cta.url || '—'
							) }
						</dd>
					</dl>
				) : (
					<p className="webinars-room__cta-empty">
						{ __(
							'No call to action is set up: add its text, button label and link in the webinar settings.',
							'webinars'
						) }
					</p>
				) }
			</div>
		</section>
	);
}
