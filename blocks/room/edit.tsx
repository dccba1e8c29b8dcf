/**
 * Editor: choose the webinar, and see a static preview of the speaker room (the live room needs
 * the front end: the editor never polls or sends commands).
 */
import { useBlockProps } from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import { Disabled, Placeholder } from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import { INITIAL_STATUS } from '../../src/contracts/generated/room';
import { META } from '../../src/contracts/generated/webinar';
import { SpeakerRoom } from './speaker-room';
import {
	WebinarPicker,
	WebinarInspector,
	metaString,
	useBlockWebinar,
	webinarTitle,
} from '../../src/blocks/webinar-picker';

export type RoomAttributes = {
	webinarId: number;
};

export default function Edit( {
	attributes,
	setAttributes,
	context,
}: BlockEditProps< RoomAttributes > ) {
	const blockProps = useBlockProps();
	const { webinarId, webinar } = useBlockWebinar(
		attributes.webinarId,
		context
	);
	const pickerProps = {
		value: attributes.webinarId,
		onChange: ( id: number ) => setAttributes( { webinarId: id } ),
	};

	return (
		<>
			<WebinarInspector { ...pickerProps } />
			<div { ...blockProps }>
				{ webinarId > 0 ? (
					<Disabled>
						<p className="webinars-room__preview-note">
							{ __(
								'Preview: the live room works on the site.',
								'webinars'
							) }
						</p>
						<SpeakerRoom
							webinarId={ webinarId }
							title={ webinar ? webinarTitle( webinar ) : '' }
							room={ {
								webinar_id: webinarId,
								status: INITIAL_STATUS,
								version: 0,
								starts_at:
									metaString(
										webinar?.meta,
										META.STARTS_AT
									) ?? '',
								cta: { visible: false },
							} }
							attendeesNow={ null }
							ctaPreview={ {
								text: metaString(
									webinar?.meta,
									META.CTA_TEXT
								),
								label: metaString(
									webinar?.meta,
									META.CTA_LABEL
								),
								url: metaString( webinar?.meta, META.CTA_URL ),
							} }
						/>
					</Disabled>
				) : (
					<Placeholder
						icon="controls-play"
						label={ __( 'Webinar speaker room', 'webinars' ) }
						instructions={ __(
							'Choose the webinar this room controls. Only its organizers and speakers see the room on the site.',
							'webinars'
						) }
					>
						<WebinarPicker { ...pickerProps } />
					</Placeholder>
				) }
			</div>
		</>
	);
}
