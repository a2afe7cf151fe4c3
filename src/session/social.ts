import { EmporixError, type EmporixErrorKind } from '../api/index.js';
import { Emitter } from './emitter.js';
import type { EmporixSession, SessionSnapshot } from './session.js';
import { createStore, type SessionStore } from './storage.js';

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

/**
 * What went wrong, in one word a page can switch on (and translate):
 * - `cancelled`: the customer cancelled at the provider (`access_denied`) or closed the popup;
 * - `state_mismatch`: the answer belongs to no sign-in started in this tab (tampered, replayed, or
 *   started elsewhere), or its ID token carries another nonce;
 * - `expired`: the sign-in was started too long ago;
 * - `provider_error`: the provider answered with another error, or an answer that could not be used;
 * - `emporix_refused`: Emporix refused the code (`socialLogin`) or the provider's token (`exchangeauthtoken`);
 * - `missing_verifier`: this tab no longer holds the PKCE verifier of the sign-in;
 * - `insecure_provider`: the provider's issuer or a discovered endpoint is not `https:` (`http:`
 *   is allowed on loopback hosts only: `localhost`, `127.0.0.0/8`, `[::1]`); nothing was opened;
 * - `network`: the provider or Emporix did not answer (`kind` says `network` or `timeout`).
 */
export type SocialLoginErrorCode =
  | 'cancelled'
  | 'state_mismatch'
  | 'expired'
  | 'provider_error'
  | 'emporix_refused'
  | 'missing_verifier'
  | 'insecure_provider'
  | 'network';

/** A failed social sign-in. `status` is Emporix's HTTP status for `emporix_refused`, otherwise 0. */
export class SocialLoginError extends EmporixError {
  declare readonly code: SocialLoginErrorCode;

  constructor(code: SocialLoginErrorCode, message: string, options: { kind?: EmporixErrorKind; status?: number; cause?: unknown } = {}) {
    super({ kind: options.kind ?? 'http', status: options.status, code, message, cause: options.cause });
  }
}

/** How long a started sign-in may take; older answers are refused and older markers ignored. */
export const SOCIAL_SIGN_IN_LIFETIME_SECONDS = 600;

const DEFAULT_SCOPE = 'openid email profile';
const MODES: readonly SocialLoginMode[] = ['code', 'exchange'];
const DISPLAYS: readonly SocialLoginDisplay[] = ['redirect', 'popup'];
/** The provider's answer in the callback URL: never left in the address bar or history. */
const ANSWER_PARAMS = ['code', 'state', 'session_state', 'iss', 'error', 'error_description', 'error_uri'] as const;
const POPUP_NAME = 'emx-elements-social-login';
/** The message type of the answer the popup posts to the page that opened it. */
export const POPUP_MESSAGE = 'emx-elements:social-login-answer';

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

/** This window is the popup a sign-in of the kit opened (its opener waits for the answer). */
function isSignInPopup(): boolean {
  return window.name === POPUP_NAME && Boolean(window.opener);
}

function openPopup(): Window | null {
  const width = 480;
  const height = 640;
  const left = Math.round(window.screenX + (window.outerWidth - width) / 2);
  const top = Math.round(window.screenY + (window.outerHeight - height) / 2);
  return window.open('about:blank', POPUP_NAME, `popup,width=${width},height=${height},left=${left},top=${top}`);
}

let socialFlow: Promise<typeof import('./social-flow.js')> | undefined;

/**
 * The sign-in code and oidc-client-ts are fetched on the first sign-in or callback only, so pages
 * without social sign-in never download them.
 */
function loadSocialFlow(): Promise<typeof import('./social-flow.js')> {
  socialFlow ??= import('./social-flow.js').catch((error: unknown) => {
    socialFlow = undefined;
    throw error;
  });
  return socialFlow;
}

/** The code loaded on demand names its failures; any other failure is its download's. */
function toSocialLoginError(error: unknown): SocialLoginError {
  if (error instanceof SocialLoginError) return error;
  return new SocialLoginError('network', 'The provider could not be reached', { kind: 'network', cause: error });
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

/** What social sign-in needs from the session. */
export type SocialLoginSession = Pick<EmporixSession, 'config' | 'getAnonymousToken' | 'anonymousSessionId' | 'adoptCustomerTokens' | 'reportError'>;

/** What the sign-in code loaded on demand (social-flow.ts) works with. */
export interface SocialFlowContext {
  readonly session: SocialLoginSession;
  readonly pending: PendingSignInStore;
  /** Set while a popup sign-in waits for its answer: stops waiting, rejecting with `cancelled`. */
  abandonPopup: (() => void) | undefined;
}

/**
 * Social login and SSO through OpenID Connect providers configured in Emporix, reached as
 * `session.social`. oidc-client-ts creates the PKCE verifier and S256 challenge, the state and the
 * nonce, and keeps them in sessionStorage; this class checks the answer and has Emporix turn it
 * into the same customer session a password login gives (storage, `login` event, other tabs).
 *
 * ```ts
 * session.social.configure([{ id: 'google', label: 'Google', issuer, clientId, redirectUri }]);
 * await session.social.signIn('google'); // leaves the page; the redirect URI's page completes it
 * ```
 */
export class SocialLogin {
  readonly #session: SocialLoginSession;
  readonly #pending: PendingSignInStore;
  readonly #flow: SocialFlowContext;
  readonly #changes = new Emitter<{ change: undefined }>();
  #providers: readonly ResolvedSocialProvider[] = [];
  #lastError: SocialLoginError | undefined;
  #completing = false;

  /** Created by the session (use `session.social`), which announces every failure as its `error` event. */
  constructor(session: SocialLoginSession) {
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
   * kept as {@link lastError} and announced as the session's `error` event (operation `social login`).
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
   * `<emx-session>` calls it when it connects.
   */
  handleRedirectCallback(): Promise<SessionSnapshot | undefined> {
    const href = globalThis.location?.href;
    if (!href || !providerAnswerIn(href)) return Promise.resolve(undefined);
    if (isSignInPopup()) {
      removeAnswerFromAddressBar();
      // Only a same-origin opener receives the code.
      (window.opener as Window).postMessage({ type: POPUP_MESSAGE, url: href }, location.origin);
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
    this.#session.reportError('social login', failure);
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
