/**
 * Editor: choose the webinar, and see a static preview of what attendees see (live, with the
 * webinar's CTA shown). The editor never polls.
 */
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import { Disabled, PanelBody, Placeholder } from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import { AttendeeView } from './attendee-view';
import { WebinarPicker, useWebinar } from '../../src/blocks/webinar-picker';

export type PublicAttributes = {
	webinarId: number;
};

const metaString = (
	meta: Record< string, unknown > | undefined,
	key: string
) =>
	typeof meta?.[ key ] === 'string' && meta[ key ] !== ''
		? ( meta[ key ] as string )
		: undefined;

export default function Edit( {
	attributes,
	setAttributes,
	context,
}: BlockEditProps< PublicAttributes > ) {
	const blockProps = useBlockProps();
	// Inside a webinar's own content the block may leave the choice empty: it shows that webinar.
	const contextId =
		context.postType === 'webinar' && typeof context.postId === 'number'
			? context.postId
			: 0;
	const webinarId = attributes.webinarId || contextId;
	const webinar = useWebinar( webinarId );
	const meta = webinar?.meta;
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
						<AttendeeView
							room={ {
								webinar_id: webinarId,
								status: 'live',
								version: 0,
								starts_at:
									metaString( meta, 'webinars_starts_at' ) ??
									'',
								cta: {
									visible: true,
									text:
										metaString(
											meta,
											'webinars_cta_text'
										) ??
										__(
											'A special offer for attendees.',
											'webinars'
										),
									label:
										metaString(
											meta,
											'webinars_cta_label'
										) ?? __( 'Learn more', 'webinars' ),
									url:
										metaString(
											meta,
											'webinars_cta_url'
										) ?? 'https://example.com/',
								},
							} }
						/>
					</Disabled>
				) : (
					<Placeholder
						icon="groups"
						label={ __( 'Webinar attendee view', 'webinars' ) }
						instructions={ __(
							'Choose the webinar whose live status and call to action attendees see here.',
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
