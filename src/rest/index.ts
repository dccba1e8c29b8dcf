/**
 * The `webinars/v1` REST client: see client.ts and docs/rest.md.
 */
export {
	RestError,
	fetchMe,
	fetchRoomState,
	isRoomState,
	parseRetryAfter,
	postAction,
} from './client';
export type {
	FetchLike,
	FetchMeArgs,
	FetchRoomStateArgs,
	ResponseLike,
} from './client';
export { restUrl } from './url';
export type { QueryArgs } from './url';
export type * from './types';
