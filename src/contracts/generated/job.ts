/**
 * GENERATED from contracts/canon.json by scripts/generate-contracts.mjs: do not edit; run `npm run contracts`.
 */
/* eslint-disable */

/** Every job status of the deferred-work queue. */
export const JOB_STATUSES = ["pending","running","done","dead"] as const;

/** A job status. */
export type JobStatus = ( typeof JOB_STATUSES )[ number ];

/** Statuses of a finished job. */
export const JOB_FINISHED: readonly JobStatus[] = ["done","dead"];
