<?php
/**
 * WP-Cron drives the queue: a one-minute event runs a bounded batch, a daily event purges
 * finished jobs. A site with a system cron can set DISABLE_WP_CRON and run
 * `wp webinars jobs run --until-empty` every minute instead (or as well: claims keep them apart).
 *
 * @package Webinars
 * @since   0.2.0
 */

namespace Webinars\Jobs;

use Webinars\Contracts\Hooks;
use Webinars\Contracts\Job;

defined( 'ABSPATH' ) || exit;

/**
 * The queue's cron schedule and events.
 *
 * @since 0.2.0
 */
final class Cron {

	/**
	 * Cron event that runs due jobs.
	 *
	 * @since 0.2.0
	 */
	public const RUN_HOOK = 'webinars_jobs_run';

	/**
	 * Cron event that purges finished jobs.
	 *
	 * @since 0.2.0
	 */
	public const PURGE_HOOK = 'webinars_jobs_purge';

	/**
	 * The one-minute recurrence.
	 *
	 * @since 0.2.0
	 */
	public const SCHEDULE = 'webinars_every_minute';

	/**
	 * Registers the schedule, the events' callbacks and the lifecycle.
	 *
	 * @since 0.2.0
	 */
	public static function register(): void {
		add_filter( 'cron_schedules', array( self::class, 'schedules' ) ); // phpcs:ignore WordPress.WP.CronInterval.CronSchedulesInterval, WordPress.WP.CronInterval.ChangeDetected -- every minute is the queue's resolution (models.jobs.cron).
		add_action( self::RUN_HOOK, array( self::class, 'run' ) );
		add_action( self::PURGE_HOOK, array( self::class, 'purge' ) );
		add_action( Hooks::WEBINARS_ACTIVATE, array( self::class, 'schedule' ) );
		add_action( Hooks::WEBINARS_DEACTIVATE, array( self::class, 'unschedule' ) );
		add_action( Hooks::WEBINARS_UNINSTALL, array( self::class, 'unschedule' ) );
		// An update does not run the activation hook: schedule what is missing (one autoloaded read).
		add_action( 'init', array( self::class, 'ensure_scheduled' ), 20 );
	}

	/**
	 * Adds the one-minute recurrence.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, array{interval: int, display: string}> $schedules Schedules.
	 * @return array<string, array{interval: int, display: string}>
	 */
	public static function schedules( $schedules ): array {
		$schedules                   = (array) $schedules;
		$schedules[ self::SCHEDULE ] = array(
			'interval' => Job::CRON_INTERVAL_SECONDS,
			'display'  => __( 'Every minute (Webinars jobs)', 'webinars' ),
		);
		return $schedules;
	}

	/**
	 * Schedules both events (activation).
	 *
	 * @since 0.2.0
	 */
	public static function schedule(): void {
		if ( false === wp_next_scheduled( self::RUN_HOOK ) ) {
			wp_schedule_event( time(), self::SCHEDULE, self::RUN_HOOK );
		}
		if ( false === wp_next_scheduled( self::PURGE_HOOK ) ) {
			wp_schedule_event( time() + HOUR_IN_SECONDS, 'daily', self::PURGE_HOOK );
		}
	}

	/**
	 * Schedules the events when they are missing (after an update).
	 *
	 * @since 0.2.0
	 */
	public static function ensure_scheduled(): void {
		if ( false === wp_next_scheduled( self::RUN_HOOK ) || false === wp_next_scheduled( self::PURGE_HOOK ) ) {
			self::schedule();
		}
	}

	/**
	 * Removes both events (deactivation, uninstall).
	 *
	 * @since 0.2.0
	 */
	public static function unschedule(): void {
		wp_clear_scheduled_hook( self::RUN_HOOK );
		wp_clear_scheduled_hook( self::PURGE_HOOK );
	}

	/**
	 * The one-minute event: a batch bounded in count and time.
	 *
	 * @since 0.2.0
	 *
	 * @return array{claimed: int, done: int, retried: int, dead: int, lost: int}
	 */
	public static function run(): array {
		return Runner::run( Job::CRON_BATCH, (float) Job::CRON_TIME_LIMIT_SECONDS );
	}

	/**
	 * The daily event: deletes jobs finished more than the retention period ago.
	 *
	 * @since 0.2.0
	 *
	 * @return int Jobs deleted.
	 */
	public static function purge(): int {
		return Rows::purge( time() - self::retention_days() * 24 * HOUR_IN_SECONDS );
	}

	/**
	 * Days finished jobs are kept.
	 *
	 * @since 0.2.0
	 */
	public static function retention_days(): int {
		/**
		 * Days a finished (done or dead) job is kept before the daily purge deletes it.
		 *
		 * @since 0.2.0
		 *
		 * @param int $days Days (default models.jobs.retention_days).
		 */
		$days = (int) apply_filters( Hooks::WEBINARS_JOBS_RETENTION_DAYS, Job::RETENTION_DAYS );
		return max( 1, $days );
	}
}
