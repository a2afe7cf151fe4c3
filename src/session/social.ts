import type { OidcClient, SigninState } from 'oidc-client-ts';
import * as api from '../api/index.js';
import { EmporixError, type EmporixErrorKind } from '../api/index.js';
import { Emitter } from './emitter.js';
import { decodeJwtClaims } from './jwt.js';
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
 * - `network`: the provider or Emporix did not answer (`kind` says `network` or `timeout`).
 */
export type SocialLoginErrorCode =
  | 'cancelled'
  | 'state_mismatch'
  | 'expired'
  | 'provider_error'
  | 'emporix_refused'
  | 'missing_verifier'
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
/** oidc-client-ts keeps its sign-in state (verifier, nonce, redirect URI) in sessionStorage under this prefix. */
const OIDC_STATE_PREFIX = 'emx-elements.oidc.';
/** The provider's answer in the callback URL: never left in the address bar or history. */
const ANSWER_PARAMS = ['code', 'state', 'session_state', 'iss', 'error', 'error_description', 'error_uri'] as const;
const POPUP_NAME = 'emx-elements-social-login';
const POPUP_MESSAGE = 'emx-elements:social-login-answer';
const POPUP_CLOSED_POLL_MS = 400;

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

/** The provider's answer as it arrives in the redirect URI's query. */
interface ProviderAnswer {
  state: string;
  code?: string;
  error?: string;
  errorDescription?: string;
  issuer?: string;
}

