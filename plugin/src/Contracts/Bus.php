<?php
/**
 * The event bus: the one way a canonical action is fired. It validates the payload against the
 * action's contract first; a payload that breaks the contract is not fired, and is reported.
 * Facts go out with emit(); commands (inbound actions that a module applies) go through command(),
 * which hands every listener an Outcome and returns it, so the caller learns what happened as a
 * value instead of listening for an answer.
 *
 * @package Webinars
 */

namespace Webinars\Contracts;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Fires and listens to canonical actions.
 *
 * @since 0.1.0
 */
final class Bus {

	/**
	 * Fires a canonical action with a validated payload.
	 *
	 * Listeners receive one argument: the payload, sanitized by its schema (so "5" arrives as 5).
	 *
	 * @since 0.1.0
	 *
	 * @param string               $hook    Canonical action name (a Hooks constant).
	 * @param array<string, mixed> $payload Payload; must match the action's schema.
	 * @return true|WP_Error True when fired; the validation error when refused (nothing fired).
	 *
	 * @phpstan-param non-empty-string $hook
	 */
	public static function emit( string $hook, array $payload ) {
		$valid = self::validate( $hook, $payload );
		if ( is_wp_error( $valid ) ) {
			self::report( $hook, $valid, $payload );
			return $valid;
		}
		do_action( $hook, $valid );
		return true;
	}

	/**
	 * Fires an inbound canonical action (a command) and returns what its listener did.
	 *
	 * Listeners registered with listen() receive ( $payload, $outcome ); a plain add_action() with
	 * one accepted argument still gets the payload. A command nobody answered reads as refused
	 * with webinars_not_found: no module here owns what the command names (e.g. Core is not
	 * loaded), which is what the caller would see for an unknown webinar.
	 *
	 * @since 0.2.0
	 *
	 * @param string               $hook    Canonical action name (a Hooks constant).
	 * @param array<string, mixed> $payload Payload; must match the action's schema.
	 * @return Outcome|WP_Error The outcome; a WP_Error (status 400, naming the field) when the
	 *                          payload breaks the contract (nothing fired).
	 *
	 * @phpstan-param non-empty-string $hook
	 */
	public static function command( string $hook, array $payload ) {
		$valid = self::validate( $hook, $payload );
		if ( is_wp_error( $valid ) ) {
			self::report( $hook, $valid, $payload );
			return new WP_Error(
				Room::ERROR_INVALID,
				$valid->get_error_message(),
				array(
					'status' => Room::http_status( Room::ERROR_INVALID ),
					'hook'   => $hook,
					'reason' => $valid->get_error_code(),
				)
			);
		}
		$outcome = new Outcome();
		do_action( $hook, $valid, $outcome );
		if ( ! $outcome->is_settled() ) {
			$outcome->refuse(
				Room::ERROR_NOT_FOUND,
				/* translators: %s: action name. */
				sprintf( __( 'Nothing here handles %s.', 'webinars' ), $hook )
			);
		}
		return $outcome;
	}

	/**
	 * Checks a payload against an action's contract without firing anything.
	 *
	 * @since 0.1.0
	 *
	 * @param string               $hook    Canonical action name.
	 * @param array<string, mixed> $payload Payload to check.
	 * @return array<string, mixed>|WP_Error The sanitized payload, or an error naming the field.
	 */
	public static function validate( string $hook, array $payload ) {
		$contract = Canon::HOOKS[ $hook ] ?? null;
		if ( null === $contract ) {
			return new WP_Error(
				'webinars_unknown_hook',
				sprintf( '"%s" is not a canonical action.', $hook ),
				array( 'hook' => $hook )
			);
		}
		$schema = $contract['payload'];
		$result = rest_validate_value_from_schema( $payload, $schema, 'payload' );
		if ( is_wp_error( $result ) ) {
			return self::name_the_field( $result, $payload, $schema, $hook );
		}
		$sanitized = rest_sanitize_value_from_schema( $payload, $schema, 'payload' );
		if ( is_wp_error( $sanitized ) ) {
			return $sanitized;
		}
		return (array) $sanitized;
	}

	/**
	 * Some of WordPress' messages ("Invalid date.") do not say which field failed: find it and say.
	 *
	 * @param WP_Error             $error   Error from rest_validate_value_from_schema().
	 * @param array<string, mixed> $payload Payload.
	 * @param array<string, mixed> $schema  Payload schema.
	 * @param string               $hook    Action name.
	 */
	private static function name_the_field( WP_Error $error, array $payload, array $schema, string $hook ): WP_Error {
		$message = $error->get_error_message();
		if ( false === strpos( $message, 'payload' ) ) {
			foreach ( $schema['properties'] ?? array() as $key => $property ) {
				if ( array_key_exists( $key, $payload ) && is_wp_error( rest_validate_value_from_schema( $payload[ $key ], $property, "payload[$key]" ) ) ) {
					$message = sprintf( 'payload[%s]: %s', $key, $message );
					break;
				}
			}
		}
		return new WP_Error( (string) $error->get_error_code(), $message, array( 'hook' => $hook ) );
	}

	/**
	 * Registers a listener of a canonical action. The listener gets the payload array and, for a
	 * command fired through command(), the Outcome to answer (null when someone fired the action
	 * with do_action() or emit(): the listener then still applies it, with no one to tell).
	 *
	 * @since 0.1.0
	 * @since 0.2.0 Listeners receive the Outcome as a second argument.
	 *
	 * @param string   $hook     Canonical action name.
	 * @param callable $callback Listener; receives the payload array and the Outcome (or null).
	 * @param int      $priority Priority, as for add_action().
	 *
	 * @phpstan-param callable(array<string, mixed>, Outcome|null=): void $callback
	 */
	public static function listen( string $hook, callable $callback, int $priority = 10 ): void {
		if ( ! isset( Canon::HOOKS[ $hook ] ) ) {
			_doing_it_wrong( __METHOD__, esc_html( sprintf( '"%s" is not a canonical action.', $hook ) ), '0.1.0' );
			return;
		}
		add_action( $hook, $callback, $priority, 2 );
	}

	/**
	 * Reports a refused emission: a notice in debug mode, a log line always, and an action.
	 *
	 * @param string               $hook    Action that was refused.
	 * @param WP_Error             $error   Why.
	 * @param array<string, mixed> $payload The refused payload.
	 */
	private static function report( string $hook, WP_Error $error, array $payload ): void {
		$message = sprintf( 'Webinars: %s was not fired: %s', $hook, $error->get_error_message() );
		// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- a refused canonical action must leave a trace in production logs too.
		error_log( $message );
		_doing_it_wrong( __METHOD__, esc_html( $message ), '0.1.0' );

		/**
		 * Fires when a canonical action was refused because its payload broke the contract.
		 *
		 * @param string               $hook    Action name.
		 * @param WP_Error             $error   Validation error (its message names the field).
		 * @param array<string, mixed> $payload The refused payload.
		 */
		do_action( Hooks::WEBINARS_CONTRACT_VIOLATION, $hook, $error, $payload );
	}
}
