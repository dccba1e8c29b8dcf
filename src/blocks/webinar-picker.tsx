/**
 * Editor only: choose the webinar a block shows, and read the chosen webinar's settings.
 */
import { InspectorControls } from '@wordpress/block-editor';
import { ComboboxControl, PanelBody } from '@wordpress/components';
import { store as coreStore } from '@wordpress/core-data';
import { useSelect } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { POST_TYPE } from '../contracts/generated/webinar';

export interface WebinarRecord {
	id: number;
	title?: { raw?: string; rendered?: string };
	meta?: Record< string, unknown >;
}

export function webinarTitle( record: WebinarRecord ): string {
	const title = record.title?.raw ?? record.title?.rendered ?? '';
	return (
		title.trim() ||
		/* translators: %d: webinar (post) ID. */
		sprintf( __( 'Webinar #%d', 'webinars' ), record.id )
	);
}

/**
 * The chosen webinar's record (with its meta), undefined while loading or when there is none.
 *
 * @param id Webinar ID.
 */
export function useWebinar( id: number ): WebinarRecord | undefined {
	return useSelect(
		( select ) =>
			id > 0
				? ( select( coreStore ).getEntityRecord(
						'postType',
						POST_TYPE,
						id
					) as WebinarRecord | undefined )
				: undefined,
		[ id ]
	);
}

interface WebinarPickerProps {
	value: number;
	onChange: ( id: number ) => void;
}

export function WebinarPicker( { value, onChange }: WebinarPickerProps ) {
	const [ search, setSearch ] = useState( '' );
	const { records, selected } = useSelect(
		( select ) => {
			const core = select( coreStore );
			return {
				records: core.getEntityRecords( 'postType', POST_TYPE, {
					per_page: 20,
					search: search || undefined,
					status: 'publish,future,draft,private',
					orderby: 'date',
					order: 'desc',
				} ) as WebinarRecord[] | null,
				selected:
					value > 0
						? ( core.getEntityRecord(
								'postType',
								POST_TYPE,
								value
							) as WebinarRecord | undefined )
						: undefined,
			};
		},
		[ search, value ]
	);
	const options = ( records ?? [] ).map( ( record ) => ( {
		value: String( record.id ),
		label: webinarTitle( record ),
	} ) );
	// Keep the current choice listed while a search shows other webinars.
	if ( selected && ! options.some( ( o ) => o.value === String( value ) ) ) {
		options.unshift( {
			value: String( value ),
			label: webinarTitle( selected ),
		} );
	}
	return (
		<ComboboxControl
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			label={ __( 'Webinar', 'webinars' ) }
			help={
				records === null
					? __( 'Loading webinars…', 'webinars' )
					: undefined
			}
			value={ value > 0 ? String( value ) : null }
			options={ options }
			onFilterValueChange={ setSearch }
			onChange={ ( next ) => onChange( next ? Number( next ) : 0 ) }
		/>
	);
}

/**
 * The webinar a block shows: its chosen one or, inside a webinar's own content where the choice
 * may stay empty, that webinar; with the webinar's record once loaded.
 *
 * @param chosen  The block's webinarId attribute (0: none).
 * @param context The block context (postType, postId).
 */
export function useBlockWebinar(
	chosen: number,
	context: Record< string, unknown >
): { webinarId: number; webinar: WebinarRecord | undefined } {
	const contextId =
		context.postType === POST_TYPE && typeof context.postId === 'number'
			? context.postId
			: 0;
	const webinarId = chosen || contextId;
	return { webinarId, webinar: useWebinar( webinarId ) };
}

/**
 * A non-empty string meta value of a webinar record, if set.
 *
 * @param meta The record's meta.
 * @param key  Meta key.
 */
export const metaString = (
	meta: Record< string, unknown > | undefined,
	key: string
): string | undefined =>
	typeof meta?.[ key ] === 'string' && meta[ key ] !== ''
		? ( meta[ key ] as string )
		: undefined;

/**
 * The block sidebar's "Webinar" panel.
 *
 * @param props Picker props.
 */
export function WebinarInspector( props: WebinarPickerProps ) {
	return (
		<InspectorControls>
			<PanelBody title={ __( 'Webinar', 'webinars' ) }>
				<WebinarPicker { ...props } />
			</PanelBody>
		</InspectorControls>
	);
}