function providerAnswerIn(href: string): ProviderAnswer | undefined {
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

function withState(href: string, state: string): string {
  const url = new URL(href);
  url.searchParams.set('state', state);
  return url.href;
}

/** The OAuth state the provider sees: Emporix's `{configName}--{random}` when a configuration is named. */
function stateForProvider(provider: ResolvedSocialProvider, stateId: string): string {
  return provider.configName ? `${provider.configName}--${stateId}` : stateId;
}

/** The oidc-client-ts state id inside the answer's state, or undefined when it lacks the configuration prefix. */
function stateIdInAnswer(provider: ResolvedSocialProvider, state: string): string | undefined {
  if (!provider.configName) return state;
  const prefix = `${provider.configName}--`;
  return state.startsWith(prefix) ? state.slice(prefix.length) : undefined;
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

let oidcClientTs: Promise<typeof import('oidc-client-ts')> | undefined;

/** oidc-client-ts is fetched on first use only, so pages without social sign-in never download it. */
function loadOidcClientTs(): Promise<typeof import('oidc-client-ts')> {
  oidcClientTs ??= import('oidc-client-ts').catch((error: unknown) => {
    oidcClientTs = undefined;
    throw error;
  });
  return oidcClientTs;
}

function providerFailure(error: string, description: string | undefined): SocialLoginError {
  if (error === 'access_denied') return new SocialLoginError('cancelled', 'The sign-in was cancelled at the provider');
  return new SocialLoginError('provider_error', `The provider refused the sign-in: ${description || error}`);
}

/** Names every failure in the words of {@link SocialLoginErrorCode}. */
function toSocialLoginError(error: unknown): SocialLoginError {
  if (error instanceof SocialLoginError) return error;
  if (error instanceof EmporixError) {
    if (error.kind === 'http') {
      return new SocialLoginError('emporix_refused', `Emporix refused the sign-in: ${error.message}`, { status: error.status, cause: error });
    }
    return new SocialLoginError('network', error.message, { kind: error.kind === 'timeout' ? 'timeout' : 'network', cause: error });
  }
  // oidc-client-ts marks its error classes by name; fetch reports an unreachable server as a TypeError.
  const name = error instanceof Error ? error.name : '';
  if (name === 'ErrorTimeout') return new SocialLoginError('network', 'The provider did not answer in time', { kind: 'timeout', cause: error });
  if (error instanceof TypeError) return new SocialLoginError('network', 'The provider could not be reached', { kind: 'network', cause: error });
  if (name === 'ErrorResponse') {
    const { error: code, error_description: description } = error as Error & { error: string; error_description?: string | null };
    return providerFailure(code, description ?? undefined);
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new SocialLoginError('provider_error', `The provider's answer could not be used: ${reason}`, { cause: error });
}

/** A sign-in this tab started and has not finished: what the provider's answer is checked against. */
interface PendingSignIn {
  stateId: string;
  provider: ResolvedSocialProvider;
  /** Epoch ms on the session's clock. */
  startedAt: number;
}

/** The one pending sign-in of a tab, in sessionStorage so that it survives the redirect. */
class PendingSignInStore {
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
export type SocialLoginSession = Pick<EmporixSession, 'config' | 'getAnonymousToken' | 'anonymousSessionId' | 'adoptCustomerTokens'>;

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
  readonly #reportError: (error: SocialLoginError) => void;
  readonly #pending: PendingSignInStore;
  readonly #changes = new Emitter<{ change: undefined }>();
  #providers: readonly ResolvedSocialProvider[] = [];
  #lastError: SocialLoginError | undefined;
  #completing = false;
  #abandonPopup: (() => void) | undefined;

  /** Created by the session (use `session.social`); `reportError` announces a failure as its `error` event. */
  constructor(session: SocialLoginSession, reportError: (error: SocialLoginError) => void) {
    this.#session = session;
    this.#reportError = reportError;
    this.#pending = new PendingSignInStore(`emx-elements.social:${session.config.tenant}:${session.config.clientId}`);
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
    // A popup is reused by name: a sign-in still waiting for it gives way to this one.
    this.#abandonPopup?.();
    // Browsers allow a popup only in the click's own task, before anything is awaited.
    const popup = provider.display === 'popup' ? openPopup() : null;
    try {
      // The customer session continues this anonymous session (its id goes to socialLogin).
      await this.#session.anonymousSessionId();
      const request = await this.#clientFor(provider, await loadOidcClientTs()).createSigninRequest({ nonce: crypto.randomUUID() });
      const stateId = request.state.id;
      this.#pending.save({ stateId, provider, startedAt: this.#session.config.now() });
      const url = withState(request.url, stateForProvider(provider, stateId));
      if (!popup) {
        location.assign(url);
        return undefined;
      }
      const answerUrl = await this.#waitForPopupAnswer(popup, url);
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
    this.#abandonPopup?.();
    this.#changes.clear();
  }

  #clientFor(provider: ResolvedSocialProvider, oidc: typeof import('oidc-client-ts')): OidcClient {
    return new oidc.OidcClient({
      authority: provider.issuer,
      client_id: provider.clientId,
      redirect_uri: provider.redirectUri,
      scope: provider.scope,
      response_type: 'code',
      loadUserInfo: false,
      requestTimeoutInSeconds: Math.ceil(this.#session.config.timeoutMs / 1000),
      staleStateAgeInSeconds: SOCIAL_SIGN_IN_LIFETIME_SECONDS,
      stateStore: new oidc.WebStorageStateStore({ store: sessionStorage, prefix: OIDC_STATE_PREFIX }),
    });
  }

  /** Checks the answer against the pending sign-in, then has Emporix turn it into a customer session. */
  async #complete(href: string, pending: PendingSignIn | undefined): Promise<SessionSnapshot> {
    this.#setCompleting(true);
    try {
      if (!pending) {
        throw new SocialLoginError('state_mismatch', 'This sign-in answer belongs to no sign-in started in this tab (already used, or started elsewhere)');
      }
      const client = this.#clientFor(pending.provider, await loadOidcClientTs());
      try {
        return await this.#redeem(client, pending, href);
      } finally {
        // Whatever the outcome, the sign-in is spent: its verifier must never serve another answer.
        await client.settings.stateStore.remove(pending.stateId);
      }
    } finally {
      this.#setCompleting(false);
    }
  }

  async #redeem(client: OidcClient, { provider, stateId, startedAt }: PendingSignIn, href: string): Promise<SessionSnapshot> {
    const answer = providerAnswerIn(href);
    if (!answer || stateIdInAnswer(provider, answer.state) !== stateId) {
      throw new SocialLoginError('state_mismatch', "The provider's answer does not carry the state of the sign-in started in this tab");
    }
    if (this.#session.config.now() - startedAt > SOCIAL_SIGN_IN_LIFETIME_SECONDS * 1000) {
      throw new SocialLoginError('expired', 'The sign-in took too long; please start it again');
    }
    if (answer.error || !answer.code) throw providerFailure(answer.error ?? 'invalid_request', answer.errorDescription);
    if (answer.issuer && answer.issuer !== provider.issuer) {
      throw new SocialLoginError('provider_error', 'The answer comes from another issuer than the one the sign-in went to');
    }
    // oidc-client-ts knows its state by its own id, without the configuration prefix.
    const oidcUrl = withState(href, stateId);
    return provider.mode === 'exchange' ? this.#exchange(client, provider, oidcUrl) : this.#socialLogin(client, answer.code, oidcUrl);
  }

  /** Mode `code`: Emporix redeems the code with this tab's PKCE verifier. */
  async #socialLogin(client: OidcClient, code: string, oidcUrl: string): Promise<SessionSnapshot> {
    const stored = await this.#storedSignIn(client, oidcUrl, true);
    const call = await this.#anonymousCall();
    const tokens = await api.socialLogin(call, {
      code,
      redirectUri: stored.redirect_uri,
      codeVerifier: stored.code_verifier,
      sessionId: await this.#session.anonymousSessionId(),
    });
    // Emporix verified the ID token's signature; the nonce ties it to this sign-in.
    const claims = decodeJwtClaims(tokens.social_id_token);
    if (tokens.social_id_token && claims?.nonce !== stored.nonce) {
      void api.logout({ ...call, token: tokens.access_token }).catch(() => undefined);
      throw new SocialLoginError('state_mismatch', "The provider's ID token was issued for another sign-in (nonce mismatch)");
    }
    return this.#session.adoptCustomerTokens(tokens, typeof claims?.email === 'string' ? claims.email : undefined);
  }

  /** Mode `exchange`: the browser redeems the code at the provider, Emporix exchanges its access token. */
  async #exchange(client: OidcClient, provider: ResolvedSocialProvider, oidcUrl: string): Promise<SessionSnapshot> {
    await this.#storedSignIn(client, oidcUrl, false);
    // Redeems the code with the verifier and checks the ID token's nonce; consumes the stored state.
    const signin = await client.processSigninResponse(oidcUrl);
    const tokens = await api.exchangeAuthToken(await this.#anonymousCall(), signin.access_token, provider.configName);
    return this.#session.adoptCustomerTokens(tokens, typeof signin.profile.email === 'string' ? signin.profile.email : undefined);
  }

  /** The sign-in state oidc-client-ts stored for the answer; `consume` removes it as it is read. */
  async #storedSignIn(client: OidcClient, oidcUrl: string, consume: boolean): Promise<SigninState> {
    let state: SigninState;
    try {
      ({ state } = await client.readSigninResponseState(oidcUrl, consume));
    } catch (cause) {
      throw new SocialLoginError('missing_verifier', 'This tab no longer holds the PKCE verifier of the sign-in', { cause });
    }
    if (!state.code_verifier) throw new SocialLoginError('missing_verifier', 'The stored sign-in has no PKCE verifier');
    return state;
  }

  async #anonymousCall(): Promise<api.AuthorizedCall> {
    const { apiUrl, tenant, timeoutMs } = this.#session.config;
    return { apiUrl, tenant, timeoutMs, token: await this.#session.getAnonymousToken() };
  }

  /** Sends the popup to the provider and waits for the answer its redirect URI's page posts back. */
  #waitForPopupAnswer(popup: Window, url: string): Promise<string> {
    popup.location.assign(url);
    return new Promise((resolve, reject) => {
      const stop = () => {
        clearInterval(closedWatch);
        window.removeEventListener('message', onMessage);
        this.#abandonPopup = undefined;
      };
      const onMessage = (event: MessageEvent) => {
        const data = event.data as { type?: unknown; url?: unknown } | null;
        if (event.source !== popup || event.origin !== location.origin || data?.type !== POPUP_MESSAGE || typeof data.url !== 'string') return;
        stop();
        popup.close();
        resolve(data.url);
      };
      const cancel = () => {
        stop();
        reject(new SocialLoginError('cancelled', 'The sign-in window was closed'));
      };
      const closedWatch = setInterval(() => popup.closed && cancel(), POPUP_CLOSED_POLL_MS);
      window.addEventListener('message', onMessage);
      this.#abandonPopup = cancel;
    });
  }

  #fail(error: unknown): SocialLoginError {
    const failure = toSocialLoginError(error);
    this.#lastError = failure;
    this.#changed();
    this.#reportError(failure);
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
