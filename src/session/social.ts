import { Emitter } from './emitter.js';
import type { EmporixSession } from './session.js';
import type { SessionSnapshot } from './types.js';
import { SOCIAL_LOGIN_EXTENSION, loadSocialFlow, socialLoginOf } from './social-access.js';
import { SocialLoginError, toSocialLoginError } from './social-error.js';
import { isSignInPopup, openPopup, postAnswerToOpener } from './social-popup.js';
import { createStore, type SessionStore } from './storage.js';

export { SocialLoginError, type SocialLoginErrorCode } from './social-error.js';
export { socialLoginOf } from './social-access.js';

/**
 * How the provider's answer becomes an Emporix customer session:
 * - `code`: Emporix redeems the authorization code (`socialLogin`) with the browser's PKCE verifier;
 * - `exchange`: the browser redeems the code at the provider itself and exchanges the provider's
 *   access token (`exchangeauthtoken`).
 */
export type SocialLoginMode = 'code' | 'exchange';

/** Where the provider's pages open: in this window (`redirect`) or in a `popup`. */
export type SocialLoginDisplay = 'redirect' | 'popup';

/** One OpenID Connect identity provider a customer can sign in with. */
export interface SocialProvider {
  /** Stable id, unique among the providers; `signIn(id)` names it. */
  id: string;
  /** The provider's name for the button, e.g. "Google" (`<emx-login>` reads it as "Continue with Google"). */
  label: string;
  /** URL of an icon for the button. */
  icon?: string;
  /** The provider's OpenID issuer; its discovery document is read from `{issuer}/.well-known/openid-configuration`. */
  issuer: string;
  /** The shop's public client id at the provider. */
  clientId: string;
  /**
   * Where the provider sends the customer back: a page of the shop with `<emx-session>` on it,
   * registered at the provider (and, in mode `code`, in the Emporix IdP configuration).
   */
  redirectUri: string;
  /** Default `openid email profile`. */
  scope?: string;
  /**
   * The Emporix identity-provider configuration. Mode `code` sends the OAuth state as
   * `{configName}--{random}`, the format Emporix reads to pick the configuration; mode `exchange`
   * passes it as `config`. Omit it for the tenant's default configuration.
   */
  configName?: string;
  /** Default `code`. */
  mode?: SocialLoginMode;
  /** Default `redirect`. A popup the browser blocks falls back to a redirect. */
  display?: SocialLoginDisplay;
}

/** A provider with its defaults filled in. */
export type ResolvedSocialProvider = Readonly<SocialProvider & { scope: string; mode: SocialLoginMode; display: SocialLoginDisplay }>;

/** How long a started sign-in may take; older answers are refused and older markers ignored. */
export const SOCIAL_SIGN_IN_LIFETIME_SECONDS = 600;

const DEFAULT_SCOPE = 'openid email profile';
const MODES: readonly SocialLoginMode[] = ['code', 'exchange'];
const DISPLAYS: readonly SocialLoginDisplay[] = ['redirect', 'popup'];
/** The provider's answer in the callback URL: never left in the address bar or history. */
const ANSWER_PARAMS = ['code', 'state', 'session_state', 'iss', 'error', 'error_description', 'error_uri'] as const;

function resolveProvider(provider: SocialProvider): ResolvedSocialProvider {
  for (const field of ['id', 'label', 'issuer', 'clientId', 'redirectUri'] as const) {
    if (typeof provider?.[field] !== 'string' || !provider[field]) {
      throw new TypeError(`emx social login: provider "${provider?.id ?? '?'}" needs \`${field}\``);
    }
  }
  const mode = provider.mode ?? 'code';
  const display = provider.display ?? 'redirect';
  if (!MODES.includes(mode)) throw new TypeError(`emx social login: provider "${provider.id}" has an unknown mode "${mode}"`);
  if (!DISPLAYS.includes(display)) throw new TypeError(`emx social login: provider "${provider.id}" has an unknown display "${display}"`);
  if (!URL.canParse(provider.redirectUri)) throw new TypeError(`emx social login: provider "${provider.id}" has an invalid redirectUri`);
  return Object.freeze({ ...provider, scope: provider.scope || DEFAULT_SCOPE, mode, display });
}

const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/**
 * Refuses a provider URL the browser would reach without TLS (or not over HTTP at all): the
 * customer's credentials and the authorization code must not cross the network in the clear, and
 * a mix-up attacker must not pick where the customer is sent (RFC 9700 §4.4). `http:` is allowed
 * on loopback hosts, where a development provider runs.
 */
export function assertSecureProviderUrl(provider: ResolvedSocialProvider, what: string, href: string | undefined): void {
  const url = href && URL.canParse(href) ? new URL(href) : undefined;
  if (url?.protocol === 'https:' || (url?.protocol === 'http:' && LOOPBACK_HOST.test(url.hostname))) return;
  throw new SocialLoginError('insecure_provider', `The ${what} of provider "${provider.id}" is not an https: URL; the sign-in was not started`);
}

