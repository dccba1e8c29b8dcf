/**
 * A native modal `<dialog>` asking to confirm a command (Stop, an early Start, Reset). Native,
 * not @wordpress/components' ConfirmDialog: the front end would load wp-components (228 KB gzip
 * in WordPress 6.8, plus 12.5 KB of CSS) for one dialog, while the browser's own dialog traps
 * focus, closes on Escape and makes the page behind it inert.
 */
import { useEffect, useRef } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

export interface ConfirmRequest {
	title: string;
	message: string;
	/** The confirming button's name (never the command's own, so that names stay unique). */
	confirmLabel: string;
}

export interface ConfirmDialogProps extends ConfirmRequest {
	id: string;
	onConfirm: () => void;
	onCancel: () => void;
}

export function ConfirmDialog( props: ConfirmDialogProps ) {
	const { id, title, message, confirmLabel, onConfirm, onCancel } = props;
	const ref = useRef< HTMLDialogElement >( null );
	const cancel = useRef< HTMLButtonElement >( null );

	useEffect( () => {
		const dialog = ref.current;
		// Focus goes back to the button that asked, once the dialog is gone.
		const opener = dialog?.ownerDocument.activeElement;
		if ( dialog && ! dialog.open ) {
			if ( typeof dialog.showModal === 'function' ) {
				dialog.showModal();
			} else {
				dialog.setAttribute( 'open', '' ); // jsdom, old browsers.
			}
		}
		// Commands are not confirmed with Enter by mistake: Cancel has the focus first.
		cancel.current?.focus();
		return () => {
			if ( opener instanceof HTMLElement && opener.isConnected ) {
				opener.focus();
			}
		};
	}, [] );

	return (
		<dialog
			ref={ ref }
			className="webinars-room__dialog"
			aria-labelledby={ `${ id }-dialog-title` }
			aria-describedby={ `${ id }-dialog-message` }
			onCancel={ ( event ) => {
				event.preventDefault(); // React owns whether it is shown.
				onCancel();
			} }
		>
			<h3
				id={ `${ id }-dialog-title` }
				className="webinars-room__subtitle"
			>
				{ title }
			</h3>
			<p id={ `${ id }-dialog-message` }>{ message }</p>
			<div className="webinars-room__dialog-actions">
				<button
					type="button"
					ref={ cancel }
					className="wp-element-button webinars-room__button is-secondary"
					onClick={ onCancel }
				>
					{ __( 'Cancel', 'webinars' ) }
				</button>
				<button
					type="button"
					className="wp-element-button webinars-room__button"
					onClick={ onConfirm }
				>
					{ confirmLabel }
				</button>
			</div>
		</dialog>
	);
}
