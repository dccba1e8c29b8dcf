/**
 * What PHP tells the editor panel (window.webinarsEditor, Core's Admin\EditorSettings): the
 * site's time zone and whether the current user may choose organizers and speakers.
 */

export interface EditorSettings {
	/** Settings → General's time zone, as an IANA name. */
	siteTimeZone: string;
	/** Whether the user holds webinars_assign_staff. */
	canAssignStaff: boolean;
}

const isSettings = ( value: unknown ): value is EditorSettings =>
	typeof value === 'object' &&
	value !== null &&
	typeof ( value as EditorSettings ).siteTimeZone === 'string' &&
	typeof ( value as EditorSettings ).canAssignStaff === 'boolean';

/**
 * The settings; without them (an old server), UTC and read-only pickers: never the browser's
 * zone, never controls the server would refuse.
 */
export function editorSettings(): EditorSettings {
	const value = ( window as { webinarsEditor?: unknown } ).webinarsEditor;
	return isSettings( value )
		? value
		: { siteTimeZone: 'UTC', canAssignStaff: false };
}
