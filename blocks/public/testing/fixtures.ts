/**
 * Strings and a context as PHP hands them to the attendee view's store.
 */
import type { Strings, ViewContext } from '../model';

export const STRINGS: Strings = {
	status: {
		scheduled: 'This webinar has not started yet.',
		live: 'Live now',
		paused: 'The webinar is paused. It will resume shortly.',
		ended: 'This webinar has ended',
		archived: 'This webinar has ended',
	},
	announcement: {
		scheduled: 'The webinar has not started yet.',
		live: 'The webinar is live now.',
		paused: 'The webinar is paused.',
		ended: 'This webinar has ended.',
		archived: 'This webinar has ended.',
	},
	days: {
		'1': '%1$d day, %2$s',
		'2': '%1$d days, %2$s',
		'5': '%1$d days, %2$s',
	},
	startsIn: 'Starts in %s',
	startingSoon: 'Starting soon…',
	yourTime: '%s your time',
	newOffer: 'New offer: %s',
	offerGone: 'The offer is no longer shown.',
};

export function context( overrides: Partial< ViewContext > = {} ): ViewContext {
	return {
		webinarId: 7,
		following: true,
		rooms: 'https://example.test/wp-json/webinars/v1/rooms/7',
		key: 'k'.repeat( 64 ),
		token: '',
		tokenArg: 'wt',
		nonce: '',
		interval: 2000,
		version: 3,
		known: true,
		status: 'scheduled',
		is: {
			scheduled: true,
			live: false,
			paused: false,
			ended: false,
			archived: false,
		},
		startTs: Date.parse( '2026-12-01T17:00:00Z' ),
		zone: 'Europe/Berlin',
		statusText: '',
		localText: '',
		cta: { visible: false, text: '', label: 'Learn more', url: '' },
		announcement: '',
		reconnecting: false,
		media: null,
		player: { kind: '', src: '', recording: false },
		titles: { stream: 'Live stream: Demo', recording: 'Recording: Demo' },
		...overrides,
	};
}
