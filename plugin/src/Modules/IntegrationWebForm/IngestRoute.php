<?php
/**
 * POST /webinars/v1/ingest: server-to-server form posts (a form plugin, a Zapier-style tool) as
 * core_ingest_event. The caller authenticates as a user who may emit system events (an application
 * password); the args schema is the action's contract payload; Core, listening, creates or updates
 * the lead and answers through the command's outcome. 202 with the lead ID; a replay of an
 * idempotency_key answers what its first ingest did.
 *
 * @package Webinars
 * @since   0.2.0
 */

namespace Webinars\Modules\IntegrationWebForm;

use Webinars\Contracts\Bus;
use Webinars\Contracts\Canon;
use Webinars\Contracts\Capabilities;
use Webinars\Contracts\Hooks;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;

defined( 'ABSPATH' ) || exit;

/**
 * The ingest route.
 *
 * @since 0.2.0
 */
final class IngestRoute {

	/**
	 * Most extra fields a submission may carry, and the longest value of one.
	 */
	private const MAX_FIELDS = 50;
	private const MAX_VALUE  = 2000;

	/**
	 * Registers the route (rest_api_init).
	 *
	 * @since 0.2.0
	 */
	public function register(): void {
		$schema = Canon::HOOKS[ Hooks::CORE_INGEST_EVENT ]['payload'];
		$args   = array();
		foreach ( $schema['properties'] as $name => $property ) {
			$args[ $name ] = $property + array( 'required' => in_array( $name, $schema['required'], true ) );
		}
		$args['fields']['validate_callback']     = array( $this, 'validate_fields' );
		$args['fields']['sanitize_callback']     = array( $this, 'sanitize_fields' );
		$args['webinar_id']['validate_callback'] = array( $this, 'validate_webinar' );
		register_rest_route(
			'webinars/v1',
			'/ingest',
			array(
				'methods'             => 'POST',
				'callback'            => array( $this, 'respond' ),
				'permission_callback' => array( $this, 'permission' ),
				'args'                => $args,
			)
		);
	}

	/**
	 * Users who may emit system events: 401 for anonymous callers, 403 for others.
	 *
	 * @since 0.2.0
	 *
	 * @return true|WP_Error
	 */
	public function permission() {
		if ( current_user_can( Capabilities::EMIT_SYSTEM_EVENTS ) ) {
			return true;
		}
		$message = is_user_logged_in()
			? __( 'This user may not send submissions: give it the “Webinars system (integrations)” role.', 'webinars' )
			: __( 'Authenticate with an application password of a user who may emit system events.', 'webinars' );
		return new WP_Error( 'rest_forbidden', $message, array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * The fields object: its contract schema, an e-mail address, a usable phone, and bounded extras.
	 *
	 * @since 0.2.0
	 *
	 * @param mixed           $value   Value.
	 * @param WP_REST_Request $request Request.
	 * @param string          $param   Parameter name.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function validate_fields( $value, $request, $param ) {
		$value = self::trim_email( $value );
		$valid = rest_validate_request_arg( $value, $request, $param );
		if ( true !== $valid ) {
			return $valid;
		}
		$fields = (array) $value;
		if ( count( $fields ) > self::MAX_FIELDS ) {
			/* translators: %d: maximum number of fields. */
			return new WP_Error( 'rest_invalid_param', sprintf( __( 'fields: at most %d fields.', 'webinars' ), self::MAX_FIELDS ) );
		}
		foreach ( $fields as $key => $field ) {
			if ( ! is_scalar( $field ) || strlen( (string) $field ) > self::MAX_VALUE ) {
				/* translators: 1: field name, 2: maximum length. */
				return new WP_Error( 'rest_invalid_param', sprintf( __( 'fields[%1$s] must be a text of at most %2$d characters.', 'webinars' ), $key, self::MAX_VALUE ) );
			}
		}
		$phone = isset( $fields['phone'] ) ? trim( (string) $fields['phone'] ) : '';
		if ( '' !== $phone && 1 !== preg_match( '/^[\s(]*(\+|00)?[\s\d().\/-]{6,}$/', $phone ) ) {
			return new WP_Error( 'rest_invalid_param', __( 'fields[phone] is not a phone number.', 'webinars' ) );
		}
		return true;
	}

	/**
	 * The fields object sanitised by its schema, the e-mail address trimmed first.
	 *
	 * @since 0.2.0
	 *
	 * @param mixed           $value   Value.
	 * @param WP_REST_Request $request Request.
	 * @param string          $param   Parameter name.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return mixed
	 */
	public function sanitize_fields( $value, $request, $param ) {
		return rest_sanitize_request_arg( self::trim_email( $value ), $request, $param );
	}

	/**
	 * The webinar_id names a webinar (through webinars_webinar: this module never reads Core's posts).
	 *
	 * @since 0.2.0
	 *
	 * @param mixed           $value   Value.
	 * @param WP_REST_Request $request Request.
	 * @param string          $param   Parameter name.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function validate_webinar( $value, $request, $param ) {
		$valid = rest_validate_request_arg( $value, $request, $param );
		if ( true !== $valid ) {
			return $valid;
		}
		$webinar = apply_filters( Hooks::WEBINARS_WEBINAR, null, (int) $value );
		if ( ! is_array( $webinar ) || 'trash' === ( $webinar['status'] ?? '' ) ) {
			return new WP_Error( 'rest_invalid_param', __( 'webinar_id: there is no such webinar.', 'webinars' ) );
		}
		return true;
	}

	/**
	 * Form tools pad values: the address " Ada@Example.org " is Ada's (Core lower-cases it).
	 *
	 * @param mixed $fields Fields as sent.
	 * @return mixed
	 */
	private static function trim_email( $fields ) {
		if ( is_array( $fields ) && isset( $fields['email'] ) && is_string( $fields['email'] ) ) {
			$fields['email'] = trim( $fields['email'] );
		}
		return $fields;
	}

	/**
	 * Fires core_ingest_event and answers from Core's outcome.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function respond( WP_REST_Request $request ) {
		$payload = array();
		foreach ( array_keys( Canon::HOOKS[ Hooks::CORE_INGEST_EVENT ]['payload']['properties'] ) as $name ) {
			$value = $request->get_param( (string) $name );
			if ( null !== $value ) {
				$payload[ (string) $name ] = $value;
			}
		}
		$outcome = Bus::command( Hooks::CORE_INGEST_EVENT, $payload );
		if ( is_wp_error( $outcome ) ) {
			return $outcome;
		}
		if ( $outcome->is_refused() ) {
			return $outcome->to_wp_error();
		}
		$response = new WP_REST_Response( $outcome->state(), 202 );
		$response->header( 'Cache-Control', 'private, no-store' );
		return $response;
	}
}
