<?php
/**
 * Runs due jobs. A runner holds no state beyond one call: it reads a batch of claimable jobs and
 * claims each one just before running it (so a claim's lifetime covers one job, not a batch),
 * with a compare-and-set that only one runner on any node can win. A runner that dies leaves a
 * claim that expires; the next runner takes the job over.
 *
 * @package Webinars
 * @since   0.2.0
 */

namespace Webinars\Jobs;

use Throwable;
use Webinars\Contracts\Job;

defined( 'ABSPATH' ) || exit;

/**
 * The run loop, the handler call and the retry policy.
 *
 * @since 0.2.0
 *
 * @phpstan-type Stats array{claimed: int, done: int, retried: int, dead: int, lost: int}
 */
final class Runner {

	/**
	 * Runs due jobs until $limit jobs ran, the time limit passed or (without $until_empty after one
	 * batch) no job is due.
	 *
	 * @since 0.2.0
	 *
	 * @param int   $limit       Most jobs to run in this call (one batch).
	 * @param float $time_limit  Seconds after which no job is claimed (0: no limit).
	 * @param bool  $until_empty Keep running batches until no job is due (then $limit is per batch).
	 * @return Stats
	 */
	public static function run( int $limit, float $time_limit = 0.0, bool $until_empty = false ): array {
		$owner    = self::owner();
		$types    = Queue::types();
		$deadline = $time_limit > 0 ? microtime( true ) + $time_limit : INF;
		$stats    = array(
			'claimed' => 0,
			'done'    => 0,
			'retried' => 0,
			'dead'    => 0,
			'lost'    => 0,
		);
		$limit    = max( 1, $limit );
		$in_batch = 0;
		$idle     = 0;
		while ( microtime( true ) < $deadline && $idle < 3 ) {
			$candidates = Store::claimable( time(), $limit - $in_batch );
			if ( array() === $candidates ) {
				break;
			}
			// Runners that read the same candidates spread out instead of racing row by row.
			shuffle( $candidates );
			$before = $stats['claimed'];
			foreach ( $candidates as $candidate ) {
				if ( microtime( true ) >= $deadline ) {
					break 2;
				}
				$claim_seconds = $types[ $candidate['type'] ]['claim_seconds'] ?? Job::CLAIM_SECONDS;
				if ( ! Store::claim( $candidate['id'], $owner, time(), $claim_seconds ) ) {
					continue; // Another runner has it.
				}
				++$stats['claimed'];
				++$in_batch;
				++$stats[ self::execute( $candidate['id'], $owner ) ];
			}
			// Rounds where others won every claim: stop after a few rather than spin.
			$idle = $stats['claimed'] === $before ? $idle + 1 : 0;
			if ( $in_batch >= $limit ) {
				if ( ! $until_empty ) {
					break;
				}
				$in_batch = 0;
			}
		}
		return $stats;
	}

	/**
	 * Runs one claimed job and records the outcome.
	 *
	 * @since 0.2.0
	 *
	 * @param int    $id    Job ID (claimed by $owner).
	 * @param string $owner Claim owner.
	 * @return 'done'|'retried'|'dead'|'lost'
	 */
	public static function execute( int $id, string $owner ): string {
		$job = Rows::get( $id );
		if ( null === $job || $owner !== $job['claim_owner'] ) {
			return 'lost';
		}
		if ( $job['attempts'] > $job['max_attempts'] ) {
			// Only a takeover gets here: the last attempt's runner died or overran its claim.
			$error = sprintf( 'The claim expired during attempt %d of %d (the runner died or ran too long).', $job['attempts'] - 1, $job['max_attempts'] );
			return Store::release( $id, $owner, Job::STATUS_DEAD, time(), $error ) ? 'dead' : 'lost';
		}
		$error = self::call_handler( $job );
		if ( null === $error ) {
			return Store::release( $id, $owner, Job::STATUS_DONE, time(), null ) ? 'done' : 'lost';
		}
		if ( $job['attempts'] >= $job['max_attempts'] ) {
			return Store::release( $id, $owner, Job::STATUS_DEAD, time(), $error ) ? 'dead' : 'lost';
		}
		$now = time();
		return Store::release( $id, $owner, Job::STATUS_PENDING, $now, $error, $now + self::backoff( $job['attempts'] ) ) ? 'retried' : 'lost';
	}

	/**
	 * Seconds to wait after the $attempts-th failed attempt: exponential, capped, with jitter so
	 * that jobs which failed together do not retry together.
	 *
	 * @since 0.2.0
	 *
	 * @param int $attempts Attempts made so far (1 or more).
	 */
	public static function backoff( int $attempts ): int {
		$exponent = min( max( 0, $attempts - 1 ), 30 );
		$delay    = (int) min( Job::BACKOFF_MAX_SECONDS, Job::BACKOFF_BASE_SECONDS * ( 2 ** $exponent ) );
		return $delay + random_int( 0, (int) floor( $delay * Job::BACKOFF_JITTER ) );
	}

	/**
	 * A claim owner unique to this call: host and process for diagnosis, a UUID for uniqueness.
	 *
	 * @since 0.2.0
	 */
	public static function owner(): string {
		$host = gethostname();
		return substr( ( false === $host ? 'host' : $host ), 0, 40 ) . '/' . getmypid() . '/' . wp_generate_uuid4();
	}

	/**
	 * Calls the type's handler. A handler fails by throwing or returning a WP_Error.
	 *
	 * @param array{id: int, type: string, payload: string, unique_key: string|null, attempts: int, max_attempts: int} $job Job row.
	 * @return string|null The error, or null on success.
	 */
	private static function call_handler( array $job ): ?string {
		$hook = Queue::handler_hook( $job['type'] );
		if ( ! has_filter( $hook ) ) {
			return sprintf( 'No handler for job type "%s" (%s).', $job['type'], $hook );
		}
		$payload = json_decode( $job['payload'], true );
		try {
			/**
			 * Runs one job of a type (webinars_job_{type}; see docs/hooks.md).
			 *
			 * @since 0.2.0
			 *
			 * @param mixed                $result  Null; a WP_Error to fail.
			 * @param array<mixed>         $payload The job's payload.
			 * @param array<string, mixed> $job     id, type, attempts, max_attempts, unique_key.
			 */
			$result = apply_filters(
				$hook,
				null,
				is_array( $payload ) ? $payload : array(),
				array(
					'id'           => $job['id'],
					'type'         => $job['type'],
					'attempts'     => $job['attempts'],
					'max_attempts' => $job['max_attempts'],
					'unique_key'   => $job['unique_key'],
				)
			);
		} catch ( Throwable $e ) {
			return get_class( $e ) . ': ' . $e->getMessage();
		}
		if ( is_wp_error( $result ) ) {
			return $result->get_error_code() . ': ' . $result->get_error_message();
		}
		return null;
	}
}
