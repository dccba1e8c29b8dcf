<?php
/**
 * The deferred-work queue: plugin-level infrastructure (not a module). Modules reach it only
 * through hooks: they declare their job types (webinars_job_types), enqueue (webinars_enqueue_job)
 * and handle their jobs (webinars_job_{type}). Runs from WP-Cron and WP-CLI, never from a
 * browser request.
 *
 * @package Webinars
 * @since   0.2.0
 */

namespace Webinars\Jobs;

use Webinars\Contracts\Hooks;
use Webinars\Contracts\Job;
use Webinars\Contracts\Room;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Wires the queue and answers webinars_enqueue_job.
 *
 * @since 0.2.0
 */
final class Queue {

	/**
	 * Job type names: what a hook name may hold.
	 *
	 * @since 0.2.0
	 */
	public const TYPE_PATTERN = '/^[a-z0-9_]{1,64}$/';

	/**
	 * Registers the queue's hooks (once per request, from Plugin::boot()).
	 *
	 * @since 0.2.0
	 */
	public static function register(): void {
		add_filter( Hooks::WEBINARS_SCHEMA, array( Store::class, 'declare_table' ) );
		add_filter( Hooks::WEBINARS_ENQUEUE_JOB, array( self::class, 'enqueue_filter' ), 10, 4 );
		Cron::register();
		if ( defined( 'WP_CLI' ) && WP_CLI && class_exists( '\WP_CLI' ) ) {
			\WP_CLI::add_command( Command::NAME, Command::class );
		}
	}

	/**
	 * The webinars_enqueue_job filter: apply_filters( Hooks::WEBINARS_ENQUEUE_JOB, 0, $type, $payload, $options ).
	 *
	 * @since 0.2.0
	 *
	 * @param mixed $job_id  What earlier callbacks answered (ignored).
	 * @param mixed $type    Job type.
	 * @param mixed $payload Payload (JSON-encodable array).
	 * @param mixed $options unique_key, run_at, max_attempts.
	 * @return int|WP_Error
	 */
	public static function enqueue_filter( $job_id, $type = '', $payload = array(), $options = array() ) {
		unset( $job_id );
		return self::enqueue( is_string( $type ) ? $type : '', is_array( $payload ) ? $payload : array(), is_array( $options ) ? $options : array() );
	}

	/**
	 * Enqueues a job.
	 *
	 * @since 0.2.0
	 *
	 * @param string               $type    A declared job type.
	 * @param array<mixed>         $payload JSON-encodable payload.
	 * @param array<string, mixed> $options unique_key (string), run_at (Unix time), max_attempts (int).
	 * @return int|WP_Error Job ID (the existing one for a duplicate unique key).
	 */
	public static function enqueue( string $type, array $payload, array $options = array() ) {
		$types = self::types();
		if ( ! isset( $types[ $type ] ) ) {
			return self::invalid( 'type', sprintf( 'Undeclared job type "%s" (declare it with webinars_job_types).', $type ) );
		}
		$json = wp_json_encode( $payload );
		if ( false === $json ) {
			return self::invalid( 'payload', 'The payload cannot be encoded as JSON.' );
		}
		$key = $options['unique_key'] ?? null;
		if ( null !== $key && ( ! is_string( $key ) || '' === $key || mb_strlen( $key ) > Store::UNIQUE_KEY_MAX ) ) {
			return self::invalid( 'unique_key', sprintf( 'unique_key must be a string of 1 to %d characters.', Store::UNIQUE_KEY_MAX ) );
		}
		$now    = time();
		$run_at = $options['run_at'] ?? $now;
		if ( ! is_int( $run_at ) || $run_at < 0 ) {
			return self::invalid( 'run_at', 'run_at must be a Unix time (integer).' );
		}
		$max = $options['max_attempts'] ?? $types[ $type ]['max_attempts'];
		if ( ! is_int( $max ) || $max < 1 || $max > 100 ) {
			return self::invalid( 'max_attempts', 'max_attempts must be an integer from 1 to 100.' );
		}
		$id = Store::insert( $type, $json, $key, $run_at, $max, $now );
		if ( $id < 1 ) {
			return new WP_Error( 'webinars_job_not_stored', 'The job could not be stored.' );
		}
		return $id;
	}

	/**
	 * Declared job types with their options filled in.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, array{max_attempts: int, claim_seconds: int}>
	 */
	public static function types(): array {
		/**
		 * Job types the queue accepts (see docs/hooks.md).
		 *
		 * @since 0.2.0
		 *
		 * @param array<string, array{max_attempts?: int, claim_seconds?: int}> $types Type => options.
		 */
		$declared = (array) apply_filters( Hooks::WEBINARS_JOB_TYPES, array() );
		$types    = array();
		foreach ( $declared as $type => $options ) {
			if ( ! is_string( $type ) || 1 !== preg_match( self::TYPE_PATTERN, $type ) ) {
				continue;
			}
			$options        = is_array( $options ) ? $options : array();
			$types[ $type ] = array(
				'max_attempts'  => self::positive( $options['max_attempts'] ?? null, Job::MAX_ATTEMPTS ),
				'claim_seconds' => self::positive( $options['claim_seconds'] ?? null, Job::CLAIM_SECONDS ),
			);
		}
		return $types;
	}

	/**
	 * The hook a job type's handler listens to.
	 *
	 * @since 0.2.0
	 *
	 * @param string $type Job type.
	 * @return non-empty-string
	 */
	public static function handler_hook( string $type ): string {
		$hook = str_replace( '{type}', $type, Hooks::WEBINARS_JOB_TYPE );
		return '' === $hook ? Hooks::WEBINARS_JOB_TYPE : $hook;
	}

	/**
	 * A positive integer option, or the default.
	 *
	 * @param mixed $value   Declared value.
	 * @param int   $default Default.
	 */
	private static function positive( $value, int $default ): int {
		return is_int( $value ) && $value > 0 ? $value : $default;
	}

	/**
	 * A refusal naming the field.
	 *
	 * @param string $field   Field.
	 * @param string $message Message (for developers: not shown to visitors).
	 */
	private static function invalid( string $field, string $message ): WP_Error {
		return new WP_Error( Room::ERROR_INVALID, $message, array( 'field' => $field ) );
	}
}
