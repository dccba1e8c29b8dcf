<?php
/**
 * The form in the attendee view's guest part (webinars_registration_form), and the block alone:
 * accessible labels, the consent text attribute, the honeypot; none once the webinar has ended,
 * none for participants.
 *
 * @package Webinars
 */

namespace Webinars\Tests\Registration;

use Webinars\Contracts\Hooks;
use Webinars\Contracts\Room;

/**
 * The guest view's registration form.
 */
final class GuestFormTest extends RegistrationTestCase {

	/**
	 * The blocks are built (the tests need plugin/build).
	 */
	public function set_up(): void {
		parent::set_up();
		if ( ! \WP_Block_Type_Registry::get_instance()->is_registered( 'webinars/registration' ) ) {
			$this->markTestSkipped( 'Run npm run build first.' );
		}
		wp_set_current_user( 0 );
	}

	/**
	 * A guest sees the form inside the attendee view, labelled, with the default consent text.
	 */
	public function test_a_guest_gets_the_form(): void {
		$html = do_blocks( '<!-- wp:webinars/public {"webinarId":' . $this->webinar . '} /-->' );
		$this->assertStringContainsString( 'data-wp-interactive="webinars/registration"', $html );
		foreach ( array( 'name', 'email', 'phone', 'consent' ) as $field ) {
			$this->assertSame( 1, preg_match( '/<label for="([^"]+-' . $field . ')">/', $html, $label ), $field );
			$this->assertMatchesRegularExpression( '/<input [^>]*id="' . preg_quote( $label[1], '/' ) . '" name="' . $field . '"/', $html, $field );
		}
		$this->assertStringContainsString( 'name="website" type="text" tabindex="-1"', $html );
		$this->assertStringContainsString( 'I agree to receive messages', $html );
		$this->assertStringContainsString( 'role="alert"', $html );
	}

	/**
	 * The block's consent text is the block attribute.
	 */
	public function test_the_consent_text_is_the_attribute(): void {
		$html = do_blocks( '<!-- wp:webinars/registration {"webinarId":' . $this->webinar . ',"consentText":"I accept the <b>terms</b> of Acme"} /-->' );
		$this->assertStringContainsString( 'I accept the &lt;b&gt;terms&lt;/b&gt; of Acme', $html );
	}

	/**
	 * No form once the webinar has ended, nor on an unknown webinar.
	 */
	public function test_no_form_when_registration_is_closed(): void {
		add_filter(
			Hooks::WEBINARS_ROOM_STATE,
			static function ( $state ) {
				return is_array( $state ) ? array( 'status' => Room::STATUS_ENDED ) + $state : $state;
			},
			99
		);
		$this->assertSame( '', (string) apply_filters( Hooks::WEBINARS_REGISTRATION_FORM, '', $this->webinar ) );
		$this->assertSame( '', do_blocks( '<!-- wp:webinars/registration {"webinarId":999999} /-->' ) );
	}
}
