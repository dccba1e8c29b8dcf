<?php
/**
 * DELETE /webinars/v1/leads/{id}: an administrator deletes a lead (core_lead_deleted follows).
 *
 * @package Webinars
 * @since   0.2.0
 */

namespace Webinars\Modules\Core\Leads;

use Webinars\Contracts\Capabilities;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;

defined( 'ABSPATH' ) || exit;

/**
 * The admin's lead route.
 *
 * @since 0.2.0
 */
final class LeadRoute {

	/**
	 * Registers the route (rest_api_init).
	 *
	 * @since 0.2.0
	 */
	public function register(): void {
		register_rest_route(
			'webinars/v1',
			'/leads/(?P<id>\d+)',
			array(
				'methods'             => 'DELETE',
				'callback'            => array( $this, 'delete' ),
				'permission_callback' => array( $this, 'permission' ),
				'args'                => array(
					'id' => array(
						'description' => __( 'Lead ID.', 'webinars' ),
						'type'        => 'integer',
						'minimum'     => 1,
						'required'    => true,
					),
				),
			)
		);
	}

	/**
	 * Users who manage the plugin: 401 for anonymous callers, 403 for others.
	 *
	 * @since 0.2.0
	 *
	 * @return true|WP_Error
	 */
	public function permission() {
		return current_user_can( Capabilities::MANAGE )
			? true
			: new WP_Error( 'rest_forbidden', __( 'Only those who manage Webinars may delete a registrant.', 'webinars' ), array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * Deletes the lead: 200 {deleted, id}, or 404.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function delete( WP_REST_Request $request ) {
		$id = (int) $request['id'];
		if ( ! Leads::delete( $id ) ) {
			return new WP_Error( 'webinars_not_found', __( 'There is no such registrant.', 'webinars' ), array( 'status' => 404 ) );
		}
		return new WP_REST_Response(
			array(
				'deleted' => true,
				'id'      => $id,
			)
		);
	}
}
