<?php
/**
 * POST /webinars/v1/registrations: the public registration form. Anonymous callers are welcome
 * (the form is on a public page); each client address is rate-limited through webinars_throttle;
 * a filled honeypot answers 202 and stores nothing. The submission becomes core_ingest_event
 * (idempotent by the form's client-made key: a double submit is one effect); the answer (201) is
 * the lead's personal join link and the calendar links.
 *
 * @package Webinars
 * @since   0.2.0
 */

namespace Webinars\Modules\IntegrationWebForm;

use Webinars\Contracts\Bus;
use Webinars\Contracts\Canon;
use Webinars\Contracts\Hooks;
use Webinars\Contracts\Room;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;

defined( 'ABSPATH' ) || exit;

/**
 * The registration route.
 *
 * @since 0.2.0
 */
final class RegistrationRoute {

	/**
	 * The source and form ID the registrations carry; the honeypot parameter.
	 *
	 * @since 0.2.0
	 */
	public const SOURCE   = 'registration-block';
	public const HONEYPOT = 'website';

	/**
	 * How long a join link outlives the start.
	 */
	private const TOKEN_AFTER_START = 3 * 86400;

	/**
	 * Registers the route (rest_api_init).
	 *
	 * @since 0.2.0
	 */
	public function register(): void {
		register_rest_route(
			'webinars/v1',
			'/registrations',
			array(
				'methods'             => 'POST',
				'callback'            => array( $this, 'respond' ),
				'permission_callback' => array( $this, 'permission' ),
				'args'                => self::args(),
			)
		);
	}

