/**
 * The stream and recording fields of the "Webinar" panel, with what each accepts.
 */
import { TextControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import { META } from '../contracts/generated/webinar';

type MediaKey = typeof META.STREAM_URL | typeof META.RECORDING_URL;

interface Props {
	stream: string;
	recording: string;
	onChange: ( key: MediaKey, value: string ) => void;
}

export function MediaFields( { stream, recording, onChange }: Props ) {
	return (
		<>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				type="url"
				label={ __( 'Live stream', 'webinars' ) }
				help={ __(
					'A YouTube or Vimeo link, or a video (.mp4, .webm) or HLS (.m3u8) URL. Participants see it while the webinar is live.',
					'webinars'
				) }
				placeholder="https://"
				value={ stream }
				onChange={ ( next ) => onChange( META.STREAM_URL, next ) }
			/>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				type="url"
				label={ __( 'Recording', 'webinars' ) }
				help={ __(
					'The same kinds of link. Participants see it once the webinar has ended.',
					'webinars'
				) }
				placeholder="https://"
				value={ recording }
				onChange={ ( next ) => onChange( META.RECORDING_URL, next ) }
			/>
		</>
	);
}
