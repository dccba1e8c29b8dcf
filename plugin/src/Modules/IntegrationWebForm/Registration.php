<?php
/**
 * What the registration form needs to know of a webinar and of the client, asked through the
 * contract's filters (this module never reads Core's posts or the REST module's counters).
 *
 * @package Webinars
 * @since   0.2.0
 */

namespace Webinars\Modules\IntegrationWebForm;

use Webinars\Contracts\Hooks;
use Webinars\Contracts\Room;

defined( 'ABSPATH' ) || exit;

/**
 * Registration helpers.
 *
 * @since 0.2.0
 */
final class Registration {

	/**
	 * A published webinar, or null.
	 *
	 * @since 0.2.0
	 *
	 * @param int $webinar_id Webinar.
	 * @return array<string, mixed>|null
	 */
	public static function webinar( int $webinar_id ): ?array {
		$webinar = $webinar_id > 0 ? apply_filters( Hooks::WEBINARS_WEBINAR, null, $webinar_id ) : null;
		return is_array( $webinar ) && 'publish' === ( $webinar['status'] ?? '' ) ? $webinar : null;
	}

	/**
	 * Whether a webinar takes registrations: published and not ended.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $webinar From webinars_webinar.
	 */
	public static function is_open( array $webinar ): bool {
		$state = apply_filters( Hooks::WEBINARS_ROOM_STATE, null, (int) $webinar['id'] );
		return ! is_array( $state ) || Room::STATUS_ENDED !== ( $state['status'] ?? '' );
	}

	/**
	 * Counts a registration of this client: 0 when allowed, else seconds to wait. Default limit
	 * 10 per 10 minutes; webinars_throttle_limits' "register" entry changes it.
	 *
	 * @since 0.2.0
	 */
	public static function throttle(): int {
		/** Documented in docs/hooks.md (webinars_throttle_limits). */
		$limits                = (array) apply_filters( Hooks::WEBINARS_THROTTLE_LIMITS, array( 'register' => array( 10, 600 ) ) );
		list( $hits, $window ) = array_map( 'intval', (array) ( $limits['register'] ?? array( 10, 600 ) ) ) + array( 10, 600 );
		/** Documented in docs/hooks.md (webinars_client_hash). */
		$client = (string) apply_filters( Hooks::WEBINARS_CLIENT_HASH, '' );
		/** Documented in docs/hooks.md (webinars_throttle). */
		return (int) apply_filters( Hooks::WEBINARS_THROTTLE, 0, 'register|' . $client, max( 1, $hits ), max( 1, $window ) );
	}

	/**
	 * The lead's personal join link: the attendee page with a join token for lead:<id>, valid
	 * until $after seconds after the start (30 days from now when there is no start time).
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $webinar From webinars_webinar.
	 * @param int                  $lead_id Lead.
	 * @param int                  $after   Seconds the link outlives the start.
	 */
	public static function join_url( array $webinar, int $lead_id, int $after ): string {
		$start = strtotime( (string) $webinar['starts_at'] );
		$ttl   = false !== $start && '' !== (string) $webinar['starts_at'] ? max( 0, $start - time() ) + $after : 30 * 86400;
		/** Documented in docs/hooks.md (webinars_issue_join_token). */
		$token = (string) apply_filters( Hooks::WEBINARS_ISSUE_JOIN_TOKEN, '', (int) $webinar['id'], 'lead:' . $lead_id, $ttl );
		return add_query_arg( 'wt', rawurlencode( $token ), (string) $webinar['permalink'] );
	}
}
