/**
 * The attendee view reads the shared block configuration as it is.
 */
export { readConfig, toRoomState } from '../../src/blocks/config';
