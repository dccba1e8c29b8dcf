/**
 * Minimal React test rendering (no testing library in this repository): render into a detached
 * container inside act().
 */
import { createRoot } from '@wordpress/element';

const { act } = jest.requireActual< {
	act: ( callback: () => void ) => void;
} >( 'react' );

(
	globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }
 ).IS_REACT_ACT_ENVIRONMENT = true;

export function render( element: unknown ) {
	const container = document.createElement( 'div' );
	document.body.appendChild( container );
	const root = createRoot( container );
	act( () => root.render( element ) );
	return {
		container,
		rerender: ( next: unknown ) => act( () => root.render( next ) ),
		unmount: () => {
			act( () => root.unmount() );
			container.remove();
		},
	};
}

export { act };
