/**
 * The organizer/speaker picker: only users who can hold the role, a loading state (never "No
 * items found" while loading), a note when nobody can, read-only for those who may not choose.
 */
import { useEntityRecords } from '@wordpress/core-data';
import { CAPABILITIES } from '../../contracts/generated/hooks';
import { act, render } from '../../blocks/testing/render';
import { editorSettings } from '../settings';
import { UsersField } from '../users-field';

jest.mock( '@wordpress/core-data', () => ( {
	useEntityRecords: jest.fn(),
} ) );

// @wordpress/components does not load under Jest on Node 20 (ESM-only dependencies): plain
// stand-ins that keep the props FormTokenField got. FormTokenField prints "No items found" when
// expanded on focus with no suggestions, so expandOnFocus must be off while there are none.
const mockTokenFields: Array< Record< string, unknown > > = [];
jest.mock( '@wordpress/components', () => ( {
	BaseControl: ( props: { label: string; children: unknown } ) => (
		<div>
			<span>{ props.label }</span>
			{ props.children as never }
		</div>
	),
	useBaseControlProps: () => ( {
		baseControlProps: {},
		controlProps: { id: 'control' },
	} ),
	Spinner: () => <span className="spinner" />,
	FormTokenField: ( props: Record< string, unknown > ) => {
		mockTokenFields.push( props );
		return (
			<div>
				<input />
				{ ( props.value as string[] ).map( ( token ) => (
					<span key={ token } className="token">
						{ token }
					</span>
				) ) }
			</div>
		);
	},
} ) );
const lastField = () => mockTokenFields[ mockTokenFields.length - 1 ] ?? {};

const records = useEntityRecords as jest.Mock;
const ada = { id: 7, name: 'Ada Lovelace', slug: 'ada' };
const alan = { id: 9, name: 'Alan Turing', slug: 'alan' };

type Result = { records: unknown[] | null; hasResolved: boolean };
function answer( selected: Result, found: Result ) {
	records.mockImplementation(
		( _kind: string, _name: string, query: Record< string, unknown > ) =>
			query.capabilities ? found : selected
	);
}

const field = ( props: Partial< Parameters< typeof UsersField >[ 0 ] > ) => (
	<UsersField
		label="Speakers"
		capability={ CAPABILITIES.CONTROL_ASSIGNED }
		noneText="No user can be a speaker yet."
		value={ [] }
		onChange={ () => undefined }
		canEdit
		{ ...props }
	/>
);

afterEach( () => {
	records.mockReset();
	mockTokenFields.length = 0;
	document.body.innerHTML = '';
} );

describe( 'UsersField', () => {
	it( 'asks only for users with the role capability', () => {
		answer(
			{ records: null, hasResolved: false },
			{ records: [ ada ], hasResolved: true }
		);
		const view = render( field( {} ) );
		const queries = records.mock.calls.map( ( call ) => call[ 2 ] );
		expect( queries ).toContainEqual(
			expect.objectContaining( {
				capabilities: CAPABILITIES.CONTROL_ASSIGNED,
			} )
		);
		view.unmount();
	} );

	it( 'shows a loading state, never "No items found", while loading', () => {
		answer(
			{ records: null, hasResolved: false },
			{ records: null, hasResolved: false }
		);
		const view = render( field( {} ) );
		expect( view.container.textContent ).toContain( 'Loading users…' );
		expect( lastField().__experimentalExpandOnFocus ).toBe( false );
		expect( lastField().suggestions ).toEqual( [] );
		expect( view.container.textContent ).not.toContain(
			'No user can be a speaker yet.'
		);
		view.unmount();
	} );

	it( 'says so when nobody can hold the role', () => {
		answer(
			{ records: null, hasResolved: false },
			{ records: [], hasResolved: true }
		);
		const view = render( field( {} ) );
		expect( view.container.textContent ).toContain(
			'No user can be a speaker yet.'
		);
		expect( view.container.textContent ).not.toContain( 'Loading users…' );
		expect( lastField().__experimentalExpandOnFocus ).toBe( false );
		view.unmount();
	} );

	it( 'shows the selected users by name', () => {
		answer(
			{ records: [ alan, ada ], hasResolved: true },
			{ records: [ ada, alan ], hasResolved: true }
		);
		const view = render( field( { value: [ 9, 7 ] } ) );
		expect( lastField().value ).toEqual( [
			'Alan Turing (alan)',
			'Ada Lovelace (ada)',
		] );
		expect( lastField().suggestions ).toEqual( [
			'Ada Lovelace (ada)',
			'Alan Turing (alan)',
		] );
		expect( lastField().__experimentalExpandOnFocus ).toBe( true );
		// Choosing a suggestion maps it back to its user ID.
		const onChange = jest.fn();
		view.rerender( field( { value: [ 9 ], onChange } ) );
		act( () =>
			( lastField().onChange as ( tokens: string[] ) => void )( [
				'Alan Turing (alan)',
				'Ada Lovelace (ada)',
			] )
		);
		expect( onChange ).toHaveBeenCalledWith( [ 9, 7 ] );
		view.unmount();
	} );

	it( 'is read-only, with a note, for users who may not choose people', () => {
		answer(
			{ records: [ ada ], hasResolved: true },
			{ records: null, hasResolved: false }
		);
		const view = render( field( { value: [ 7, 12 ], canEdit: false } ) );
		expect( view.container.querySelector( 'input' ) ).toBeNull();
		expect( mockTokenFields ).toHaveLength( 0 );
		expect( view.container.textContent ).toContain(
			'Ada Lovelace (ada), User #12'
		);
		expect( view.container.textContent ).toContain(
			'Only an administrator can change who organizes and who speaks.'
		);
		// No candidate query for them at all.
		const candidateQuery = records.mock.calls.find(
			( call ) => call[ 2 ].capabilities
		);
		expect( candidateQuery?.[ 3 ] ).toEqual( { enabled: false } );
		view.unmount();
	} );
} );

describe( 'editorSettings', () => {
	it( 'reads what PHP passes, else UTC and read-only (never the browser zone)', () => {
		const win = window as { webinarsEditor?: unknown };
		delete win.webinarsEditor;
		expect( editorSettings() ).toEqual( {
			siteTimeZone: 'UTC',
			canAssignStaff: false,
		} );
		win.webinarsEditor = {
			siteTimeZone: 'Europe/Berlin',
			canAssignStaff: true,
		};
		expect( editorSettings() ).toEqual( {
			siteTimeZone: 'Europe/Berlin',
			canAssignStaff: true,
		} );
		delete win.webinarsEditor;
	} );
} );
