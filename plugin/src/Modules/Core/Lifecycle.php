<?php
/**
 * Rewrite rules follow the post type: activation registers it (the activation request ran `init`
 * before the plugin was loaded) and flushes, so a new webinar's permalink resolves at once;
 * deactivation unregisters it and flushes, so no dead `webinar/` rules stay behind.
 *
 * @package Webinars
 */

namespace Webinars\Modules\Core;

use Webinars\Contracts\Webinar;

defined( 'ABSPATH' ) || exit;

/**
 * Activation and deactivation of the post type's rewrite rules.
 *
 * @since 0.2.0
 */
final class Lifecycle {

	/**
	 * Registers the post type.
	 *
	 * @var Webinars
	 */
	private Webinars $webinars;

	/**
	 * Constructor.
	 *
	 * @since 0.2.0
	 *
	 * @param Webinars $webinars Post type registration.
	 */
	public function __construct( Webinars $webinars ) {
		$this->webinars = $webinars;
	}

	/**
	 * The webinars_activate action (per site): register the post type, then flush.
	 *
	 * @since 0.2.0
	 */
	public function activate(): void {
		if ( ! post_type_exists( Webinar::POST_TYPE ) ) {
			$this->webinars->register();
		}
		self::flush();
	}

	/**
	 * The webinars_deactivate action (per site): unregister the post type, then flush.
	 *
	 * @since 0.2.0
	 */
	public function deactivate(): void {
		if ( post_type_exists( Webinar::POST_TYPE ) ) {
			unregister_post_type( Webinar::POST_TYPE );
		}
		self::flush();
	}

	/**
	 * Rebuilds the rules now; on another site of a network (switch_to_blog() does not switch
	 * $wp_rewrite's permalink structure) drops them, and that site rebuilds them on its next request.
	 */
	private static function flush(): void {
		if ( is_multisite() && ms_is_switched() ) {
			delete_option( 'rewrite_rules' );
			return;
		}
		flush_rewrite_rules( false );
	}
}