	/**
	 * The args: the lead fields, ref_id and idempotency_key as core_ingest_event's contract has them.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function args(): array {
		$payload = Canon::HOOKS[ Hooks::CORE_INGEST_EVENT ]['payload']['properties'];
		$fields  = $payload['fields']['properties'];
		$trim    = static function ( $value ) {
			return is_string( $value ) ? trim( $value ) : $value;
		};
		return array(
			'webinar_id'      => $payload['webinar_id'] + array( 'required' => true ),
			'email'           => $fields['email'] + array(
				'required'          => true,
				'validate_callback' => static function ( $value, $request, $param ) use ( $trim ) {
					return rest_validate_request_arg( $trim( $value ), $request, $param );
				},
				'sanitize_callback' => static function ( $value ) use ( $trim ) {
					return sanitize_email( (string) $trim( $value ) );
				},
			),
			'name'            => $fields['name'] + array(
				'required'  => true,
				'minLength' => 1,
			),
			'phone'           => $fields['phone'] + array( 'validate_callback' => array( self::class, 'validate_phone' ) ),
			'consent'         => $payload['consent'] + array(
				'required'          => true,
				'validate_callback' => array( self::class, 'validate_consent' ),
			),
			'consent_version' => $fields['consent_version'],
			'ref_id'          => $payload['ref_id'],
			'idempotency_key' => array(
				'maxLength' => 128, // Prefixed before it reaches the contract's 191.
				'required'  => true,
			) + $payload['idempotency_key'],
			self::HONEYPOT    => array(
				'type'      => 'string',
				'maxLength' => 2000,
			),
		);
	}

	/**
	 * An optional phone number that looks like one.
	 *
	 * @since 0.2.0
	 *
	 * @param mixed           $value   Value.
	 * @param WP_REST_Request $request Request.
	 * @param string          $param   Parameter name.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public static function validate_phone( $value, $request, $param ) {
		$valid = rest_validate_request_arg( $value, $request, $param );
		if ( true !== $valid ) {
			return $valid;
		}
		$phone = trim( (string) $value );
		if ( '' !== $phone && 1 !== preg_match( '/^[\s(]*(\+|00)?[\s\d().\/-]{6,}$/', $phone ) ) {
			return new WP_Error( 'rest_invalid_param', __( 'phone is not a phone number.', 'webinars' ) );
		}
		return true;
	}

	/**
	 * Consent is a boolean, and it must be given.
	 *
	 * @since 0.2.0
	 *
	 * @param mixed           $value   Value.
	 * @param WP_REST_Request $request Request.
	 * @param string          $param   Parameter name.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public static function validate_consent( $value, $request, $param ) {
		$valid = rest_validate_request_arg( $value, $request, $param );
		if ( true !== $valid ) {
			return $valid;
		}
		return true === $value || ( is_string( $value ) && in_array( strtolower( $value ), array( 'true', '1' ), true ) ) || 1 === $value ? true : new WP_Error( 'rest_invalid_param', __( 'consent: agree to the terms to register.', 'webinars' ) );
	}

	/**
	 * Anyone may register for a webinar that is published and not over: 404 for any other ID
	 * (drafts stay hidden), 409 once it has ended.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function permission( WP_REST_Request $request ) {
		$id      = $request->get_param( 'webinar_id' );
		$webinar = is_numeric( $id ) ? Registration::webinar( (int) $id ) : null;
		if ( null === $webinar ) {
			return new WP_Error( Room::ERROR_NOT_FOUND, __( 'webinar_id: there is no such webinar.', 'webinars' ), array( 'status' => 404 ) );
		}
		if ( ! Registration::is_open( $webinar ) ) {
			return new WP_Error( 'webinars_registration_closed', __( 'This webinar has ended: registration is closed.', 'webinars' ), array( 'status' => 409 ) );
		}
		return true;
	}

	/**
	 * Registers the visitor and answers with their links.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function respond( WP_REST_Request $request ) {
		$retry = Registration::throttle();
		if ( $retry > 0 ) {
			return self::throttled( $retry );
		}
		if ( '' !== trim( (string) $request->get_param( self::HONEYPOT ) ) ) {
			return self::answer( array( 'received' => true ), 202 );
		}
		$id      = (int) $request->get_param( 'webinar_id' );
		$outcome = Bus::command( Hooks::CORE_INGEST_EVENT, self::payload( $request ) );
		if ( is_wp_error( $outcome ) ) {
			return $outcome;
		}
		if ( $outcome->is_refused() ) {
			return $outcome->to_wp_error();
		}
		$lead_id = (int) ( $outcome->state()['lead_id'] ?? 0 );
		$webinar = (array) Registration::webinar( $id );
		return self::answer(
			array(
				'received' => true,
				'join_url' => Registration::join_url( $webinar, $lead_id, self::TOKEN_AFTER_START ),
				'calendar' => array(
					'google' => Calendar::google_url( $webinar ),
					'ics'    => rest_url( 'webinars/v1/webinars/' . $id . '/calendar.ics' ),
				),
			),
			201
		);
	}

	/**
	 * The core_ingest_event payload of a request.
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return array<string, mixed>
	 */
	private static function payload( WP_REST_Request $request ): array {
		$fields = array(
			'email'  => (string) $request->get_param( 'email' ),
			'name'   => sanitize_text_field( (string) $request->get_param( 'name' ) ),
			'locale' => determine_locale(),
		);
		foreach ( array( 'phone', 'consent_version' ) as $name ) {
			$value = trim( (string) $request->get_param( $name ) );
			if ( '' !== $value ) {
				$fields[ $name ] = sanitize_text_field( $value );
			}
		}
		return array(
			'source'          => self::SOURCE,
			'form_id'         => self::SOURCE . ':' . (int) $request->get_param( 'webinar_id' ),
			'fields'          => $fields,
			'webinar_id'      => (int) $request->get_param( 'webinar_id' ),
			'ref_id'          => (string) $request->get_param( 'ref_id' ),
			'consent'         => true,
			'submitted_at'    => gmdate( 'Y-m-d\TH:i:s\Z' ),
			'idempotency_key' => 'registration:' . (string) $request->get_param( 'idempotency_key' ),
		);
	}

	/**
	 * A private answer (it holds a personal link).
	 *
	 * @param array<string, mixed> $data   Body.
	 * @param int                  $status Status.
	 */
	private static function answer( array $data, int $status ): WP_REST_Response {
		$response = new WP_REST_Response( $data, $status );
		$response->header( 'Cache-Control', 'private, no-store' );
		return $response;
	}

	/**
	 * A 429 telling when to come back.
	 *
	 * @param int $retry_after Seconds.
	 */
	private static function throttled( int $retry_after ): WP_REST_Response {
		$response = rest_convert_error_to_response( new WP_Error( Room::ERROR_THROTTLED, __( 'Too many registrations from here: try again in a moment.', 'webinars' ), array( 'status' => 429 ) ) );
		$response->header( 'Retry-After', (string) $retry_after );
		return $response;
	}
}
