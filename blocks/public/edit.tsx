/**
 * Editor: choose the webinar, and see a static preview of what attendees see (live, with the
 * webinar's CTA shown). The editor never polls.
 */
import { useBlockProps } from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import { Disabled, Placeholder } from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import { AttendeeView } from './attendee-view';
import {
	WebinarInspector,
	WebinarPicker,
	metaString,
	useBlockWebinar,
} from '../../src/blocks/webinar-picker';

export type PublicAttributes = {
	webinarId: number;
};

export default function Edit( {
	attributes,
	setAttributes,
	context,
}: BlockEditProps< PublicAttributes > ) {
	const blockProps = useBlockProps();
	const { webinarId, webinar } = useBlockWebinar(
		attributes.webinarId,
		context
	);
	const meta = webinar?.meta;
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
						<WebinarPicker { ...pickerProps } />
					</Placeholder>
				) }
			</div>
		</>
	);
}
