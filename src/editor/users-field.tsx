/**
 * A picker of the users who can hold a role in a webinar (organizer, speaker): it lists only users
 * with the role's capability, says so when nobody has it, shows a loading state instead of an empty
 * list, and is read-only (with a note) for users who may not choose people.
 */
import {
	BaseControl,
	FormTokenField,
	Spinner,
	useBaseControlProps,
} from '@wordpress/components';
import { useEntityRecords } from '@wordpress/core-data';
import { useMemo } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

export interface UserRecord {
	id: number;
	name: string;
	slug: string;
}

export const userLabel = ( user: UserRecord ) =>
	`${ user.name || user.slug } (${ user.slug })`;

const unknownUser = ( id: number ) =>
	/* translators: %d: user ID. */
	sprintf( __( 'User #%d', 'webinars' ), id );

export interface UsersFieldProps {
	label: string;
	/** Capability every listed user holds (CAPABILITIES.*). */
	capability: string;
	/** Said when no user holds the capability. */
	noneText: string;
	/** Selected user IDs. */
	value: number[];
	onChange: ( ids: number[] ) => void;
	/** Whether the current user may change the selection. */
	canEdit: boolean;
}

/** Candidates fetched at once: staff lists are short, and FormTokenField filters as one types. */
export const MAX_CANDIDATES = 100;

/**
 * The users selected now (by ID) and every user who can hold the role.
 *
 * @param value      Selected IDs.
 * @param capability Capability of the candidates.
 * @param enabled    Whether to query candidates at all.
 */
function useUsers( value: number[], capability: string, enabled: boolean ) {
	const selected = useEntityRecords< UserRecord >(
		'root',
		'user',
		{ include: value, per_page: MAX_CANDIDATES, _fields: 'id,name,slug' },
		{ enabled: value.length > 0 }
	);
	const found = useEntityRecords< UserRecord >(
		'root',
		'user',
		{
			capabilities: capability,
			per_page: MAX_CANDIDATES,
			_fields: 'id,name,slug',
		},
		{ enabled }
	);
	return { selected: selected.records ?? [], found };
}

export function UsersField( {
	label,
	capability,
	noneText,
	value,
	onChange,
	canEdit,
}: UsersFieldProps ) {
	const { selected, found } = useUsers( value, capability, canEdit );
	const candidates = useMemo( () => found.records ?? [], [ found.records ] );
	const known = useMemo( () => {
		const byLabel = new Map< string, number >();
		for ( const user of [ ...selected, ...candidates ] ) {
			byLabel.set( userLabel( user ), user.id );
		}
		return byLabel;
	}, [ selected, candidates ] );
	const tokens = value.map( ( id ) => {
		const user = selected.find( ( candidate ) => candidate.id === id );
		return user ? userLabel( user ) : unknownUser( id );
	} );
	// A token kept from before maps to its ID by position (it may be a "User #ID" placeholder).
	const idOf = ( token: string ): number | undefined => {
		const kept = tokens.indexOf( token );
		return kept >= 0 ? value[ kept ] : known.get( token );
	};
	const { baseControlProps, controlProps } = useBaseControlProps( {
		label,
		__nextHasNoMarginBottom: true,
	} );

	if ( ! canEdit ) {
		return (
			<BaseControl { ...baseControlProps }>
				<p id={ controlProps.id } className="webinars-users-readonly">
					{ tokens.length
						? tokens.join( ', ' )
						: __( 'Nobody yet.', 'webinars' ) }
				</p>
				<p className="description">
					{ __(
						'Only an administrator can change who organizes and who speaks.',
						'webinars'
					) }
				</p>
			</BaseControl>
		);
	}

	const loading = ! found.hasResolved;
	const nobody = found.hasResolved && candidates.length === 0;
	return (
		<div className="webinars-users-field">
			<FormTokenField
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				// Expanded with no suggestions, the field says "No items found": only list real ones.
				__experimentalExpandOnFocus={ candidates.length > 0 }
				__experimentalShowHowTo={ false }
				label={ label }
				value={ tokens }
				suggestions={ candidates.map( userLabel ) }
				__experimentalValidateInput={ ( token ) =>
					idOf( token ) !== undefined
				}
				onChange={ ( next ) => {
					const ids = next
						.map( ( token ) =>
							idOf(
								typeof token === 'string' ? token : token.value
							)
						)
						.filter(
							( id ): id is number => typeof id === 'number'
						);
					onChange( [ ...new Set( ids ) ] );
				} }
			/>
			{ loading && (
				<p className="webinars-users-loading" role="status">
					<Spinner />
					{ __( 'Loading users…', 'webinars' ) }
				</p>
			) }
			{ nobody && <p className="description">{ noneText }</p> }
		</div>
	);
}
