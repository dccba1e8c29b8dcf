/**
 * The speaker room: the webinar's name and status, Start / Stop / Reset, the CTA toggle and its
 * preview, attendees now, the stream's preview. It only draws what it is given: the editor preview uses it as is,
 * connected-room.tsx feeds it from the webinars/room store (kept apart so the editor bundle does
 * not pull in the runtime).
 */
import { __ } from '@wordpress/i18n';
import { statusLabel } from '../../src/contracts/generated/labels';
import { ConfirmDialog } from './confirm-dialog';
import type { ConfirmRequest } from './confirm-dialog';
import { Controls } from './controls';
import type { RoomAction } from './controls';
import type { RoomCommand } from './commands';
import { StreamPreview } from './stream-preview';
import type { StreamPlayer } from './stream-preview';
import type { Cta, RoomState } from './types';

export type { RoomAction };

export interface SpeakerRoomProps {
	webinarId: number;
	/** The webinar's title. */
	title?: string;
	room: RoomState | null;
	attendeesNow?: number | null;
	/** The configured CTA: the room state carries text, label and URL only while visible. */
	ctaPreview: Omit< Cta, 'visible' >;
	/** The stream's player: shown as a small preview when given (undefined: no preview). */
	stream?: StreamPlayer | null;
	/** The webinar's edit screen, offered when no stream is set. */
	editLink?: string;
	/** /me's can_organize: Reset is offered. */
	canOrganize?: boolean;
	error?: string | null;
	/** The action waiting for the server, if any: every control waits with it. */
	pending?: RoomAction | null;
	/** A command waiting for the speaker's confirmation. */
	confirm?: ConfirmRequest | null;
	onConfirm?: () => void;
	onCancel?: () => void;
	onCommand?: ( command: RoomCommand ) => void;
	onToggleCta?: ( visible: boolean ) => void;
}

/**
 * Only http(s) links are shown as links: the URL is editor input.
 *
 * @param url Candidate URL.
 */
export const isSafeUrl = ( url: string | undefined ): url is string =>
	!! url && /^https?:\/\//i.test( url );

function CtaPreview( props: {
	id: string;
	cta: Omit< Cta, 'visible' >;
	visible: boolean;
} ) {
	const { id, cta, visible } = props;
	const configured = Boolean( cta.text || cta.label );
	return (
		<div className="webinars-room__cta-preview">
			<h3 className="webinars-room__subtitle">
				{ __( 'Call to action', 'webinars' ) }
			</h3>
			<p
				id={ id }
				className={ `webinars-room__cta-state ${
					visible ? 'is-visible' : 'is-hidden'
				}` }
			>
				{ visible
					? __( 'Visible to attendees', 'webinars' )
					: __( 'Hidden from attendees', 'webinars' ) }
			</p>
			{ configured ? (
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
									{ __( '(opens in a new tab)', 'webinars' ) }
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
	);
}

export function SpeakerRoom( props: SpeakerRoomProps ) {
	const { webinarId, room, attendeesNow, ctaPreview, error, confirm } = props;
	const status = room?.status;
	const ctaVisible = room?.cta.visible === true;
	// While visible, the state's CTA is what attendees see; otherwise show the configured one.
	const cta = ctaVisible ? { ...ctaPreview, ...room?.cta } : ctaPreview;
	const id = `webinars-room-${ webinarId }`;

	return (
		<section className="webinars-room" aria-labelledby={ `${ id }-title` }>
			<div className="webinars-room__header">
				<div className="webinars-room__heading">
					<p className="webinars-room__eyebrow">
						{ __( 'Speaker room', 'webinars' ) }
					</p>
					<h2 id={ `${ id }-title` } className="webinars-room__title">
						{ props.title || __( '(no title)', 'webinars' ) }
					</h2>
				</div>
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

			<Controls
				status={ status }
				ctaVisible={ ctaVisible }
				ctaConfigured={ Boolean( cta.text || cta.label ) }
				canOrganize={ props.canOrganize === true }
				pending={ props.pending ?? null }
				ctaStateId={ `${ id }-cta-state` }
				onCommand={ props.onCommand }
				onToggleCta={ props.onToggleCta }
			/>

			{ error ? (
				<p className="webinars-room__error" role="alert">
					{ error }
				</p>
			) : null }

			<CtaPreview
				id={ `${ id }-cta-state` }
				cta={ cta }
				visible={ ctaVisible }
			/>

			{ props.stream !== undefined ? (
				<StreamPreview
					stream={ props.stream }
					editLink={ props.editLink ?? '' }
					title={ __( 'Stream preview', 'webinars' ) }
				/>
			) : null }

			{ confirm ? (
				<ConfirmDialog
					id={ id }
					{ ...confirm }
					onConfirm={ () => props.onConfirm?.() }
					onCancel={ () => props.onCancel?.() }
				/>
			) : null }
		</section>
	);
}
