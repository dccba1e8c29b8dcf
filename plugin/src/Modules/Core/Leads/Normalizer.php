<?php
/**
 * One spelling per person: the e-mail address trimmed and lower-cased, the phone number reduced to
 * its digits (E.164-like: a leading + kept, 00 read as +), the locale in WordPress's form.
 *
 * @package Webinars
 * @since   0.2.0
 */

namespace Webinars\Modules\Core\Leads;

defined( 'ABSPATH' ) || exit;

/**
 * Normalises lead identities.
 *
 * @since 0.2.0
 */
final class Normalizer {

	/**
	 * The e-mail address trimmed and lower-cased; '' when it is not one.
	 *
	 * @since 0.2.0
	 *
	 * @param mixed $email Raw value.
	 */
	public static function email( $email ): string {
		if ( ! is_string( $email ) ) {
			return '';
		}
		$email = strtolower( trim( $email ) );
		return strlen( $email ) <= 191 && false !== is_email( $email ) ? $email : '';
	}

	/**
	 * The phone number as "+digits" (or "digits" without a country prefix); '' when it has fewer
	 * than 6 or more than 15 digits (E.164's maximum) or letters.
	 *
	 * @since 0.2.0
	 *
	 * @param mixed $phone Raw value.
	 */
	public static function phone( $phone ): string {
		if ( ! is_string( $phone ) || 1 !== preg_match( '/^[\s\d+().\/-]*$/', $phone ) ) {
			return '';
		}
		$phone  = trim( $phone );
		$plus   = 0 === strpos( $phone, '+' ) || 0 === strpos( $phone, '00' );
		$digits = (string) preg_replace( '/\D/', '', $phone );
		if ( 0 === strpos( $phone, '00' ) ) {
			$digits = substr( $digits, 2 );
		}
		$length = strlen( $digits );
		if ( $length < 6 || $length > 15 ) {
			return '';
		}
		return ( $plus ? '+' : '' ) . $digits;
	}

	/**
	 * A locale such as "ru_RU" or "de"; '' when the value is not one.
	 *
	 * @since 0.2.0
	 *
	 * @param mixed $locale Raw value.
	 */
	public static function locale( $locale ): string {
		return is_string( $locale ) && 1 === preg_match( '/^[a-z]{2,3}(_[A-Z]{2})?(_[a-z0-9]+)?$/', $locale ) ? $locale : '';
	}
}
