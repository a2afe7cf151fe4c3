import * as api from '../api/index.js';
import { EmporixError, type AuthorizedCall, type Customer } from '../api/index.js';
import { resolveConfig, type ResolvedSessionConfig, type SessionConfig } from './config.js';
import { Emitter } from './emitter.js';
import { LEGAL_ENTITY_NOT_ASSIGNED, RememberedLegalEntities, isLegalEntityRefusal, legalEntitiesOf, legalEntityRefused } from './legal-entities.js';
import { customerNumberFromSaasToken, emptyRecord, loginEmailOf, nameOf, recordKey, type SessionRecord, type StoredAnonymous, type StoredCustomer } from './record.js';
import { withRetries } from './retry.js';
import { snapshotOf } from './snapshot.js';
import { createStore } from './storage.js';
import { StoredRecord } from './stored-record.js';
import { createTabCoordinator, type TabCoordinator } from './tabs.js';
import type { CallOptions, CustomerCallOptions, SessionEvents, SessionExtension, SessionSnapshot, SignOutReason } from './types.js';

/** Any of the token responses that log a customer in. */
type CustomerTokens = Pick<api.CustomerTokenResponse, 'access_token' | 'refresh_token' | 'session_id'> & {
  expires_in: number | string;
  refresh_token_expires_in: number | string;
  saas_token?: string;
};

const CUSTOMER_REFRESH_FAILURES = new Set([400, 401, 403]);

/**
 * How long a token revocation (the server half of a sign-out) may take. It runs after the
 * sign-out has taken effect in every tab and nobody waits for it; `keepalive` lets it finish
 * when the tab closes.
 */
const REVOKE_TIMEOUT_MS = 5000;

/** Definitive answers: the token or refresh token will never work again. Anything else may pass. */
function isDefinitiveRejection(error: unknown): boolean {
  return error instanceof EmporixError && error.kind === 'http' && CUSTOMER_REFRESH_FAILURES.has(error.status);
}

function customerSignedInError(): EmporixError {
  return new EmporixError({
    kind: 'http',
    status: 409,
    code: 'customer_signed_in',
    message: 'A customer is signed in: sign out before confirming another account',
  });
}

function toError(error: unknown, operation: string): EmporixError {
  return error instanceof EmporixError ? error : new EmporixError({ kind: 'network', message: `${operation} failed`, cause: error });
}

/** A full profile and the sign-in it belongs to. */
interface HeldProfile {
  signInId: string;
  profile: Customer;
}

/**
 * Full profiles, in this page's memory only, by record key: a session created again on the same
 * page (a framework rendering `<emx-session>` anew) finds the profile without fetching it again.
 */
const profilesInMemory = new Map<string, HeldProfile>();

/**
 * The session service: hands out the right Emporix token for every call, keeps it fresh, stores it
 * in one versioned record and keeps every tab of the browser in step. Framework-free.
 *
 * ```ts
 * const session = new EmporixSession({ tenant: 'mytenant', clientId: '…' });
 * const token = await session.getAccessToken();
 * ```
 */
export class EmporixSession {
  readonly config: ResolvedSessionConfig;

  readonly #key: string;
  readonly #legalEntities: RememberedLegalEntities;
  readonly #tabs: TabCoordinator;
  readonly #events = new Emitter<SessionEvents>();
  readonly #extensions = new Map<string, SessionExtension>();
  readonly #extensionChanges = new Emitter<{ change: string }>();
  readonly #stored: StoredRecord;
  #record: SessionRecord;
  #snapshot: SessionSnapshot = { status: 'signed-out' };
  #pendingToken: Promise<string> | undefined;
  /**
   * The anonymous token that authorized the latest sign-in, in this tab's memory only: it also
   * authorizes the refresh that ties the customer to a legal entity right after, which then needs
   * no token request of its own. Used once.
   */
  #signInAnonymous: StoredAnonymous | undefined;
  #disposed = false;
  /** Aborted by {@link dispose}: a token request waiting to be retried gives up. */
  readonly #lifetime = new AbortController();

