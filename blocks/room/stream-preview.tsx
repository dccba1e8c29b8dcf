/**
 * A small preview of the webinar's stream in the speaker room (what participants see while
 * live), or "No stream set" with a link to the webinar's editor.
 */
import { __ } from '@wordpress/i18n';

/** The stream's player, as webinars_webinar maps it. */
export interface StreamPlayer {
	kind: 'embed' | 'video';
	src: string;
}

interface Props {
	stream: StreamPlayer | null;
	/** The webinar's edit screen ('' when the user may not edit it). */
	editLink: string;
	title: string;
}

export function StreamPreview( { stream, editLink, title }: Props ) {
	const safe = stream && /^https?:\/\//i.test( stream.src ) ? stream : null;
	return (
		<div className="webinars-room__stream">
			<p className="webinars-room__stream-label">
				{ __( 'Stream preview', 'webinars' ) }
			</p>
			{ safe ? (
				<div className="webinars-room__stream-frame">
					{ safe.kind === 'embed' ? (
						<iframe
							title={ title }
							src={ safe.src }
							loading="lazy"
							allow="autoplay; encrypted-media; fullscreen; picture-in-picture"
							allowFullScreen
						/>
					) : (
						<video
							src={ safe.src }
							controls
							muted
							playsInline
							preload="metadata"
							aria-label={ title }
						/>
					) }
				</div>
			) : (
				<p className="webinars-room__stream-empty">
					{ __( 'No stream set.', 'webinars' ) }{ ' ' }
					{ editLink ? (
						<a href={ editLink }>
							{ __( 'Edit the webinar', 'webinars' ) }
						</a>
					) : null }
				</p>
			) }
		</div>
	);
}

/**
 * The stream player from the container's data-stream JSON, null when none or malformed.
 *
 * @param raw The attribute's value.
 */
export function parseStream( raw: string | undefined ): StreamPlayer | null {
	try {
		const value: unknown = JSON.parse( raw ?? 'null' );
		const player = value as Partial< StreamPlayer > | null;
		return player &&
			( player.kind === 'embed' || player.kind === 'video' ) &&
			typeof player.src === 'string'
			? { kind: player.kind, src: player.src }
			: null;
	} catch {
		return null;
	}
}
