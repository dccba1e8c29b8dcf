<?php
/**
 * WP-CLI: `wp webinars jobs run` (for a system cron, on any number of nodes at once) and
 * `wp webinars jobs list`. Registered only when WP-CLI runs; WP-CLI brings its own classes, so
 * the plugin ships no Composer dependency.
 *
 * @package Webinars
 * @since   0.2.0
 */

namespace Webinars\Jobs;

use WP_CLI;
use WP_CLI\Formatter;
use Webinars\Contracts\Job;

defined( 'ABSPATH' ) || exit;

/**
 * Runs and lists the plugin's deferred jobs.
 *
 * @since 0.2.0
 */
final class Command {

	/**
	 * The command's name.
	 *
	 * @since 0.2.0
	 */
	public const NAME = 'webinars jobs';

	/**
	 * Columns `list` shows by default.
	 *
	 * @since 0.2.0
	 */
	public const FIELDS = array( 'id', 'type', 'status', 'attempts', 'max_attempts', 'run_at', 'unique_key', 'last_error' );

	/**
	 * Runs due jobs.
	 *
	 * ## OPTIONS
	 *
	 * [--batch=<n>]
	 * : Most jobs to run (with --until-empty: per batch).
	 * ---
	 * default: 50
	 * ---
	 *
	 * [--until-empty]
	 * : Keep running batches until no job is due.
	 *
	 * [--time-limit=<seconds>]
	 * : Claim no more jobs after this many seconds (0: no limit).
	 * ---
	 * default: 0
	 * ---
	 *
	 * ## EXAMPLES
	 *
	 *     # From a system cron, every minute, on each node:
	 *     wp webinars jobs run --until-empty --time-limit=55
	 *
	 * @since 0.2.0
	 *
	 * @param array<int, string>   $args       Positional arguments (none).
	 * @param array<string, mixed> $assoc_args Options.
	 */
	public function run( $args, $assoc_args ): void {
		unset( $args );
		$batch = (int) ( $assoc_args['batch'] ?? 50 );
		$limit = (float) ( $assoc_args['time-limit'] ?? 0 );
		if ( $batch < 1 || $limit < 0 ) {
			WP_CLI::error( '--batch must be at least 1 and --time-limit at least 0.' );
		}
		$stats = Runner::run( $batch, $limit, ! empty( $assoc_args['until-empty'] ) );
		WP_CLI::success(
			sprintf(
				'Ran %d jobs: %d done, %d retried, %d dead, %d lost (claim taken over).',
				$stats['claimed'],
				$stats['done'],
				$stats['retried'],
				$stats['dead'],
				$stats['lost']
			)
		);
	}

	/**
	 * Lists jobs, newest first.
	 *
	 * ## OPTIONS
	 *
	 * [--status=<status>]
	 * : Only jobs in this status.
	 * ---
	 * options:
	 *   - pending
	 *   - running
	 *   - done
	 *   - dead
	 * ---
	 *
	 * [--type=<type>]
	 * : Only jobs of this type.
	 *
	 * [--limit=<n>]
	 * : Most jobs to list.
	 * ---
	 * default: 100
	 * ---
	 *
	 * [--fields=<fields>]
	 * : Comma-separated columns (id, type, payload, unique_key, status, run_at, attempts,
	 * max_attempts, claim_owner, claim_expires, last_error, created_at, updated_at, finished_at).
	 *
	 * [--format=<format>]
	 * : Output format.
	 * ---
	 * default: table
	 * options:
	 *   - table
	 *   - csv
	 *   - json
	 *   - yaml
	 *   - count
	 *   - ids
	 * ---
	 *
	 * @subcommand list
	 * @since 0.2.0
	 *
	 * @param array<int, string>   $args       Positional arguments (none).
	 * @param array<string, mixed> $assoc_args Options.
	 */
	public function list_( $args, $assoc_args ): void {
		unset( $args );
		$status = isset( $assoc_args['status'] ) ? (string) $assoc_args['status'] : null;
		if ( null !== $status && ! in_array( $status, Job::STATUSES, true ) ) {
			WP_CLI::error( sprintf( 'Unknown status "%s" (one of %s).', $status, implode( ', ', Job::STATUSES ) ) );
		}
		$type  = isset( $assoc_args['type'] ) ? (string) $assoc_args['type'] : null;
		$items = Rows::find( $status, $type, (int) ( $assoc_args['limit'] ?? 100 ) );
		if ( 'ids' === ( $assoc_args['format'] ?? '' ) ) {
			WP_CLI::line( implode( ' ', array_column( $items, 'id' ) ) );
			return;
		}
		$formatter = new Formatter( $assoc_args, self::FIELDS );
		$formatter->display_items( $items );
	}
}
