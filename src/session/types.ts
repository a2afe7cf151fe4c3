// What the session shows a page: its snapshot, events and call options (session.ts is the service).
import type { EmporixError, Customer } from '../api/index.js';
import type { CustomerName, StoredLegalEntity } from './record.js';

/** `signed-out`: no token yet; `anonymous`: browsing with an anonymous token; `customer`: logged in. */
export type SessionStatus = 'signed-out' | 'anonymous' | 'customer';

export type { CustomerName } from './record.js';

/** A legal entity (company) a B2B contact may act for, as the profile names it. */
export type LegalEntity = Readonly<StoredLegalEntity>;

/** What a signed-in customer looks like to the page. Tokens are not part of it. */
export interface CustomerIdentity {
  readonly customerNumber?: string;
  /** The login email. */
  readonly email?: string;
  /** The legal entity (company) the session acts for; see {@link EmporixSession.switchLegalEntity}. */
  readonly legalEntityId?: string;
  /**
   * The legal entities the customer may act for (`b2b.legalEntities` of the profile), kept with
   * the stored session so every tab knows them; empty for a customer without any, undefined until
   * a profile was loaded.
   */
  readonly legalEntities?: readonly LegalEntity[];
  /**
   * Title, first, middle and last name, for greeting the customer: kept with the stored session,
   * so known at once after a reload and in every tab.
   */
  readonly name?: CustomerName;
  /**
   * The full profile, kept in this tab's memory only (never in storage): fetched after a login in
   * this tab; undefined after a reload or a login in another tab until
   * {@link EmporixSession.loadProfile} fetches it.
   */
  readonly profile?: Customer;
}

/** An immutable picture of the session; a new object on every change. */
export interface SessionSnapshot {
  readonly status: SessionStatus;
  readonly sessionId?: string;
  readonly customer?: CustomerIdentity;
  /**
   * A signed-in customer with several legal entities acts for none yet (none was chosen in this
   * browser, or the chosen one was taken away): ask which before checkout.
   */
  readonly legalEntityRequired?: boolean;
}

/** Per-call options: `signal` cancels the request (an element that goes away drops its run). */
export interface CallOptions {
  signal?: AbortSignal;
}

/** Options of {@link EmporixSession.callAsCustomer}. */
export interface CustomerCallOptions extends CallOptions {
  /**
   * The call only reads, so sending it again is safe: network errors, timeouts, 429 and 5xx are
   * retried (see `retry.ts`). Never set it for a call that changes data.
   */
  repeatable?: boolean;
}

/**
 * Why a customer stopped being signed in: `logout` (signed out here), `expired` (the server no
 * longer accepts the session), `other-tab` (signed out, or replaced, in another tab) or
 * `replaced` (another customer signed in here: password login, social sign-in or token exchange).
 */
export type SignOutReason = 'logout' | 'expired' | 'other-tab' | 'replaced';

export interface SessionEvents extends Record<string, unknown> {
  change: SessionSnapshot;
  login: { customer: CustomerIdentity; method: 'password' | 'social' | 'opt-in' | 'other-tab' };
  logout: { reason: SignOutReason };
  /**
   * A background operation failed without changing the session (network trouble, 5xx), or a
   * social sign-in failed (operation `social-login`, error a `SocialLoginError`). `operation` is
   * one of the names in the README's table of operations (`anonymous-login`, `profile-load`,
   * `logout`, `social-login`).
   */
  error: { operation: string; error: EmporixError };
  /** The legal entity the session acts for changed (here or in another tab); ids are undefined for none. */
  'legal-entity': { previous: string | undefined; current: string | undefined };
}

/**
 * A part plugged into a session after it was created (social login, see `enableSocialLogin`):
 * found by name, disposed with the session. The core knows nothing else about it.
 * @internal
 */
export interface SessionExtension {
  dispose(): void;
}
