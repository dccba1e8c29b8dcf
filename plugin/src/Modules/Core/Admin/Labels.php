<?php
/**
 * The words wp-admin and the block editor use for webinars: every post type label, and the
 * notices after saving one or many ("Webinar published. View webinar", never "Post published").
 *
 * @package Webinars
 */

namespace Webinars\Modules\Core\Admin;

use Webinars\Contracts\Webinar;
use WP_Post;

defined( 'ABSPATH' ) || exit;

/**
 * Post type labels and updated messages of the webinar post type.
 *
 * @since 0.2.0
 */
final class Labels {

	/**
	 * Hooks the notices.
	 *
	 * @since 0.2.0
	 */
	public function register(): void {
		add_filter( 'post_updated_messages', array( $this, 'updated' ) );
		add_filter( 'bulk_post_updated_messages', array( $this, 'bulk' ), 10, 2 );
	}

	/**
	 * Every key of get_post_type_labels(), so that none falls back to the "Post" defaults.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, string>
	 */
	public static function post_type(): array {
		return array(
			'name'                     => _x( 'Webinars', 'post type general name', 'webinars' ),
			'singular_name'            => _x( 'Webinar', 'post type singular name', 'webinars' ),
			'add_new'                  => _x( 'Add New', 'new webinar', 'webinars' ),
			'add_new_item'             => __( 'Add New Webinar', 'webinars' ),
			'edit_item'                => __( 'Edit Webinar', 'webinars' ),
			'new_item'                 => __( 'New Webinar', 'webinars' ),
			'view_item'                => __( 'View Webinar', 'webinars' ),
			'view_items'               => __( 'View Webinars', 'webinars' ),
			'search_items'             => __( 'Search Webinars', 'webinars' ),
			'not_found'                => __( 'No webinars found.', 'webinars' ),
			'not_found_in_trash'       => __( 'No webinars found in Trash.', 'webinars' ),
			'parent_item_colon'        => __( 'Parent Webinar:', 'webinars' ),
			'all_items'                => __( 'All Webinars', 'webinars' ),
			'archives'                 => __( 'Webinar Archives', 'webinars' ),
			'attributes'               => __( 'Webinar Attributes', 'webinars' ),
			'insert_into_item'         => __( 'Insert into webinar', 'webinars' ),
			'uploaded_to_this_item'    => __( 'Uploaded to this webinar', 'webinars' ),
			'featured_image'           => _x( 'Featured image', 'image of a webinar', 'webinars' ),
			'set_featured_image'       => _x( 'Set featured image', 'image of a webinar', 'webinars' ),
			'remove_featured_image'    => _x( 'Remove featured image', 'image of a webinar', 'webinars' ),
			'use_featured_image'       => _x( 'Use as featured image', 'image of a webinar', 'webinars' ),
			'menu_name'                => _x( 'Webinars', 'admin menu', 'webinars' ),
			'name_admin_bar'           => _x( 'Webinar', 'add new on admin bar', 'webinars' ),
			'filter_items_list'        => __( 'Filter webinars list', 'webinars' ),
			'filter_by_date'           => __( 'Filter by date', 'webinars' ),
			'items_list_navigation'    => __( 'Webinars list navigation', 'webinars' ),
			'items_list'               => __( 'Webinars list', 'webinars' ),
			'item_published'           => __( 'Webinar published.', 'webinars' ),
			'item_published_privately' => __( 'Webinar published privately.', 'webinars' ),
			'item_reverted_to_draft'   => __( 'Webinar reverted to draft.', 'webinars' ),
			'item_trashed'             => __( 'Webinar trashed.', 'webinars' ),
			'item_scheduled'           => __( 'Webinar scheduled.', 'webinars' ),
			'item_updated'             => __( 'Webinar updated.', 'webinars' ),
			'item_link'                => _x( 'Webinar Link', 'navigation link block title', 'webinars' ),
			'item_link_description'    => _x( 'A link to a webinar.', 'navigation link block description', 'webinars' ),
			/* translators: Name of the single-webinar block template. */
			'template_name'            => __( 'Single item: Webinar', 'webinars' ),
		);
	}

	/**
	 * The post_updated_messages filter (the classic editor's notices, by message number).
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, array<int, string|false>> $messages Messages by post type.
	 * @return array<string, array<int, string|false>>
	 */
	public function updated( $messages ) {
		$post = get_post();
		$link = '';
		if ( $post instanceof WP_Post && is_post_type_viewable( Webinar::POST_TYPE ) ) {
			$link = sprintf( ' <a href="%1$s">%2$s</a>', esc_url( (string) get_permalink( $post ) ), esc_html__( 'View webinar', 'webinars' ) );
		}
		$when = $post instanceof WP_Post
			? date_i18n( _x( 'M j, Y \a\t H:i', 'scheduled webinar post date format', 'webinars' ), (int) strtotime( $post->post_date ) )
			: '';

		$messages[ Webinar::POST_TYPE ] = array(
			0  => '',
			1  => __( 'Webinar updated.', 'webinars' ) . $link,
			2  => __( 'Custom field updated.', 'webinars' ),
			3  => __( 'Custom field deleted.', 'webinars' ),
			4  => __( 'Webinar updated.', 'webinars' ),
			5  => __( 'Webinar restored to a revision.', 'webinars' ),
			6  => __( 'Webinar published.', 'webinars' ) . $link,
			7  => __( 'Webinar saved.', 'webinars' ),
			8  => __( 'Webinar submitted.', 'webinars' ),
			/* translators: %s: date and time the webinar page will be published. */
			9  => sprintf( __( 'Webinar page scheduled for: %s.', 'webinars' ), '<strong>' . esc_html( $when ) . '</strong>' ),
			10 => __( 'Webinar draft updated.', 'webinars' ),
		);
		return $messages;
	}

	/**
	 * The bulk_post_updated_messages filter (the list's notices after bulk actions).
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, array<string, string>> $messages Messages by post type.
	 * @param array<string, int>                   $counts   Affected posts by action.
	 * @return array<string, array<string, string>>
	 */
	public function bulk( $messages, $counts ) {
		$count = static function ( string $key ) use ( $counts ): int {
			return (int) ( $counts[ $key ] ?? 0 );
		};

		$messages[ Webinar::POST_TYPE ] = array(
			/* translators: %s: number of webinars. */
			'updated'   => _n( '%s webinar updated.', '%s webinars updated.', $count( 'updated' ), 'webinars' ),
			/* translators: %s: number of webinars. */
			'locked'    => _n( '%s webinar not updated, somebody is editing it.', '%s webinars not updated, somebody is editing them.', $count( 'locked' ), 'webinars' ),
			/* translators: %s: number of webinars. */
			'deleted'   => _n( '%s webinar permanently deleted.', '%s webinars permanently deleted.', $count( 'deleted' ), 'webinars' ),
			/* translators: %s: number of webinars. */
			'trashed'   => _n( '%s webinar moved to the Trash.', '%s webinars moved to the Trash.', $count( 'trashed' ), 'webinars' ),
			/* translators: %s: number of webinars. */
			'untrashed' => _n( '%s webinar restored from the Trash.', '%s webinars restored from the Trash.', $count( 'untrashed' ), 'webinars' ),
		);
		return $messages;
	}
}
