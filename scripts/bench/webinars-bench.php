<?php
/**
 * Bench helpers for `npm run bench:room` (scripts/bench-room.sh). NOT a plugin to ship.
 *
 * Loaded only on the local stack site, through a loader mu-plugin that scripts/bench-room.sh writes into
 * .cache/stack/site/wp-content/mu-plugins/ for the duration of a bench run (and removes afterwards). The loader
 * defines WEBINARS_BENCH (the bench constant) before requiring this file; without it this file does nothing.
 *
 * What it adds while WEBINARS_BENCH is defined:
 * - GET /wp-json/bench/v1/ping: WordPress's minimal REST route, the baseline of the comparison.
 * - X-Bench-Queries: the number of SQL queries of the request ($wpdb->num_queries) on every REST response;
 *   with the request header `X-Bench-Explain: 1` also X-Bench-Query-List (the queries seen by the `query`
 *   filter after mu-plugins loaded, truncated).
 * - Application passwords over plain http on 127.0.0.1 (wp_is_application_passwords_available).
 * - WEBINARS_BENCH_HITLOG (optional, a file path): one line per REST request that reaches php-fpm
 *   ("<unix time> <route>"), to count what the origin sees behind the nginx microcache.
 * - WEBINARS_BENCH_STUB (optional): a stand-in of the room-state route and the CTA action under bench/v1
 *   (same headers, ETag, 304 and version rules as docs/rest.md), to test the bench tooling before the real
 *   routes exist.
 *
 * @package Webinars
 */

// phpcs:disable WordPress.WP.AlternativeFunctions -- bench-only file I/O.

defined( 'ABSPATH' ) || exit;

if ( ! defined( 'WEBINARS_BENCH' ) || ! WEBINARS_BENCH ) {
	return;
}

add_filter( 'wp_is_application_passwords_available', '__return_true', 99 );

add_action(
	'rest_api_init',
	static function () {
		register_rest_route(
			'bench/v1',
			'/ping',
			array(
				'methods'             => 'GET',
				'callback'            => fn() => array( 'ok' => true ),
				'permission_callback' => '__return_true',
			)
		);
		if ( defined( 'WEBINARS_BENCH_STUB' ) && WEBINARS_BENCH_STUB ) {
			webinars_bench_register_stub();
		}
	}
);

/**
 * Queries seen by the `query` filter (only when the request asks for the list).
 *
 * @var string[]
 */
$GLOBALS['webinars_bench_queries'] = array();
if ( isset( $_SERVER['HTTP_X_BENCH_EXPLAIN'] ) ) {
	add_filter(
		'query',
		static function ( $sql ) {
			$GLOBALS['webinars_bench_queries'][] = preg_replace( '/\s+/', ' ', trim( (string) $sql ) );
			return $sql;
		},
		PHP_INT_MAX
	);
}

add_filter(
	'rest_post_dispatch',
	static function ( $response, $server, $request ) {
		global $wpdb;
		if ( $response instanceof WP_HTTP_Response ) {
			$response->header( 'X-Bench-Queries', (string) (int) $wpdb->num_queries );
			if ( isset( $_SERVER['HTTP_X_BENCH_EXPLAIN'] ) ) {
				$list = implode( ' ;; ', $GLOBALS['webinars_bench_queries'] );
				$response->header( 'X-Bench-Query-List', substr( preg_replace( '/[^\x20-\x7e]/', '?', $list ), 0, 6000 ) );
			}
		}
		if ( defined( 'WEBINARS_BENCH_HITLOG' ) && WEBINARS_BENCH_HITLOG && $request instanceof WP_REST_Request ) {
			file_put_contents( WEBINARS_BENCH_HITLOG, sprintf( "%.3f %s %s\n", microtime( true ), $request->get_method(), $request->get_route() ), FILE_APPEND | LOCK_EX );
		}
		return $response;
	},
	PHP_INT_MAX,
	3
);

/**
 * The stand-in routes (WEBINARS_BENCH_STUB): GET bench/v1/stub-rooms/{id} and POST bench/v1/stub-cta.
 * State lives in one autoloaded option, like a cheap real implementation would.
 */
function webinars_bench_register_stub() {
	register_rest_route(
		'bench/v1',
		'/stub-rooms/(?P<id>\d+)',
		array(
			'methods'             => 'GET',
			'permission_callback' => '__return_true',
			'callback'            => static function ( WP_REST_Request $request ) {
				$id    = (int) $request['id'];
				$state = webinars_bench_stub_state( $id );
				$etag  = sprintf( '"r%d-v%d"', $id, $state['version'] );
				$inm   = (string) $request->get_header( 'if_none_match' );
				$resp  = new WP_REST_Response( $inm === $etag ? null : $state, $inm === $etag ? 304 : 200 );
				$resp->header( 'ETag', $etag );
				$resp->header( 'Cache-Control', 'public, max-age=1, stale-while-revalidate=1' );
				return $resp;
			},
		)
	);
	register_rest_route(
		'bench/v1',
		'/stub-cta',
		array(
			'methods'             => 'POST',
			'permission_callback' => static fn() => current_user_can( 'manage_options' ),
			'callback'            => static function ( WP_REST_Request $request ) {
				$id    = (int) $request['webinar_id'];
				$state = webinars_bench_stub_state( $id );
				$want  = (bool) $request['visible'];
				if ( $state['cta']['visible'] === $want ) {
					return array(
						'changed' => false,
						'state'   => $state,
					);
				}
				$state['cta']['visible'] = $want;
				++$state['version'];
				$all        = get_option( 'webinars_bench_stub', array() );
				$all[ $id ] = $state;
				update_option( 'webinars_bench_stub', $all, true );
				return array(
					'changed' => true,
					'state'   => $state,
				);
			},
		)
	);
}

/**
 * The stub's state of a webinar.
 *
 * @param int $id Webinar ID.
 * @return array{webinar_id: int, status: string, version: int, cta: array{visible: bool}}
 */
function webinars_bench_stub_state( $id ) {
	$all = get_option( 'webinars_bench_stub', array() );
	return is_array( $all ) && isset( $all[ $id ] ) ? $all[ $id ] : array(
		'webinar_id' => $id,
		'status'     => 'live',
		'version'    => 1,
		'cta'        => array( 'visible' => false ),
	);
}