/** The provider's answer as it arrives in the redirect URI's query. */
export interface ProviderAnswer {
  state: string;
  code?: string;
  error?: string;
  errorDescription?: string;
  issuer?: string;
}

export function providerAnswerIn(href: string): ProviderAnswer | undefined {
  const params = new URL(href).searchParams;
  const state = params.get('state');
  const code = params.get('code') ?? undefined;
  const error = params.get('error') ?? undefined;
  if (!state || (!code && !error)) return undefined;
  return { state, code, error, errorDescription: params.get('error_description') ?? undefined, issuer: params.get('iss') ?? undefined };
}

/** Removes the answer from the address bar without a new history entry, keeping `history.state`. */
function removeAnswerFromAddressBar(): void {
  const url = new URL(location.href);
  for (const name of ANSWER_PARAMS) url.searchParams.delete(name);
  history.replaceState(history.state, '', url);
}

function isSameDocument(a: string, b: string): boolean {
  const [first, second] = [new URL(a), new URL(b)];
  return first.origin === second.origin && first.pathname === second.pathname;
}

/** A sign-in this tab started and has not finished: what the provider's answer is checked against. */
export interface PendingSignIn {
  stateId: string;
  provider: ResolvedSocialProvider;
  /** Epoch ms on the session's clock. */
  startedAt: number;
}

/** The one pending sign-in of a tab, in sessionStorage so that it survives the redirect. */
export class PendingSignInStore {
  readonly #store: SessionStore = createStore('session');

  constructor(readonly key: string) {}

  save(pending: PendingSignIn): void {
    this.#store.set(this.key, JSON.stringify(pending));
  }

  /** Reads and removes the marker: whatever happens next, it is spent. */
  take(): PendingSignIn | undefined {
    const raw = this.#store.get(this.key);
    if (raw === null) return undefined;
    this.#store.remove(this.key);
    try {
      const value = JSON.parse(raw) as PendingSignIn;
      if (typeof value.stateId !== 'string' || typeof value.startedAt !== 'number') return undefined;
      return { stateId: value.stateId, startedAt: value.startedAt, provider: resolveProvider(value.provider) };
    } catch {
      return undefined;
    }
  }
}

/** What the sign-in code loaded on demand (social-flow.ts) works with. */
export interface SocialFlowContext {
  readonly session: EmporixSession;
  readonly pending: PendingSignInStore;
  /** Set while a popup sign-in waits for its answer: stops waiting, rejecting with `cancelled`. */
  abandonPopup: (() => void) | undefined;
}

/**
 * Turns social login on for `session` (or, called again, replaces its provider list) and returns
 * it. `<emx-session providers>` calls it; a page that uses the session service without the element
 * calls it itself, then completes a provider's redirect back on the redirect URI's page:
 *
 * ```ts
 * import { EmporixSession, enableSocialLogin } from 'emx-elements/session';
 * const session = new EmporixSession({ tenant: 'mytenant', clientId: '…' });
 * const social = enableSocialLogin(session, [{ id: 'google', label: 'Google', issuer, clientId, redirectUri }]);
 * await social.handleRedirectCallback(); // on the redirect URI's page: completes the sign-in
 * await social.signIn('google'); // leaves the page; the redirect URI's page completes it
 * ```
 *
 * The session core never imports this module: a page that does not turn social login on loads
 * none of it. Throws a `TypeError` for a provider without its required fields.
 */
export function enableSocialLogin(session: EmporixSession, providers: readonly SocialProvider[]): SocialLogin {
  const existing = socialLoginOf(session);
  if (existing) {
    existing.configure(providers);
    return existing;
  }
  const social = new SocialLogin(session);
  social.configure(providers);
  session.extend(SOCIAL_LOGIN_EXTENSION, social);
  return social;
}

/**
 * Social login and SSO through OpenID Connect providers configured in Emporix, turned on with
 * {@link enableSocialLogin} (or `<emx-session providers>`) and reached with `socialLoginOf(session)`.
 * oidc-client-ts creates the PKCE verifier and S256 challenge, the state and the
 * nonce, and keeps them in sessionStorage; this class checks the answer and has Emporix turn it
 * into the same customer session a password login gives (storage, `login` event, other tabs).
 */
export class SocialLogin {
  readonly #session: EmporixSession;
  readonly #pending: PendingSignInStore;
  readonly #flow: SocialFlowContext;
  readonly #changes = new Emitter<{ change: undefined }>();
  #providers: readonly ResolvedSocialProvider[] = [];
  #lastError: SocialLoginError | undefined;
  #completing = false;

  /**
   * Use {@link enableSocialLogin}. Every failure is announced as the session's `error` event.
   * @internal
   */
  constructor(session: EmporixSession) {
    this.#session = session;
    this.#pending = new PendingSignInStore(`emx-elements.social:${session.config.tenant}:${session.config.clientId}`);
    this.#flow = { session, pending: this.#pending, abandonPopup: undefined };
  }

