/**
 * The "Webinar" panel of the webinar post type's document settings: start time and time zone,
 * type, organizers and speakers, and the call to action, bound to the post meta Core registers.
 */
import {
	ComboboxControl,
	FormTokenField,
	SelectControl,
	TextControl,
	TextareaControl,
} from '@wordpress/components';
import { store as coreStore, useEntityProp } from '@wordpress/core-data';
import { useSelect } from '@wordpress/data';
import {
	PluginDocumentSettingPanel,
	store as editorStore,
} from '@wordpress/editor';
import { useMemo, useState } from '@wordpress/element';
import { __, _x, sprintf } from '@wordpress/i18n';
import {
	browserTimeZone,
	isTimeZone,
	isoToZoned,
	timeZones,
	zonedToIso,
} from './time';

export const POST_TYPE = 'webinar';

/** The meta keys of docs/rest.md and their shapes. */
export interface WebinarMeta {
	webinars_starts_at: string;
	webinars_timezone: string;
	webinars_type: 'live' | 'auto';
	webinars_organizers: number[];
	webinars_speakers: number[];
	webinars_cta_text: string;
	webinars_cta_label: string;
	webinars_cta_url: string;
}

interface UserRecord {
	id: number;
	name: string;
	slug: string;
}

const userLabel = ( user: UserRecord ) =>
	`${ user.name || user.slug } (${ user.slug })`;

/**
 * Users as tokens ("Name (login)", unique) with the IDs behind them.
 *
 * @param props
 * @param props.label    Field label.
 * @param props.value    Selected user IDs.
 * @param props.onChange Receives the new IDs.
 */
function UsersField( {
	label,
	value,
	onChange,
}: {
	label: string;
	value: number[];
	onChange: ( ids: number[] ) => void;
} ) {
	const [ search, setSearch ] = useState( '' );
	const { selected, found } = useSelect(
		( select ) => {
			const core = select( coreStore );
			return {
				selected: value.length
					? ( core.getEntityRecords( 'root', 'user', {
							include: value,
							per_page: 100,
						} ) as UserRecord[] | null )
					: [],
				found: core.getEntityRecords( 'root', 'user', {
					search: search || undefined,
					per_page: 20,
				} ) as UserRecord[] | null,
			};
		},
		[ value, search ]
	);
	const known = useMemo( () => {
		const byLabel = new Map< string, number >();
		for ( const user of [ ...( selected ?? [] ), ...( found ?? [] ) ] ) {
			byLabel.set( userLabel( user ), user.id );
		}
		return byLabel;
	}, [ selected, found ] );
	const tokens = value.map( ( id ) => {
		const user = selected?.find( ( candidate ) => candidate.id === id );
		if ( user ) {
			return userLabel( user );
		}
		/* translators: %d: user ID. */
		return sprintf( __( 'User #%d', 'webinars' ), id );
	} );
	// A token kept from before maps to its ID by position (it may be a "User #ID" placeholder).
	const idOf = ( token: string ): number | undefined => {
		const kept = tokens.indexOf( token );
		return kept >= 0 ? value[ kept ] : known.get( token );
	};

	return (
		<FormTokenField
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			__experimentalExpandOnFocus
			__experimentalShowHowTo={ false }
			label={ label }
			value={ tokens }
			suggestions={ ( found ?? [] ).map( userLabel ) }
			onInputChange={ setSearch }
			__experimentalValidateInput={ ( token ) =>
				idOf( token ) !== undefined
			}
			onChange={ ( next ) => {
				const ids = next
					.map(
						( token, index ) =>
							// Tokens kept from before may be the "User #ID" placeholders.
							idOf(
								typeof token === 'string' ? token : token.value
							) ??
							value[ tokens.indexOf( String( token ) ) ] ??
							value[ index ]
					)
					.filter( ( id ): id is number => typeof id === 'number' );
				onChange( [ ...new Set( ids ) ] );
			} }
		/>
	);
}

