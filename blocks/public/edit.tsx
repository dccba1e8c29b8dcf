/**
 * Editor: choose the webinar, and preview what attendees see now — the server renders the same
 * template as the front end with the room's real state, labelled "Preview" (never polling).
 */
import { useBlockProps } from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import { Disabled, Placeholder, Spinner } from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import ServerSideRender from '@wordpress/server-side-render';
import {
	WebinarInspector,
	WebinarPicker,
	useBlockWebinar,
} from '../../src/blocks/webinar-picker';

export type PublicAttributes = {
	webinarId: number;
	preview?: boolean;
};

const Loading = () => <Spinner />;

export default function Edit( {
	attributes,
	setAttributes,
	context,
}: BlockEditProps< PublicAttributes > ) {
	const blockProps = useBlockProps();
	const { webinarId } = useBlockWebinar( attributes.webinarId, context );
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
						<ServerSideRender
							block="webinars/public"
							attributes={ { webinarId, preview: true } }
							LoadingResponsePlaceholder={ Loading }
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
