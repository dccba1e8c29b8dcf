/**
 * The plugin's directory listing (readme.txt) and its header promise the same thing, within the
 * limits of WordPress.org's readme parser and Plugin Check.
 */
import { readRepoFile } from './lib/seed';

const readme = readRepoFile( 'plugin/readme.txt' );
const header = readRepoFile( 'plugin/webinars.php' );

/**
 * The short description: the first paragraph after the header fields, before any section.
 * @param text The readme.
 */
function shortDescription( text: string ): string {
	const head = text.split( /^== /m )[ 0 ] ?? '';
	const paragraphs = head
		.split( /\n\s*\n/ )
		.map( ( paragraph ) => paragraph.trim() )
		.filter( Boolean );
	return paragraphs[ paragraphs.length - 1 ] ?? '';
}

describe( 'readme.txt', () => {
	it( 'has a short description of at most 150 characters', () => {
		const description = shortDescription( readme );
		expect( description ).not.toMatch(
			/^(?:License|Tags|Requires|Stable)/m
		); // Not the header fields.
		expect( [ ...description ].length ).toBeGreaterThan( 20 );
		expect( [ ...description ].length ).toBeLessThanOrEqual( 150 );
	} );

	it( "says what the plugin header's Description says", () => {
		const description = header.match( /^ \* Description:\s*(.+)$/m );
		expect( description?.[ 1 ]?.trim() ).toBe( shortDescription( readme ) );
	} );

	it( 'has at most five tags and a changelog entry for its stable tag', () => {
		const tags =
			readme.match( /^Tags:\s*(.+)$/m )?.[ 1 ]?.split( ',' ) ?? [];
		expect( tags.length ).toBeGreaterThan( 0 );
		expect( tags.length ).toBeLessThanOrEqual( 5 );
		const stable = readme.match( /^Stable tag:\s*(\S+)$/m )?.[ 1 ];
		expect( readme ).toContain( `= ${ stable } =` );
	} );
} );
