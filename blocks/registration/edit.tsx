/**
 * Editor: choose the webinar and write the consent text visitors agree to; the preview is the
 * server's rendering of the same template as the front end.
 */
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import {
	Disabled,
	PanelBody,
	Placeholder,
	Spinner,
	TextareaControl,
} from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import ServerSideRender from '@wordpress/server-side-render';
import {
	WebinarInspector,
	WebinarPicker,
	useBlockWebinar,
} from '../../src/blocks/webinar-picker';

export type RegistrationAttributes = {
	webinarId: number;
	consentText: string;
};

const Loading = () => <Spinner />;

export default function Edit( {
	attributes,
	setAttributes,
	context,
}: BlockEditProps< RegistrationAttributes > ) {
	const blockProps = useBlockProps();
	const { webinarId } = useBlockWebinar( attributes.webinarId, context );
	const pickerProps = {
		value: attributes.webinarId,
		onChange: ( id: number ) => setAttributes( { webinarId: id } ),
	};

	return (
		<>
			<WebinarInspector { ...pickerProps } />
			<InspectorControls>
				<PanelBody title={ __( 'Consent', 'webinars' ) }>
					<TextareaControl
						__nextHasNoMarginBottom
						label={ __( 'Consent text', 'webinars' ) }
						help={ __(
							'Visitors tick a box with this text to register. Empty: the default text.',
							'webinars'
						) }
						value={ attributes.consentText }
						onChange={ ( consentText: string ) =>
							setAttributes( { consentText } )
						}
					/>
				</PanelBody>
			</InspectorControls>
			<div { ...blockProps }>
				{ webinarId > 0 ? (
					<Disabled>
						<ServerSideRender
							block="webinars/registration"
							attributes={ {
								webinarId,
								consentText: attributes.consentText,
							} }
							LoadingResponsePlaceholder={ Loading }
						/>
					</Disabled>
				) : (
					<Placeholder
						icon="id"
						label={ __( 'Webinar registration', 'webinars' ) }
						instructions={ __(
							'Choose the webinar visitors register for with this form.',
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
