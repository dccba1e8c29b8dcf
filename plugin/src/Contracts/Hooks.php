<?php
/**
 * Hook names of the Webinars contracts.
 *
 * GENERATED from contracts/canon.json by scripts/generate-contracts.mjs: do not edit; run `npm run contracts`.
 *
 * @package Webinars
 */

namespace Webinars\Contracts;

defined( 'ABSPATH' ) || exit;

/**
 * Hook names of the Webinars contracts.
 */
final class Hooks {
	/**
	 * Canonical entry point for a lead coming from a web form. (integration-web-form → core)
	 */
	public const CORE_INGEST_EVENT = 'core_ingest_event';

	/**
	 * A lead was created; starts scenarios. (core → scenario-engine)
	 */
	public const CORE_LEAD_CREATED = 'core_lead_created';

	/**
	 * A lead was updated. (core → scenario-engine)
	 */
	public const CORE_LEAD_UPDATED = 'core_lead_updated';

	/**
	 * A lead was deleted. (core → scenario-engine)
	 */
	public const CORE_LEAD_DELETED = 'core_lead_deleted';

	/**
	 * Leads were merged into lead_id. (core → scenario-engine)
	 */
	public const CORE_LEAD_MERGED = 'core_lead_merged';

	/**
	 * Start or stop a webinar; only Core changes the status. (webinar-control-integration → core)
	 */
	public const CORE_WEBINAR_SET_STATUS = 'core_webinar_set_status';

	/**
	 * Show or hide the call-to-action; the UI never stores the CTA itself. (room-ui, public-ui → core)
	 */
	public const CORE_WEBINAR_SET_CTA_VISIBILITY = 'core_webinar_set_cta_visibility';

	/**
	 * A user registered (AutoWebinar runtime input). (core → autowebinar-delivery)
	 */
	public const CORE_USER_REGISTERED = 'core_user_registered';

	/**
	 * A user logged in (AutoWebinar runtime input). (core → autowebinar-delivery)
	 */
	public const CORE_USER_LOGIN = 'core_user_login';

	/**
	 * The canonical referral context of a user was resolved (AutoWebinar runtime input). (core → autowebinar-delivery)
	 */
	public const CORE_REF_CONTEXT_RESOLVED = 'core_ref_context_resolved';

	/**
	 * A lead registered for a webinar. (client-webinar-tracker → action-consumer)
	 */
	public const CLIENT_WEBINAR_REGISTERED = 'client_webinar_registered';

	/**
	 * A lead entered the webinar. Once per participation session. (client-webinar-tracker → attendance-service, action-consumer)
	 */
	public const CLIENT_WEBINAR_ENTERED = 'client_webinar_entered';

	/**
	 * A lead left the webinar. Once per participation session. (client-webinar-tracker → attendance-service, action-consumer)
	 */
	public const CLIENT_WEBINAR_LEFT = 'client_webinar_left';

	/**
	 * A lead completed the webinar. Once per participation session; does not replace client_webinar_left. (client-webinar-tracker → event-emitter, attendance-service, action-consumer)
	 */
	public const CLIENT_WEBINAR_COMPLETED = 'client_webinar_completed';

	/**
	 * A lead submitted the post-webinar form. May repeat on resubmission. (client-webinar-tracker → action-consumer)
	 */
	public const CLIENT_WEBINAR_FORM_SUBMITTED = 'client_webinar_form_submitted';

	/**
	 * Normalised downstream fact of completion (same payload as client_webinar_completed). (event-emitter → scenario-service, action-consumer)
	 */
	public const WEBINAR_COMPLETED = 'webinar_completed';

	/**
	 * Attendance classified as attended or not attended. (attendance-service → attendance-telegram, post-webinar-routing, action-consumer)
	 */
	public const CLIENT_WEBINAR_ATTENDANCE_CLASSIFIED = 'client_webinar_attendance_classified';

	/**
	 * The post-webinar route of a lead; route always agrees with attended and is not redefined by consumers. (post-webinar-routing → followup-telegram, recording-followup-telegram)
	 */
	public const POST_WEBINAR_ROUTE = 'post_webinar_route';

	/**
	 * An AutoWebinar session was created. (autowebinar-delivery → core, analytics)
	 */
	public const AUTOWEBINAR_SESSION_CREATED = 'autowebinar_session_created';

	/**
	 * A user joined an AutoWebinar. (autowebinar-delivery → core, analytics)
	 */
	public const AUTOWEBINAR_JOIN = 'autowebinar_join';

	/**
	 * Viewing progress of an AutoWebinar: only 25, 50, 75, 100, each at most once per session. (autowebinar-delivery → core, analytics)
	 */
	public const AUTOWEBINAR_PROGRESS = 'autowebinar_progress';

	/**
	 * A user clicked the CTA in an AutoWebinar. (autowebinar-delivery → core, analytics)
	 */
	public const AUTOWEBINAR_CTA_CLICK = 'autowebinar_cta_click';

	/**
	 * A user finished watching an AutoWebinar. (autowebinar-delivery → core, analytics)
	 */
	public const AUTOWEBINAR_COMPLETED = 'autowebinar_completed';

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const — = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const A = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const m = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const v = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const g = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const . = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const 
 = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const v = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const — = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const T = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const p = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const g = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const g = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const v = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ( = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const k = null;

	/**
	 * undefined
	 */
	public const - = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const v = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const f = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const p = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const ) = null;

	/**
	 * undefined
	 */
	public const : = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const . = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const 
 = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const — = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const T = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const p = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const g = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const g = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const f = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const m = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const : = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const m = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const v = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const p = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const p = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const . = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const 
 = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const v = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const g = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const $ = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const k = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const W = null;

	/**
	 * undefined
	 */
	public const P = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const E = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const $ = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const y = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const $ = null;