export function WebinarFields() {
	// core-data types the prop as any: say what the webinar's meta is.
	const [ meta, setMeta ] = useEntityProp(
		'postType',
		POST_TYPE,
		'meta'
	) as [
		Partial< WebinarMeta > | undefined,
		( next: Partial< WebinarMeta > ) => void,
		unknown,
	];
	const values: Partial< WebinarMeta > = meta ?? {};
	const update = < K extends keyof WebinarMeta >(
		key: K,
		value: WebinarMeta[ K ]
	) => setMeta( { ...values, [ key ]: value } );

	const zone =
		values.webinars_timezone && isTimeZone( values.webinars_timezone )
			? values.webinars_timezone
			: browserTimeZone();
	const zones = useMemo(
		() => timeZones().map( ( name ) => ( { value: name, label: name } ) ),
		[]
	);
	const startsAt = values.webinars_starts_at ?? '';

	return (
		// The controls have no bottom margin of their own (__nextHasNoMarginBottom).
		<div style={ { display: 'grid', gap: '16px' } }>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				type="datetime-local"
				label={ __( 'Start time', 'webinars' ) }
				help={ sprintf(
					/* translators: %s: time zone name, e.g. Europe/Moscow. */
					__( 'In the time zone %s.', 'webinars' ),
					zone
				) }
				value={ isoToZoned( startsAt, zone ) }
				onChange={ ( local ) =>
					setMeta( {
						...values,
						webinars_starts_at: zonedToIso( local, zone ),
						webinars_timezone: zone,
					} )
				}
			/>
			<ComboboxControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Time zone', 'webinars' ) }
				value={ zone }
				options={ zones }
				allowReset={ false }
				onChange={ ( next ) => {
					if ( ! next || ! isTimeZone( next ) ) {
						return;
					}
					// The start keeps its wall-clock time: 18:00 stays 18:00, in the new zone.
					const local = isoToZoned( startsAt, zone );
					setMeta( {
						...values,
						webinars_timezone: next,
						webinars_starts_at: local
							? zonedToIso( local, next )
							: startsAt,
					} );
				} }
			/>
			<SelectControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Type', 'webinars' ) }
				value={ values.webinars_type ?? 'live' }
				options={ [
					{
						value: 'live',
						label: _x( 'Live', 'webinar type', 'webinars' ),
					},
					{
						value: 'auto',
						label: __( 'Automated (evergreen)', 'webinars' ),
					},
				] }
				onChange={ ( next ) =>
					update( 'webinars_type', next === 'auto' ? 'auto' : 'live' )
				}
			/>
			<UsersField
				label={ __( 'Organizers', 'webinars' ) }
				value={ values.webinars_organizers ?? [] }
				onChange={ ( ids ) => update( 'webinars_organizers', ids ) }
			/>
			<UsersField
				label={ __( 'Speakers', 'webinars' ) }
				value={ values.webinars_speakers ?? [] }
				onChange={ ( ids ) => update( 'webinars_speakers', ids ) }
			/>
			<TextareaControl
				__nextHasNoMarginBottom
				label={ __( 'Call to action: text', 'webinars' ) }
				rows={ 3 }
				value={ values.webinars_cta_text ?? '' }
				onChange={ ( next ) => update( 'webinars_cta_text', next ) }
			/>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Call to action: button label', 'webinars' ) }
				value={ values.webinars_cta_label ?? '' }
				onChange={ ( next ) => update( 'webinars_cta_label', next ) }
			/>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				type="url"
				label={ __( 'Call to action: link', 'webinars' ) }
				placeholder="https://"
				value={ values.webinars_cta_url ?? '' }
				onChange={ ( next ) => update( 'webinars_cta_url', next ) }
			/>
		</div>
	);
}

export function WebinarSettings() {
	const postType = useSelect(
		( select ) => select( editorStore ).getCurrentPostType(),
		[]
	);
	if ( postType !== POST_TYPE ) {
		return null;
	}
	return (
		<PluginDocumentSettingPanel
			name="webinars-settings"
			title={ __( 'Webinar', 'webinars' ) }
			className="webinars-settings"
		>
			<WebinarFields />
		</PluginDocumentSettingPanel>
	);
}
