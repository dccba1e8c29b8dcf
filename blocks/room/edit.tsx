/**
 * Editor: choose the webinar, and see a static preview of the speaker room (the live room needs
 * the front end: the editor never polls or sends commands).
 */
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import { Disabled, PanelBody, Placeholder } from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import { SpeakerRoom } from './speaker-room';
import {
	WebinarPicker,
	useWebinar,
	webinarTitle,
} from '../../src/blocks/webinar-picker';

export type RoomAttributes = {
	webinarId: number;
};

const metaString = (
	meta: Record< string, unknown > | undefined,
	key: string
) =>
	typeof meta?.[ key ] === 'string' ? ( meta[ key ] as string ) : undefined;

export default function Edit( {
	attributes,
	setAttributes,
	context,
}: BlockEditProps< RoomAttributes > ) {
	const blockProps = useBlockProps();
	// Inside a webinar's own content the block may leave the choice empty: it shows that webinar.
	const contextId =
		context.postType === 'webinar' && typeof context.postId === 'number'
			? context.postId
			: 0;
	const webinarId = attributes.webinarId || contextId;
	const webinar = useWebinar( webinarId );
	const picker = (
		<WebinarPicker
			value={ attributes.webinarId }
			onChange={ ( id ) => setAttributes( { webinarId: id } ) }
		/>
	);

	return (
		<>
			<InspectorControls>
				<PanelBody title={ __( 'Webinar', 'webinars' ) }>
					{ picker }
				</PanelBody>
			</InspectorControls>
			<div { ...blockProps }>
				{ webinarId > 0 ? (
					<Disabled>
						{ webinar ? (
							<p className="webinars-room__preview-note">
								{ webinarTitle( webinar ) }
							</p>
						) : null }
						<SpeakerRoom
							webinarId={ webinarId }
							room={ {
								webinar_id: webinarId,
								status: 'scheduled',
								version: 0,
								starts_at:
									metaString(
										webinar?.meta,
										'webinars_starts_at'
									) ?? '',
								cta: { visible: false },
							} }
							attendeesNow={ null }
							ctaPreview={ {
								text: metaString(
									webinar?.meta,
									'webinars_cta_text'
								),
								label: metaString(
									webinar?.meta,
									'webinars_cta_label'
								),
								url: metaString(
									webinar?.meta,
									'webinars_cta_url'
								),
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
						{ picker }
					</Placeholder>
				) }
			</div>
		</>
	);
}
