<?php
/**
 * The job queue model: statuses and defaults.
 *
 * GENERATED from contracts/canon.json by scripts/generate-contracts.mjs: do not edit; run `npm run contracts`.
 *
 * @package Webinars
 */

namespace Webinars\Contracts;

defined( 'ABSPATH' ) || exit;

/**
 * The job queue model: statuses and defaults.
 *
 * @since 0.2.0
 */
final class Job {
	/**
	 * Status of a new job.
	 *
	 * @since 0.2.0
	 */
	public const INITIAL = 'pending';

	/**
	 * Job status: Waiting for its run_at: new, or a failed attempt waiting out its backoff.
	 *
	 * @since 0.2.0
	 */
	public const STATUS_PENDING = 'pending';

	/**
	 * Job status: Claimed by a runner until claim_expires; an expired claim is taken over.
	 *
	 * @since 0.2.0
	 */
	public const STATUS_RUNNING = 'running';

	/**
	 * Job status: The handler succeeded.
	 *
	 * @since 0.2.0
	 */
	public const STATUS_DONE = 'done';

	/**
	 * Job status: Failed max_attempts times; last_error says why.
	 *
	 * @since 0.2.0
	 */
	public const STATUS_DEAD = 'dead';

	/**
	 * Attempts before a job is dead (a type or a job may set its own).
	 *
	 * @since 0.2.0
	 */
	public const MAX_ATTEMPTS = 5;

	/**
	 * Seconds a claim lasts: a job still running after it may be taken over.
	 *
	 * @since 0.2.0
	 */
	public const CLAIM_SECONDS = 300;

	/**
	 * Delay before the 2nd attempt; it doubles with each failure.
	 *
	 * @since 0.2.0
	 */
	public const BACKOFF_BASE_SECONDS = 30;

	/**
	 * Longest delay between attempts.
	 *
	 * @since 0.2.0
	 */
	public const BACKOFF_MAX_SECONDS = 3600;

	/**
	 * Random extra delay, as a fraction of the delay (spreads retries).
	 *
	 * @since 0.2.0
	 */
	public const BACKOFF_JITTER = 0.25;

	/**
	 * Seconds between WP-Cron runs of the queue.
	 *
	 * @since 0.2.0
	 */
	public const CRON_INTERVAL_SECONDS = 60;

	/**
	 * Most jobs one WP-Cron run runs.
	 *
	 * @since 0.2.0
	 */
	public const CRON_BATCH = 50;

	/**
	 * Seconds after which a WP-Cron run claims no more jobs.
	 *
	 * @since 0.2.0
	 */
	public const CRON_TIME_LIMIT_SECONDS = 20;

	/**
	 * Days a finished job is kept before the daily purge.
	 *
	 * @since 0.2.0
	 */
	public const RETENTION_DAYS = 14;

	/**
	 * Every job status.
	 *
	 * @since 0.2.0
	 * @var list<string>
	 */
	public const STATUSES = array( 'pending', 'running', 'done', 'dead' );

	/**
	 * Statuses of a finished job (kept for the retention period, then purged).
	 *
	 * @since 0.2.0
	 * @var list<string>
	 */
	public const FINISHED = array( 'done', 'dead' );

	/**
	 * A job status as a label ("Pending").
	 *
	 * @since 0.2.0
	 *
	 * @param string $status Key.
	 */
	public static function status_label( string $status ): string {
		switch ( $status ) {
			case 'pending':
				return _x( 'Pending', 'job status', 'webinars' );
			case 'running':
				return _x( 'Running', 'job status', 'webinars' );
			case 'done':
				return _x( 'Done', 'job status', 'webinars' );
			case 'dead':
				return _x( 'Dead', 'job status', 'webinars' );
			default:
				return $status;
		}
	}
}