	/**
	 * undefined
	 */
	public const p = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const y = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const A = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const f = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const y = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const p = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const y = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const k = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const . = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const 
 = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const m = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const f = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const y = null;

	/**
	 * undefined
	 */
	public const \ = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const $ = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const $ = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const T = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const m = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const f = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ( = null;

	/**
	 * undefined
	 */
	public const C = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const ) = null;

	/**
	 * undefined
	 */
	public const : = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const v = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const { = null;

	/**
	 * undefined
	 */
	public const v = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const x = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const } = null;

	/**
	 * undefined
	 */
	public const ; = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const . = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const 
 = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const m = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const g = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const y = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const $ = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const g = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const { = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const f = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const : = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const \ = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const p = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const v = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const x = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const } = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const C = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const g = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const m = null;

	/**
	 * undefined
	 */
	public const ' = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const C = null;

	/**
	 * undefined
	 */
	public const T = null;

	/**
	 * undefined
	 */
	public const A = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const v = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const y = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ( = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const p = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const f = null;

	/**
	 * undefined
	 */
	public const f = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const v = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const g = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const ) = null;

	/**
	 * undefined
	 */
	public const . = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const 
 = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const m = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const g = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const f = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const y = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const $ = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const f = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const { = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const m = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const g = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const x = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const } = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const C = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const f = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const q = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const g = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ( = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const g = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const ) = null;

	/**
	 * undefined
	 */
	public const . = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const 
 = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const p = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const p = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const f = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const g = null;

	/**
	 * undefined
	 */
	public const \ = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const $ = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const $ = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const $ = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const T = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ( = null;

	/**
	 * undefined
	 */
	public const C = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const g = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const z = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const p = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const k = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const ) = null;

	/**
	 * undefined
	 */
	public const . = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const 
 = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const m = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const p = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const $ = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const g = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const $ = null;

	/**
	 * undefined
	 */
	public const p = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const p = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const A = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const p = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const p = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const m = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ( = null;

	/**
	 * undefined
	 */
	public const f = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const y = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const p = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const p = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const ; = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const C = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const f = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const ) = null;

	/**
	 * undefined
	 */
	public const . = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const 
 = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const m = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const f = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const \ = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const $ = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const $ = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const H = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const m = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const y = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const p = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const p = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const p = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const 3 = null;

	/**
	 * undefined
	 */
	public const 0 = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ( = null;

	/**
	 * undefined
	 */
	public const C = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const ) = null;

	/**
	 * undefined
	 */
	public const . = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const 
 = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const m = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const k = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const y = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const f = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const g = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const $ = null;

	/**
	 * undefined
	 */
	public const k = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const y = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const $ = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const T = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const m = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const k = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const y = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const g = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const m = null;

	/**
	 * undefined
	 */
	public const ' = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ( = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const R = null;

	/**
	 * undefined
	 */
	public const E = null;

	/**
	 * undefined
	 */
	public const S = null;

	/**
	 * undefined
	 */
	public const T = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const m = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const ) = null;

	/**
	 * undefined
	 */
	public const . = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const 
 = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const j = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const k = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const f = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const g = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const $ = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const k = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const $ = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const g = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const $ = null;

	/**
	 * undefined
	 */
	public const p = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const p = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const $ = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const A = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const g = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const j = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const k = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const f = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const p = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const p = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ( = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const R = null;

	/**
	 * undefined
	 */
	public const E = null;

	/**
	 * undefined
	 */
	public const S = null;

	/**
	 * undefined
	 */
	public const T = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const m = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const ) = null;

	/**
	 * undefined
	 */
	public const . = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const 
 = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const p = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const v = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const f = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const $ = null;

	/**
	 * undefined
	 */
	public const m = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const , = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const $ = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const _ = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const ` = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const M = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const c = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const m = null;

	/**
	 * undefined
	 */
	public const - = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const p = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const i = null;

	/**
	 * undefined
	 */
	public const n = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const h = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const b = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const o = null;

	/**
	 * undefined
	 */
	public const w = null;

	/**
	 * undefined
	 */
	public const s = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const r = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const ( = null;

	/**
	 * undefined
	 */
	public const d = null;

	/**
	 * undefined
	 */
	public const e = null;

	/**
	 * undefined
	 */
	public const f = null;

	/**
	 * undefined
	 */
	public const a = null;

	/**
	 * undefined
	 */
	public const u = null;

	/**
	 * undefined
	 */
	public const l = null;

	/**
	 * undefined
	 */
	public const t = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const 2 = null;

	/**
	 * undefined
	 */
	public const 0 = null;

	/**
	 * undefined
	 */
	public const 0 = null;

	/**
	 * undefined
	 */
	public const 0 = null;

	/**
	 * undefined
	 */
	public const ) = null;

	/**
	 * undefined
	 */
	public const . = null;

	/**
	 * undefined
	 */
	public const   = null;

	/**
	 * undefined
	 */
	public const | = null;

	/**
	 * Every canonical action, in contract order.
	 *
	 * @var list<string>
	 */
	public const CANONICAL = array(
		'core_ingest_event',
		'core_lead_created',
		'core_lead_updated',
		'core_lead_deleted',
		'core_lead_merged',
		'core_webinar_set_status',
		'core_webinar_set_cta_visibility',
		'core_user_registered',
		'core_user_login',
		'core_ref_context_resolved',
		'client_webinar_registered',
		'client_webinar_entered',
		'client_webinar_left',
		'client_webinar_completed',
		'client_webinar_form_submitted',
		'webinar_completed',
		'client_webinar_attendance_classified',
		'post_webinar_route',
		'autowebinar_session_created',
		'autowebinar_join',
		'autowebinar_progress',
		'autowebinar_cta_click',
		'autowebinar_completed',
	);

}
