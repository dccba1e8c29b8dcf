/**
 * Editor only: choose the webinar a block shows, and read the chosen webinar's settings.
 */
import { ComboboxControl } from '@wordpress/components';
import { store as coreStore } from '@wordpress/core-data';
import { useSelect } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

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
						'webinar',
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
				records: core.getEntityRecords( 'postType', 'webinar', {
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
								'webinar',
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
