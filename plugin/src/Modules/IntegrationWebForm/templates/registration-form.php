<?php
/**
 * The registration form's one template: the form (usable before the script module loads: it
 * then only validates natively), the error alert, and the thank-you with the personal links.
 *
 * @package Webinars
 *
 * @var array<string, mixed> $context  The store's context.
 * @var array<string, mixed> $webinar  The webinar.
 * @var string               $consent  Consent text.
 * @var string               $form_id  Unique ID prefix.
 * @var string               $wrapper  get_block_wrapper_attributes() of the block.
 */

defined( 'ABSPATH' ) || exit;

$webinars_fields = array(
	'name'  => array( __( 'Name', 'webinars' ), 'text', 'name', true, 191 ),
	'email' => array( __( 'E-mail', 'webinars' ), 'email', 'email', true, 191 ),
	'phone' => array( __( 'Phone (optional)', 'webinars' ), 'tel', 'tel', false, 64 ),
);
?>
<div <?php echo $wrapper; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- get_block_wrapper_attributes() escapes. ?>
	data-wp-interactive="webinars/registration"
	<?php echo wp_interactivity_data_wp_context( $context ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- Escaped by core. ?>
	data-wp-init="callbacks.init">
	<form class="webinars-registration" novalidate method="post" action="#"
		aria-labelledby="<?php echo esc_attr( $form_id ); ?>-title"
		data-wp-on--submit="actions.submit" data-wp-bind--hidden="context.done">
		<h2 class="webinars-registration__title" id="<?php echo esc_attr( $form_id ); ?>-title"><?php esc_html_e( 'Register for the webinar', 'webinars' ); ?></h2>
		<p class="webinars-registration__error" role="alert" tabindex="-1" data-wp-text="context.error" data-wp-bind--hidden="!context.error" hidden></p>
		<?php foreach ( $webinars_fields as $webinars_name => list( $webinars_label, $webinars_input, $webinars_auto, $webinars_required, $webinars_max ) ) : ?>
			<p class="webinars-registration__field">
				<label for="<?php echo esc_attr( $form_id . '-' . $webinars_name ); ?>"><?php echo esc_html( $webinars_label ); ?><?php echo $webinars_required ? ' <span aria-hidden="true">*</span>' : ''; ?></label>
				<input id="<?php echo esc_attr( $form_id . '-' . $webinars_name ); ?>" name="<?php echo esc_attr( $webinars_name ); ?>" type="<?php echo esc_attr( $webinars_input ); ?>"
					autocomplete="<?php echo esc_attr( $webinars_auto ); ?>" maxlength="<?php echo (int) $webinars_max; ?>"<?php echo $webinars_required ? ' required aria-required="true"' : ''; ?>
					data-wp-bind--aria-invalid="context.invalid.<?php echo esc_attr( $webinars_name ); ?>" />
			</p>
		<?php endforeach; ?>
		<div class="webinars-registration__hp" aria-hidden="true">
			<label for="<?php echo esc_attr( $form_id ); ?>-website"><?php esc_html_e( 'Leave this field empty', 'webinars' ); ?></label>
			<input id="<?php echo esc_attr( $form_id ); ?>-website" name="website" type="text" tabindex="-1" autocomplete="off" />
		</div>
		<p class="webinars-registration__consent">
			<input id="<?php echo esc_attr( $form_id ); ?>-consent" name="consent" type="checkbox" value="1" required aria-required="true" data-wp-bind--aria-invalid="context.invalid.consent" />
			<label for="<?php echo esc_attr( $form_id ); ?>-consent"><?php echo esc_html( $consent ); ?></label>
		</p>
		<p class="webinars-registration__submit">
			<button type="submit" class="wp-element-button" data-wp-bind--disabled="context.sending" data-wp-bind--aria-busy="context.sending"><?php esc_html_e( 'Register', 'webinars' ); ?></button>
		</p>
	</form>
	<div class="webinars-registration__done" tabindex="-1" data-wp-bind--hidden="!context.done" hidden>
		<h2 class="webinars-registration__title"><?php esc_html_e( 'You are registered', 'webinars' ); ?></h2>
		<p><?php esc_html_e( 'This is your personal join link. Keep it: it lets you into the webinar without logging in. Do not share it.', 'webinars' ); ?></p>
		<p><a class="wp-element-button webinars-registration__join" data-wp-bind--href="context.joinUrl" href="#"><?php esc_html_e( 'Join the webinar', 'webinars' ); ?></a></p>
		<p class="webinars-registration__link"><a data-wp-bind--href="context.joinUrl" data-wp-text="context.joinUrl" href="#"></a></p>
		<p class="webinars-registration__calendar">
			<a data-wp-bind--href="context.icsUrl" href="#" download><?php esc_html_e( 'Add to calendar (.ics)', 'webinars' ); ?></a>
			<a data-wp-bind--href="context.googleUrl" data-wp-bind--hidden="!context.googleUrl" href="#" target="_blank" rel="noopener noreferrer"><?php esc_html_e( 'Google Calendar', 'webinars' ); ?><span class="webinars-visually-hidden"> <?php esc_html_e( '(opens in a new tab)', 'webinars' ); ?></span></a>
		</p>
	</div>
</div>
