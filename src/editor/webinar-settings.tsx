/**
 * The "Webinar" panel of the webinar post type's document settings: start time and time zone,
 * type, organizers and speakers, the call to action, the stream and the recording, bound to the post meta Core registers.
 * It is the first panel and open until the user closes it.
 */
import {
	ComboboxControl,
	SelectControl,
	TextControl,
	TextareaControl,
} from '@wordpress/components';
import { useEntityProp } from '@wordpress/core-data';
import { useDispatch, useSelect } from '@wordpress/data';
import {
	PluginDocumentSettingPanel,
	store as editorStore,
} from '@wordpress/editor';
import { useEffect, useMemo } from '@wordpress/element';
import { __, _x, sprintf } from '@wordpress/i18n';
import { CAPABILITIES } from '../contracts/generated/hooks';
import {
	META,
	POST_TYPE,
	WEBINAR_TYPES,
	type WebinarType,
} from '../contracts/generated/webinar';
import { editorSettings } from './settings';
import { isTimeZone, isoToZoned, timeZones, zonedToIso } from './time';
import { MediaFields } from './media-fields';
import { UsersField } from './users-field';

/** The webinar's meta as the REST API carries it. */
export interface WebinarMeta {
	[ META.STARTS_AT ]: string;
	[ META.TIMEZONE ]: string;
	[ META.TYPE ]: WebinarType;
	[ META.ORGANIZERS ]: number[];
	[ META.SPEAKERS ]: number[];
	[ META.CTA_TEXT ]: string;
	[ META.CTA_LABEL ]: string;
	[ META.CTA_URL ]: string;
	[ META.STREAM_URL ]: string;
	[ META.RECORDING_URL ]: string;
}

/** registerPlugin() name and panel name: the editor stores it open as "<plugin>/<panel>". */
export const PLUGIN_NAME = 'webinars-settings';
export const PANEL_NAME = 'webinars-settings';
const PANEL_ID = `${ PLUGIN_NAME }/${ PANEL_NAME }`;
/** The preferences store (by name: the editor loads it; the package is not ours to bundle). */
const PREFERENCES = 'core/preferences';
/** Preference (scope, key) remembering that the panel was opened once by default. */
const OPENED_ONCE: [ string, string ] = [
	'webinars',
	'settingsPanelOpenedOnce',
];

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
	const settings = useMemo( editorSettings, [] );
	const stored = values[ META.TIMEZONE ];
	// A webinar without a zone is in the site's (Settings → General), never the browser's.
	const zone =
		stored && isTimeZone( stored ) ? stored : settings.siteTimeZone;
	const zones = useMemo(
		() => timeZones().map( ( name ) => ( { value: name, label: name } ) ),
		[]
	);
	const startsAt = values[ META.STARTS_AT ] ?? '';
	const typeLabels: Record< WebinarType, string > = {
		live: _x( 'Live', 'webinar type', 'webinars' ),
		auto: __( 'Automated (evergreen)', 'webinars' ),
	};

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
						[ META.STARTS_AT ]: zonedToIso( local, zone ),
						[ META.TIMEZONE ]: zone,
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
						[ META.TIMEZONE ]: next,
						[ META.STARTS_AT ]: local
							? zonedToIso( local, next )
							: startsAt,
					} );
				} }
			/>
			<SelectControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Type', 'webinars' ) }
				value={ values[ META.TYPE ] ?? WEBINAR_TYPES[ 0 ] }
				options={ WEBINAR_TYPES.map( ( type ) => ( {
					value: type,
					label: typeLabels[ type ],
				} ) ) }
				onChange={ ( next ) => {
					const type = WEBINAR_TYPES.find(
						( known ) => known === next
					);
					if ( type ) {
						update( META.TYPE, type );
					}
				} }
			/>
			<UsersField
				label={ __( 'Organizers', 'webinars' ) }
				capability={ CAPABILITIES.EDIT_WEBINARS }
				noneText={ __(
					'No user can be an organizer yet: give someone the Webinar organizer role.',
					'webinars'
				) }
				canEdit={ settings.canAssignStaff }
				value={ values[ META.ORGANIZERS ] ?? [] }
				onChange={ ( ids ) => update( META.ORGANIZERS, ids ) }
			/>
			<UsersField
				label={ __( 'Speakers', 'webinars' ) }
				capability={ CAPABILITIES.CONTROL_ASSIGNED }
				noneText={ __(
					'No user can be a speaker yet: give someone the Webinar speaker role.',
					'webinars'
				) }
				canEdit={ settings.canAssignStaff }
				value={ values[ META.SPEAKERS ] ?? [] }
				onChange={ ( ids ) => update( META.SPEAKERS, ids ) }
			/>
			<TextareaControl
				__nextHasNoMarginBottom
				label={ __( 'Call to action: text', 'webinars' ) }
				rows={ 3 }
				value={ values[ META.CTA_TEXT ] ?? '' }
				onChange={ ( next ) => update( META.CTA_TEXT, next ) }
			/>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Call to action: button label', 'webinars' ) }
				value={ values[ META.CTA_LABEL ] ?? '' }
				onChange={ ( next ) => update( META.CTA_LABEL, next ) }
			/>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				type="url"
				label={ __( 'Call to action: link', 'webinars' ) }
				placeholder="https://"
				value={ values[ META.CTA_URL ] ?? '' }
				onChange={ ( next ) => update( META.CTA_URL, next ) }
			/>
			<MediaFields
				stream={ values[ META.STREAM_URL ] ?? '' }
				recording={ values[ META.RECORDING_URL ] ?? '' }
				onChange={ ( key, next ) => update( key, next ) }
			/>
		</div>
	);
}

/**
 * Opens the panel the first time a user edits a webinar; after that, their choice stands.
 *
 * @param active Whether the panel is shown (a webinar is being edited).
 */
function useOpenedByDefault( active: boolean ) {
	const { opened, openedOnce } = useSelect(
		( select ) => ( {
			opened: select( editorStore ).isEditorPanelOpened( PANEL_ID ),
			openedOnce: !! (
				select( PREFERENCES ) as {
					get: ( scope: string, key: string ) => unknown;
				}
			 ).get( ...OPENED_ONCE ),
		} ),
		[]
	);
	const { toggleEditorPanelOpened } = useDispatch( editorStore );
	const { set } = useDispatch( PREFERENCES ) as {
		set: ( scope: string, key: string, value: unknown ) => void;
	};
	useEffect( () => {
		if ( ! active || openedOnce ) {
			return;
		}
		if ( ! opened ) {
			toggleEditorPanelOpened( PANEL_ID );
		}
		set( ...OPENED_ONCE, true );
	}, [ active, opened, openedOnce, toggleEditorPanelOpened, set ] );
}

export function WebinarSettings() {
	const postType = useSelect(
		( select ) => select( editorStore ).getCurrentPostType(),
		[]
	);
	useOpenedByDefault( postType === POST_TYPE );
	if ( postType !== POST_TYPE ) {
		return null;
	}
	return (
		<PluginDocumentSettingPanel
			name={ PANEL_NAME }
			title={ __( 'Webinar', 'webinars' ) }
			className="webinars-settings"
		>
			<WebinarFields />
		</PluginDocumentSettingPanel>
	);
}