  constructor(config: SessionConfig) {
    this.config = resolveConfig(config);
    const store = createStore(this.config.storage);
    this.#key = recordKey(this.config);
    this.#legalEntities = new RememberedLegalEntities(store, this.#key);
    this.#stored = new StoredRecord(store, this.config);
    this.#tabs = createTabCoordinator(this.#key, store.shared);
    this.#record = this.#stored.read();
    this.#snapshot = this.#snapshotOf(this.#record);
    this.#tabs.onRemoteChange(() => this.#adopt(this.#stored.read()));
  }

  /** The full profile of the signed-in customer, if this page fetched it. */
  get #profile(): HeldProfile | undefined {
    return profilesInMemory.get(this.#key);
  }

  set #profile(held: HeldProfile | undefined) {
    if (held) profilesInMemory.set(this.#key, held);
    else profilesInMemory.delete(this.#key);
  }

  /** The current state; a new object whenever it changes. */
  get snapshot(): SessionSnapshot {
    return this.#snapshot;
  }

  /** The SaaS token of the signed-in customer, for checkout calls that ask for it. */
  get saasToken(): string | undefined {
    return this.#record.customer?.saasToken;
  }

  /** Calls `listener` with every new snapshot; returns the unsubscribe function. */
  subscribe(listener: (snapshot: SessionSnapshot) => void): () => void {
    return this.#events.on('change', listener);
  }

  on<K extends keyof SessionEvents>(type: K, listener: (payload: SessionEvents[K]) => void): () => void {
    return this.#events.on(type, listener);
  }

  /** Stops listening to other tabs and drops every subscriber. The stored session stays. */
  dispose(): void {
    this.#disposed = true;
    this.#lifetime.abort();
    for (const extension of this.#extensions.values()) extension.dispose();
    this.#extensions.clear();
    this.#tabs.dispose();
    this.#events.clear();
    this.#extensionChanges.clear();
  }

  /**
   * Plugs `extension` in under `name`, disposing one plugged in before under that name.
   * @internal For `enableSocialLogin`.
   */
  extend(name: string, extension: SessionExtension): void {
    if (this.#disposed) throw new Error('emx session: the session was disposed');
    const previous = this.#extensions.get(name);
    this.#extensions.set(name, extension);
    if (previous && previous !== extension) previous.dispose();
    this.#extensionChanges.emit('change', name);
  }

  /**
   * The extension plugged in under `name`, if any.
   * @internal
   */
  extension(name: string): SessionExtension | undefined {
    return this.#extensions.get(name);
  }

  /**
   * Calls `listener` with the name of each extension plugged in; returns the unsubscribe function.
   * @internal
   */
  onExtend(listener: (name: string) => void): () => void {
    return this.#extensionChanges.on('change', listener);
  }

  // ---------------------------------------------------------------- tokens

  /**
   * A valid token of the right kind: the customer's when one is signed in, otherwise an anonymous
   * one (requested on first need). Refreshes first when the token is within the leeway of expiry.
   */
  getAccessToken(): Promise<string> {
    const current = this.#record.customer ?? this.#record.anonymous;
    if (current && !this.#isDue(current.expiresAt)) return Promise.resolve(current.accessToken);
    // One renewal per tab at a time; the lock makes it one per browser.
    this.#pendingToken ??= this.#renew(current?.accessToken).finally(() => {
      this.#pendingToken = undefined;
    });
    return this.#pendingToken;
  }

  /**
   * A token for endpoints the contract authorizes with an anonymous token only (login, sign-up,
   * refresh, password reset). While a customer is signed in, a short-lived anonymous token is
   * requested for the call and not kept: the anonymous session was replaced by the customer's.
   */
  async getAnonymousToken(): Promise<string> {
    if (this.#record.customer) return (await this.#requestAnonymousToken()).access_token;
    return this.getAccessToken();
  }

  /** Refreshes the customer token now, whatever its expiry. */
  async refresh(): Promise<void> {
    const customer = this.#record.customer;
    if (!customer) throw new EmporixError({ kind: 'http', status: 401, code: 'not_signed_in', message: 'No customer is signed in' });
    await this.#renew(customer.accessToken);
  }

  /**
   * Makes the session act for the legal entity `id` (a company of a B2B contact): one customer
   * token refresh with `legalEntityId`, under the cross-tab lock, so every tab follows at once
   * (`snapshot.customer.legalEntityId`, the `legal-entity` event). The choice is remembered in
   * this browser for this customer and restored after their next sign-in. When the server refuses
   * the entity (no longer assigned) it rejects with code `legal_entity_not_assigned`: the previous
   * entity stays active, the remembered choice is forgotten and the profile (the entity list)
   * loaded again. `signal` cancels a switch still waiting for the lock; a refresh once sent
   * completes and is stored, because it spends the refresh token.
   */
  async switchLegalEntity(id: string, options: CallOptions = {}): Promise<void> {
    const customer = this.#record.customer;
    if (!customer) throw new EmporixError({ kind: 'http', status: 401, code: 'not_signed_in', message: 'No customer is signed in' });
    try {
      await this.#renew(customer.accessToken, { legalEntityId: id, signInId: customer.signInId, signal: options.signal });
    } catch (error) {
      if (error instanceof EmporixError && error.code === LEGAL_ENTITY_NOT_ASSIGNED) {
        this.loadProfile().catch((reloadError: unknown) => this.reportError('profile-load', reloadError));
      }
      throw error;
    }
    const after = this.#record.customer;
    if (after?.signInId !== customer.signInId) throw this.#signedOutError('legal entity switch');
    this.#legalEntities.remember(after, id);
  }

  /**
   * After a sign-in: a customer with one legal entity acts for it; with several, for the one last
   * chosen in this browser while it is still assigned; otherwise the session stays unassigned
   * (`legalEntityRequired`) until the customer chooses. A failure leaves the sign-in standing.
   */
  async #restoreLegalEntity(): Promise<void> {
    const customer = this.#record.customer;
    if (!customer || customer.legalEntityId || !customer.legalEntities?.length) return;
    const chosen = this.#legalEntities.choose(customer);
    if (!chosen) return;
    try {
      // A session disposed before the refresh was sent sends none.
      await this.switchLegalEntity(chosen, { signal: this.#lifetime.signal });
    } catch (error) {
      if (this.#record.customer && !this.#lifetime.signal.aborted) this.reportError('legal-entity-switch', error);
    }
  }

  /** Asks the server whether the customer token is still valid (validateauthtoken). */
  validate(options: CallOptions = {}): Promise<api.ValidateTokenResponse> {
    return this.callAsCustomer('token validation', (call) => api.validateToken(call), { ...options, repeatable: true });
  }

  #isDue(expiresAt: number): boolean {
    return expiresAt - this.config.refreshLeewayMs <= this.config.now();
  }

  /**
   * Under the cross-tab lock: re-read storage; if another tab already renewed `staleToken`, use
   * its result; otherwise renew the customer token (or the anonymous one) and store it. `switchTo`
   * renews it for another legal entity, only for the sign-in that asked.
   */
  #renew(staleToken: string | undefined, switchTo?: { legalEntityId: string; signInId: string; signal?: AbortSignal }): Promise<string> {
    const legalEntityId = switchTo?.legalEntityId;
    return this.#tabs.withLock(async () => {
      if (switchTo?.signal?.aborted) throw new EmporixError({ kind: 'aborted', message: 'The legal entity switch was cancelled' });
      const stored = this.#stored.read();
      this.#adopt(stored);
      // Another customer signed in (or the customer signed out) while the switch waited: it was not theirs.
      if (switchTo && stored.customer?.signInId !== switchTo.signInId) throw this.#signedOutError('legal entity switch');
      const current = stored.customer ?? stored.anonymous;
      // A switch is forced, unless the session already acts for that entity (a second click, another tab).
      const forced = legalEntityId !== undefined && stored.customer?.legalEntityId !== legalEntityId;
      if (current && (current.accessToken !== staleToken || legalEntityId !== undefined) && !this.#isDue(current.expiresAt) && !forced) {
        return current.accessToken;
      }
      if (stored.customer) return this.#renewCustomer(stored.customer, legalEntityId);
      return this.#renewAnonymous(stored.anonymous);
    });
  }

  async #renewCustomer(customer: StoredCustomer, legalEntityId: string | undefined): Promise<string> {
    if (customer.refreshExpiresAt <= this.config.now()) {
      await this.#endCustomerSession('expired');
      return this.#renewAnonymous(undefined);
    }
    // The contract authorizes the refresh with an anonymous token. The sign-in's saves a request;
    // refused, it is replaced by a fresh one before the refusal counts against the customer's session.
    const signInToken = this.#takeSignInAnonymousToken();
    let anonymousToken = signInToken ?? (await this.#requestAnonymousToken()).access_token;
    const send = async (entity: string | undefined) => {
      const answer = await this.#sendCustomerRefresh(anonymousToken, customer.refreshToken, entity);
      if (answer || anonymousToken !== signInToken) return answer;
      anonymousToken = (await this.#requestAnonymousToken()).access_token;
      return this.#sendCustomerRefresh(anonymousToken, customer.refreshToken, entity);
    };
    let entity = legalEntityId ?? customer.legalEntityId;
    let response: api.RefreshCustomerTokenResponse | undefined;
    try {
      response = await send(entity);
    } catch (error) {
      if (entity === undefined || !isLegalEntityRefusal(error)) throw error;
      this.#legalEntities.forget(customer, entity);
      if (legalEntityId !== undefined) throw legalEntityRefused(legalEntityId, error);
      // A routine refresh after the entity was taken away goes on without it: the customer stays signed in.
      entity = undefined;
      response = await send(undefined);
    }
    if (!response) {
      await this.#endCustomerSession('expired');
      return this.#renewAnonymous(undefined);
    }
    // Signed out while the refresh was under way (sign-out does not wait for this lock): the fresh
    // token is revoked, never stored.
    if (this.#stored.read().customer?.signInId !== customer.signInId) {
      this.#revoke(response.access_token);
      throw new EmporixError({ kind: 'http', status: 401, code: 'not_signed_in', message: 'The customer signed out during the token refresh' });
    }
    const now = this.config.now();
    this.#mutate((record) => ({
      ...record,
      customer: {
        ...customer,
        accessToken: response.access_token,
        expiresAt: now + Number(response.expires_in) * 1000,
        refreshToken: response.refresh_token,
        refreshExpiresAt: now + Number(response.refresh_token_expires_in) * 1000,
        sessionId: response.session_id ?? customer.sessionId,
        legalEntityId: entity,
      },
    }));
    return response.access_token;
  }

  #takeSignInAnonymousToken(): string | undefined {
    const anonymous = this.#signInAnonymous;
    this.#signInAnonymous = undefined;
    return anonymous && !this.#isDue(anonymous.expiresAt) ? anonymous.accessToken : undefined;
  }

  /** The refresh's answer, or undefined when the server refused the session for good. A refused legal entity is thrown as it is. */
  async #sendCustomerRefresh(anonymousToken: string, refreshToken: string, legalEntityId: string | undefined): Promise<api.RefreshCustomerTokenResponse | undefined> {
    try {
      return await this.#sendRefresh(() => api.refreshCustomerToken(this.#call(anonymousToken), refreshToken, legalEntityId));
    } catch (error) {
      if (legalEntityId !== undefined && isLegalEntityRefusal(error)) throw error;
      if (!isDefinitiveRejection(error)) throw toError(error, 'customer token refresh');
      return undefined;
    }
  }

  /** Refreshes the anonymous token keeping its session id; only a failed refresh starts a new session. */
  async #renewAnonymous(anonymous: StoredAnonymous | undefined): Promise<string> {
    let response: api.AnonymousTokenResponse | undefined;
    if (anonymous?.refreshToken && (anonymous.refreshExpiresAt ?? Infinity) > this.config.now()) {
      const { refreshToken } = anonymous;
      try {
        response = await this.#sendRefresh(() => api.refreshAnonymousToken(this.#storefrontCall(), refreshToken));
      } catch (error) {
        if (!isDefinitiveRejection(error)) throw toError(error, 'anonymous refresh');
      }
    }
    response ??= await this.#requestAnonymousToken();
    const now = this.config.now();
    this.#mutate((record) => ({
      ...record,
      customer: undefined,
      anonymous: {
        accessToken: response.access_token,
        expiresAt: now + response.expires_in * 1000,
        refreshToken: response.refresh_token ?? anonymous?.refreshToken,
        refreshExpiresAt:
          response.refresh_token_expires_in !== undefined ? now + response.refresh_token_expires_in * 1000 : anonymous?.refreshExpiresAt,
        sessionId: response.sessionId,
      },
    }));
    return response.access_token;
  }

  // ---------------------------------------------------------------- customer lifecycle

  /**
   * Logs a customer in with email and password, then loads the profile once. A customer signed in
   * before is signed out first (see {@link adoptCustomerTokens}).
   */
  async login(credentials: api.PasswordCredentials, options: CallOptions = {}): Promise<SessionSnapshot> {
    const response = await this.callAnonymously((call) => api.login(call, credentials), options);
    return this.#startCustomerSession(response, credentials.email, 'password');
  }

  /**
   * Confirms a double opt-in sign-up; the contract logs the new customer in. While a customer is
   * signed in (in any tab) it sends nothing and rejects with an {@link EmporixError} of code
   * `customer_signed_in` (status 409): a link must never swap the signed-in customer for the
   * link's owner.
   */
  async confirmOptIn(optInToken: string, options: CallOptions = {}): Promise<SessionSnapshot> {
    const signedIn = this.#record.customer ?? (await this.#tabs.withLock(async () => this.#stored.read().customer));
    if (signedIn) throw customerSignedInError();
    const response = await this.callAnonymously((call) => api.confirmOptIn(call, optInToken), options);
    return this.#startCustomerSession(response, undefined, 'opt-in');
  }

  /**
   * Starts a customer session from tokens obtained elsewhere (social login, token exchange).
   * Used by the social-login module; the same events and storage as a password login. A customer
   * signed in before is signed out first: a `logout` event of reason `replaced`, then their token
   * is revoked (best effort), then the new customer's `login`.
   * @internal For the social-login module.
   */
  adoptCustomerTokens(tokens: CustomerTokens, email?: string): Promise<SessionSnapshot> {
    return this.#startCustomerSession(tokens, email, 'social');
  }

  /** The anonymous session id, requesting an anonymous token first when there is none. */
  async anonymousSessionId(): Promise<string | undefined> {
    if (!this.#record.customer && !this.#record.anonymous) await this.getAccessToken();
    return this.#record.customer?.sessionId ?? this.#record.anonymous?.sessionId;
  }

  /**
   * Signs the customer out, locally first: the stored session is cleared and every tab signed out
   * at once, without waiting for anything (not even another tab's token refresh, which then stores
   * nothing). Then the token is revoked on the server, best effort and not waited for (a few
   * seconds at most, surviving the tab's close); a failed revocation is announced as an `error`
   * event (operation `logout`) and the token simply expires. Resolves once a new anonymous
   * session is ready (or failed, announced as operation `anonymous-login`).
   */
  async logout(): Promise<void> {
    const signedOut = this.#stored.read().customer ?? this.#record.customer;
    await this.#endCustomerSession('logout');
    if (signedOut) this.#revoke(signedOut.accessToken);
    // Once more under the lock, in case a write that was under way restored the same sign-in.
    await this.#tabs.withLock(async () => {
      if (signedOut && this.#stored.read().customer?.signInId === signedOut.signInId) await this.#endCustomerSession('logout');
    });
    try {
      await this.getAccessToken();
    } catch (error) {
      this.reportError('anonymous-login', error);
    }
  }

  /**
   * Stores the new customer's session under the lock. A customer signed in before (in any tab) is
   * signed out first, `logout` (reason `replaced`) before the new `login`, and their token
   * revoked; a confirmed opt-in never replaces anyone (its fresh token is revoked instead).
   */
  async #startCustomerSession(tokens: CustomerTokens, email: string | undefined, method: 'password' | 'social' | 'opt-in'): Promise<SessionSnapshot> {
    const now = this.config.now();
    const customer: StoredCustomer = {
      signInId: crypto.randomUUID(),
      accessToken: tokens.access_token,
      expiresAt: now + Number(tokens.expires_in) * 1000,
      refreshToken: tokens.refresh_token,
      refreshExpiresAt: now + Number(tokens.refresh_token_expires_in) * 1000,
      saasToken: tokens.saas_token,
      sessionId: tokens.session_id,
      customerNumber: customerNumberFromSaasToken(tokens.saas_token),
      email,
    };
    const previous = await this.#tabs.withLock(async () => {
      const stored = this.#stored.read();
      this.#adopt(stored);
      if (stored.customer && method === 'opt-in') return stored.customer;
      if (stored.customer) await this.#endCustomerSession('replaced');
      // The anonymous session is replaced, not kept beside: its id lives on in the customer's.
      this.#signInAnonymous = stored.anonymous;
      this.#mutate((record) => ({ ...record, anonymous: undefined, customer: { ...customer, sessionId: customer.sessionId ?? stored.anonymous?.sessionId } }));
      return stored.customer;
    });
    if (previous && method === 'opt-in') {
      this.#revoke(customer.accessToken);
      throw customerSignedInError();
    }
    if (previous) this.#revoke(previous.accessToken);
    try {
      await this.loadProfile();
    } catch (error) {
      // The login stands; the profile is fetched again on the next loadProfile().
      if (this.#record.customer) this.reportError('profile-load', error);
    }
    await this.#restoreLegalEntity();
    this.#signInAnonymous = undefined;
    // A customer who signed out while the profile loaded has nothing left to announce.
    if (this.#record.customer) this.#events.emit('login', { customer: this.#snapshot.customer ?? {}, method });
    return this.#snapshot;
  }

  /** Called with the lock held, except by {@link logout}, which must not wait for it. */
  async #endCustomerSession(reason: SignOutReason): Promise<void> {
    const hadCustomer = Boolean(this.#record.customer || this.#stored.read().customer);
    this.#profile = undefined;
    this.#mutate(() => emptyRecord(this.config));
    if (hadCustomer) this.#events.emit('logout', { reason });
  }

  /**
   * Revokes a customer token on the server (`GET …/logout`), best effort: never awaited, a short
   * time limit, `keepalive` so that closing the tab does not cancel it. A failure is announced
   * as an `error` event (operation `logout`); the token then simply expires.
   */
  #revoke(accessToken: string): void {
    api.logout({ ...this.#call(accessToken), timeoutMs: REVOKE_TIMEOUT_MS, keepalive: true }).catch((error: unknown) => this.reportError('logout', error));
  }

  // ---------------------------------------------------------------- profile

  /**
   * Fetches the customer's profile and keeps it in this tab's memory (`snapshot.customer.profile`);
   * only the name, customer number and login email go to the stored session.
   */
  async loadProfile(options: CallOptions = {}): Promise<Customer> {
    const signInId = this.#record.customer?.signInId;
    const profile = await this.callAsCustomer('profile', (call) => api.getProfile(call), { ...options, repeatable: true });
    if (signInId) this.#profile = { signInId, profile };
    await this.#update((record) =>
      // A customer who signed out, or was replaced, meanwhile gets nothing of this profile.
      record.customer?.signInId === signInId && record.customer
        ? {
            ...record,
            customer: {
              ...record.customer,
              name: nameOf(profile),
              profileVersion: profile.metadata?.version,
              customerNumber: profile.customerNumber ?? record.customer.customerNumber,
              email: loginEmailOf(profile) ?? record.customer.email,
              legalEntities: legalEntitiesOf(profile),
            },
          }
        : record,
    );
    return profile;
  }

  /**
   * Drops the profile held in memory (`snapshot.customer.profile`) when it is known to be
   * outdated: a change was saved but the profile could not be reloaded. {@link loadProfile}
   * fetches it again.
   * @internal For the account functions (`updateCustomerProfile`).
   */
  async forgetProfile(): Promise<void> {
    this.#profile = undefined;
    this.#setRecord(this.#record);
  }

  /**
   * Announces a failure that did not change the session as the `error` event; an error other than
   * an {@link EmporixError} is announced as a `network` one. For operations built on the session
   * (the function modules, social login) whose failure nobody awaits. `operation` is a name of
   * the README's table of operations.
   * @internal For the function modules and social login.
   */
  reportError(operation: string, error: unknown): void {
    this.#events.emit('error', { operation, error: toError(error, operation) });
  }

  // ---------------------------------------------------------------- authorized calls

  /**
   * The one path for customer-authorized calls, which the session's function modules
   * (`account.ts`, `addresses.ts`) use: attaches the customer's token; on a 401 renews it once and
   * retries once; a second 401 signs the customer out with a `logout` event of reason `expired`
   * and rejects with code `session_expired`. Rejects with code `not_signed_in` when no customer is
   * signed in. `operation` names the call in those errors.
   *
   * ```ts
   * const addresses = await session.callAsCustomer('address list', (call) => listAddresses(call), { repeatable: true });
   * ```
   */
  async callAsCustomer<T>(operation: string, send: (call: AuthorizedCall) => Promise<T>, options: CustomerCallOptions = {}): Promise<T> {
    const { signal, repeatable } = options;
    // A read's transient failures are retried within each token attempt; a 401 is not transient.
    const attempt = repeatable ? (call: AuthorizedCall) => withRetries(() => send(call), { signal }) : send;
    if (!this.#record.customer) {
      throw new EmporixError({ kind: 'http', status: 401, code: 'not_signed_in', message: `${operation} needs a signed-in customer` });
    }
    const token = await this.getAccessToken();
    try {
      return await attempt(this.#call(token, signal));
    } catch (error) {
      if (!(error instanceof EmporixError) || !error.tokenRejected) throw error;
    }
    const renewed = await this.#renew(token);
    if (!this.#record.customer) throw this.#signedOutError(operation);
    try {
      return await attempt(this.#call(renewed, signal));
    } catch (error) {
      if (error instanceof EmporixError && error.tokenRejected) {
        await this.#tabs.withLock(() => this.#endCustomerSession('expired'));
        throw this.#signedOutError(operation);
      }
      throw error;
    }
  }

  /**
   * The path for calls the contract authorizes with an anonymous token only (login, sign-up,
   * password reset, confirmations; see {@link getAnonymousToken}): a 401 means the anonymous token
   * went stale, so it is renewed and the call retried once.
   */
  async callAnonymously<T>(send: (call: AuthorizedCall) => Promise<T>, options: CallOptions = {}): Promise<T> {
    const { signal } = options;
    const token = await this.getAnonymousToken();
    try {
      return await send(this.#call(token, signal));
    } catch (error) {
      if (!(error instanceof EmporixError) || !error.tokenRejected) throw error;
    }
    const renewed = this.#record.customer ? await this.getAnonymousToken() : await this.#renew(token);
    return send(this.#call(renewed, signal));
  }

  /** A new anonymous session (token request, retried on transient failures). */
  #requestAnonymousToken(): Promise<api.AnonymousTokenResponse> {
    return withRetries(() => api.requestAnonymousToken(this.#storefrontCall(), this.config.anonymousContext), { signal: this.#lifetime.signal });
  }

  /**
   * Sends a refresh (anonymous or customer), retried on transient failures. Refresh tokens
   * rotate: an attempt whose answer was lost may have spent the token on the server, so a
   * rejection after a transient failure proves nothing about the session. The transient failure
   * is thrown instead, and the session stays as it is: only a rejection with no transient failure
   * before it ends the session.
   */
  async #sendRefresh<T>(send: () => Promise<T>): Promise<T> {
    let interruption: EmporixError | undefined;
    try {
      const onRetry = (error: EmporixError) => {
        interruption = error;
      };
      return await withRetries(send, { signal: this.#lifetime.signal, onRetry });
    } catch (error) {
      throw interruption && isDefinitiveRejection(error) ? interruption : error;
    }
  }

  #signedOutError(operation: string): EmporixError {
    return new EmporixError({ kind: 'http', status: 401, code: 'session_expired', message: `${operation}: the session has expired` });
  }

  // ---------------------------------------------------------------- state and storage

  #call(token: string, signal?: AbortSignal): AuthorizedCall {
    return { apiUrl: this.config.apiUrl, tenant: this.config.tenant, token, timeoutMs: this.config.timeoutMs, signal };
  }

  #storefrontCall(): api.StorefrontCall {
    return { apiUrl: this.config.apiUrl, tenant: this.config.tenant, clientId: this.config.clientId, timeoutMs: this.config.timeoutMs };
  }

  /** Writes the record (only with the cross-tab lock held) and tells every tab. */
  #mutate(change: (record: SessionRecord) => SessionRecord): void {
    this.#setRecord(this.#stored.write(change));
    this.#tabs.announce();
  }

  /** {@link #mutate} under the lock, for writers that do not hold it. */
  #update(change: (record: SessionRecord) => SessionRecord): Promise<void> {
    return this.#tabs.withLock(async () => this.#mutate(change));
  }

  /** Takes a record another tab wrote, announcing the sign-in or sign-out it brings. */
  #adopt(record: SessionRecord): void {
    if (this.#disposed || !this.#stored.changedElsewhere()) return;
    const before = this.#record.customer;
    this.#setRecord(record);
    const after = record.customer;
    if (before && before.signInId !== after?.signInId) this.#events.emit('logout', { reason: 'other-tab' });
    if (after && before?.signInId !== after.signInId) {
      this.#events.emit('login', { customer: this.#snapshot.customer ?? {}, method: 'other-tab' });
    }
    // Another tab saved a newer profile: a tab that shows the profile fetches it again.
    const held = this.#profile;
    if (after && held?.signInId === after.signInId && after.profileVersion !== held.profile.metadata?.version) {
      this.loadProfile().catch((error: unknown) => this.reportError('profile-load', error));
    }
  }

  #setRecord(record: SessionRecord): void {
    const before = this.#record.customer;
    this.#record = record;
    if (this.#profile && this.#profile.signInId !== record.customer?.signInId) this.#profile = undefined;
    const next = this.#snapshotOf(record);
    if (JSON.stringify(next) === JSON.stringify(this.#snapshot)) return;
    this.#snapshot = next;
    this.#events.emit('change', next);
    const after = record.customer;
    if (before && after && before.signInId === after.signInId && before.legalEntityId !== after.legalEntityId) {
      this.#events.emit('legal-entity', { previous: before.legalEntityId, current: after.legalEntityId });
    }
  }

  /** The record as the page sees it, with the full profile if this page holds it for the same sign-in. */
  #snapshotOf(record: SessionRecord): SessionSnapshot {
    const held = this.#profile;
    return snapshotOf(record, held && held.signInId === record.customer?.signInId ? held.profile : undefined);
  }
}