  /** The configured providers, defaults filled in: one sign-in button each. */
  get providers(): readonly ResolvedSocialProvider[] {
    return this.#providers;
  }

  /** The last failure, kept so that a page can show it after the redirect back; cleared by the next {@link signIn}. */
  get lastError(): SocialLoginError | undefined {
    return this.#lastError;
  }

  /** True while this page checks and redeems a provider's answer. */
  get completing(): boolean {
    return this.#completing;
  }

  /** Calls `listener` whenever `providers`, `lastError` or `completing` change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    return this.#changes.on('change', listener);
  }

  /** Replaces the provider list. Throws a `TypeError` for a provider without its required fields. */
  configure(providers: readonly SocialProvider[]): void {
    const resolved = providers.map(resolveProvider);
    const ids = new Set(resolved.map((provider) => provider.id));
    if (ids.size !== resolved.length) throw new TypeError('emx social login: provider ids must be unique');
    this.#providers = Object.freeze(resolved);
    this.#changed();
  }

  clearLastError(): void {
    if (!this.#lastError) return;
    this.#lastError = undefined;
    this.#changed();
  }

  /**
   * Starts signing in with a configured provider. With a redirect the page leaves and the promise
   * resolves `undefined`; the redirect URI's page completes the sign-in. With a popup it resolves
   * with the customer's snapshot. A failure rejects with a {@link SocialLoginError}, which is also
   * kept as {@link lastError} and announced as the session's `error` event (operation `social-login`).
   */
  async signIn(providerId: string): Promise<SessionSnapshot | undefined> {
    const provider = this.#providers.find((candidate) => candidate.id === providerId);
    if (!provider) throw new TypeError(`emx social login: no provider "${providerId}" is configured`);
    this.clearLastError();
    try {
      assertSecureProviderUrl(provider, 'issuer', provider.issuer);
    } catch (error) {
      throw this.#fail(error);
    }
    // A popup is reused by name: a sign-in still waiting for it gives way to this one.
    this.#flow.abandonPopup?.();
    // Browsers allow a popup only in the click's own task, before anything is awaited.
    const popup = provider.display === 'popup' ? openPopup() : null;
    try {
      const answerUrl = await (await loadSocialFlow()).startSignIn(this.#flow, provider, popup);
      if (answerUrl === undefined) return undefined;
      return await this.#complete(answerUrl, this.#pending.take());
    } catch (error) {
      popup?.close();
      throw this.#fail(error);
    }
  }

  /**
   * Completes a sign-in when this page is the provider's redirect back: when the URL carries an
   * answer (`code` or `error`, with `state`) and a sign-in of the kit is pending in this tab, or
   * the page is a configured provider's redirect URI. The answer leaves the URL first (no new
   * history entry, `history.state` kept). Never rejects: resolves the customer's snapshot, or
   * `undefined` when there was nothing to do or the sign-in failed ({@link lastError}, `error` event).
   * `<emx-session>` calls it when it turns social login on; a page without the element calls it itself.
   */
  handleRedirectCallback(): Promise<SessionSnapshot | undefined> {
    const href = globalThis.location?.href;
    if (!href || !providerAnswerIn(href)) return Promise.resolve(undefined);
    if (isSignInPopup()) {
      removeAnswerFromAddressBar();
      postAnswerToOpener(href);
      return Promise.resolve(undefined);
    }
    const pending = this.#pending.take();
    if (!pending && !this.#providers.some((provider) => isSameDocument(provider.redirectUri, href))) return Promise.resolve(undefined);
    // Before anything else, so that neither a reload nor Back ever replays the code.
    removeAnswerFromAddressBar();
    return this.#complete(href, pending).catch((error: unknown) => {
      this.#fail(error);
      return undefined;
    });
  }

  /** Stops waiting for an open popup and drops every subscriber. */
  dispose(): void {
    this.#flow.abandonPopup?.();
    this.#changes.clear();
  }

  /**
   * Checks the answer against the pending sign-in, then has Emporix turn it into a customer
   * session. `completing` is set at once, before the code that does it is loaded; an answer that
   * belongs to no sign-in is refused without loading it.
   */
  async #complete(href: string, pending: PendingSignIn | undefined): Promise<SessionSnapshot> {
    this.#setCompleting(true);
    try {
      if (!pending) {
        throw new SocialLoginError('state_mismatch', 'This sign-in answer belongs to no sign-in started in this tab (already used, or started elsewhere)');
      }
      return await (await loadSocialFlow()).completeSignIn(this.#flow, href, pending);
    } finally {
      this.#setCompleting(false);
    }
  }

  #fail(error: unknown): SocialLoginError {
    const failure = toSocialLoginError(error);
    this.#lastError = failure;
    this.#changed();
    this.#session.reportError('social-login', failure);
    return failure;
  }

  #setCompleting(completing: boolean): void {
    this.#completing = completing;
    this.#changed();
  }

  #changed(): void {
    this.#changes.emit('change', undefined);
  }
}
