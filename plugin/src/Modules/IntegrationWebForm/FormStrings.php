<?php
/**
 * Every sentence of the registration form's store, translated here (the script module has no
 * wp.i18n).
 *
 * @package Webinars
 * @since   0.2.0
 */

namespace Webinars\Modules\IntegrationWebForm;

defined( 'ABSPATH' ) || exit;

/**
 * Translated strings of webinars/registration.
 *
 * @since 0.2.0
 */
final class FormStrings {

	/**
	 * The consent text when the block has none.
	 *
	 * @since 0.2.0
	 */
	public static function default_consent(): string {
		return __( 'I agree to receive messages about this webinar and to the processing of my personal data.', 'webinars' );
	}

	/**
	 * The store's strings.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, mixed>
	 */
	public static function for_store(): array {
		return array(
			'errors'    => array(
				'name'    => __( 'Name: enter your name.', 'webinars' ),
				'email'   => __( 'E-mail: enter a valid e-mail address.', 'webinars' ),
				'phone'   => __( 'Phone: enter a valid phone number, or leave it empty.', 'webinars' ),
				'consent' => __( 'Consent: tick the box to register.', 'webinars' ),
			),
			'failed'    => __( 'The registration could not be sent. Check your connection and try again.', 'webinars' ),
			/* translators: %d: seconds to wait. */
			'throttled' => __( 'Too many attempts. Try again in %d seconds.', 'webinars' ),
		);
	}
}
