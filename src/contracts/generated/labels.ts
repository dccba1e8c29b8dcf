/**
 * GENERATED from contracts/canon.json by scripts/generate-contracts.mjs: do not edit; run `npm run contracts`.
 */
/* eslint-disable */
import { __ } from '@wordpress/i18n';
import type { RoomStatus, StatusRequest } from './room';

/**
 * The translated label of a room status.
 *
 * @param status A room status.
 */
export function statusLabel( status: RoomStatus ): string {
	switch ( status ) {
		case "scheduled":
			return __( "Scheduled", 'webinars' );
		case "live":
			return __( "Live", 'webinars' );
		case "paused":
			return __( "Paused", 'webinars' );
		case "ended":
			return __( "Ended", 'webinars' );
		case "archived":
			return __( "Archived", 'webinars' );
	}
}

/**
 * The translated label of a requested transition (a button's name).
 *
 * @param request A requested transition.
 */
export function requestLabel( request: StatusRequest ): string {
	switch ( request ) {
		case "start":
			return __( "Start", 'webinars' );
		case "stop":
			return __( "Stop", 'webinars' );
		case "reset":
			return __( "Reset", 'webinars' );
		case "pause":
			return __( "Pause", 'webinars' );
		case "archive":
			return __( "Archive", 'webinars' );
	}
}
