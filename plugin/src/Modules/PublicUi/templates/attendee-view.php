<?php
/**
 * The attendee view's one template: the first paint, and (through its data-wp-* directives) what
 * the webinars/public store updates. The directives read the context View::build() made; the
 * values printed here are the same, so the page is right before and without JavaScript.
 *
 * @package Webinars
 *
 * @var array<string, mixed> $view    View::build()'s result.
 * @var string               $wrapper get_block_wrapper_attributes() of the block.
 * @var int                  $webinar_id The webinar.
 */

use Webinars\Contracts\Hooks;
use Webinars\Contracts\Room;
use Webinars\Modules\PublicUi\Player;
use Webinars\Modules\PublicUi\View;

defined( 'ABSPATH' ) || exit;

$webinars_ctx     = $view['context'];
$webinars_cta     = $webinars_ctx['cta'];
$webinars_status  = (string) $webinars_ctx['status'];
$webinars_preview = View::VIEWER_PREVIEW === $view['viewer'];
$webinars_guest   = View::VIEWER_GUEST === $view['viewer'];
?>
<div <?php echo $wrapper; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- get_block_wrapper_attributes() escapes. ?>
	data-wp-interactive="webinars/public"
	<?php echo wp_interactivity_data_wp_context( $webinars_ctx ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- Escaped by core. ?>
	data-wp-init="callbacks.init">
	<div class="webinars-public">
		<?php if ( $webinars_preview ) : ?>
			<p class="webinars-public__preview"><?php esc_html_e( 'Preview', 'webinars' ); ?></p>
		<?php endif; ?>
		<div class="webinars-public__banner is-<?php echo esc_attr( $webinars_guest ? 'guest' : $webinars_status ); ?>"
			<?php foreach ( $webinars_guest ? array() : Room::STATUSES as $webinars_name ) : ?>
				data-wp-class--is-<?php echo esc_attr( $webinars_name ); ?>="context.is.<?php echo esc_attr( $webinars_name ); ?>"
			<?php endforeach; ?>
		>
			<?php if ( ! $webinars_guest ) : ?>
				<p class="webinars-public__status" data-wp-text="context.statusText"><?php echo esc_html( $webinars_ctx['statusText'] ); ?></p>
			<?php endif; ?>
			<?php if ( '' !== $view['when'] ) : ?>
				<p class="webinars-public__when" <?php echo $webinars_guest ? '' : 'data-wp-bind--hidden="!context.is.' . esc_attr( Room::STATUS_SCHEDULED ) . '"'; ?><?php echo $webinars_guest || $webinars_ctx['is'][ Room::STATUS_SCHEDULED ] ? '' : ' hidden'; ?>>
					<?php if ( $webinars_guest ) : ?>
						<span class="webinars-public__when-label"><?php esc_html_e( 'Scheduled start:', 'webinars' ); ?></span>
					<?php endif; ?>
					<time datetime="<?php echo esc_attr( $view['starts_at'] ); ?>"><?php echo esc_html( $view['when'] ); ?></time>
					<span class="webinars-public__local" data-wp-text="context.localText" data-wp-bind--hidden="!context.localText" hidden></span>
				</p>
			<?php endif; ?>
		</div>
		<?php if ( $webinars_guest ) : ?>
			<p class="webinars-public__guest">
				<?php esc_html_e( 'The live status is shown to registered attendees.', 'webinars' ); ?>
				<?php if ( '' !== $view['login_url'] ) : ?>
					<a class="webinars-public__login" href="<?php echo esc_url( $view['login_url'] ); ?>"><?php esc_html_e( 'Log in', 'webinars' ); ?></a>
				<?php endif; ?>
			</p>
			<?php
			/** Documented in docs/hooks.md (webinars_registration_form): the web-form module answers. */
			echo apply_filters( Hooks::WEBINARS_REGISTRATION_FORM, '', $webinar_id ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- a block's rendering, escaped by its template.
			?>
		<?php endif; ?>
		<?php if ( '' !== $view['room_link'] ) : ?>
			<p class="webinars-public__room-link"><a href="<?php echo esc_url( $view['room_link'] ); ?>"><?php esc_html_e( 'Open the speaker room', 'webinars' ); ?></a></p>
		<?php endif; ?>
		<p class="webinars-public__reconnecting" data-wp-bind--hidden="!context.reconnecting" hidden><?php esc_html_e( 'Connection lost. Reconnecting…', 'webinars' ); ?></p>
		<?php if ( ! $webinars_guest ) : ?>
			<div class="webinars-public__player" data-wp-bind--hidden="!context.player.src" data-wp-watch="callbacks.player"<?php echo '' !== $webinars_ctx['player']['src'] ? '' : ' hidden'; ?>>
				<p class="webinars-public__player-label" data-wp-bind--hidden="!context.player.recording"<?php echo $webinars_ctx['player']['recording'] ? '' : ' hidden'; ?>><?php esc_html_e( 'Recording', 'webinars' ); ?></p>
				<div class="webinars-public__frame"><?php echo Player::element( $webinars_ctx ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- Escaped in Player::element(). ?></div>
			</div>
		<?php endif; ?>
		<div class="webinars-public__cta" data-wp-bind--hidden="!context.cta.visible"<?php echo $webinars_cta['visible'] ? '' : ' hidden'; ?>>
			<p class="webinars-public__cta-text" data-wp-text="context.cta.text" data-wp-bind--hidden="!context.cta.text"<?php echo '' !== $webinars_cta['text'] ? '' : ' hidden'; ?>><?php echo esc_html( $webinars_cta['text'] ); ?></p>
			<a class="wp-element-button webinars-public__cta-button" data-wp-bind--href="context.cta.url" data-wp-bind--hidden="!context.cta.url" href="<?php echo esc_url( $webinars_cta['url'] ); ?>"<?php echo '' !== $webinars_cta['url'] ? '' : ' hidden'; ?> target="_blank" rel="noopener noreferrer"><span data-wp-text="context.cta.label"><?php echo esc_html( $webinars_cta['label'] ); ?></span><span class="webinars-visually-hidden"> <?php esc_html_e( '(opens in a new tab)', 'webinars' ); ?></span></a>
		</div>
		<div class="webinars-visually-hidden" aria-live="polite" aria-atomic="true" data-wp-text="context.announcement"></div>
	</div>
</div>
