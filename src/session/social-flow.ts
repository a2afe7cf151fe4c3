/**
 * The part of social sign-in that only a sign-in needs: the request to the provider, the popup
 * hand-over and the redemption of the answer, with oidc-client-ts. `SocialLogin` (social.ts)
 * imports this module on the first sign-in or callback, so pages that never sign in socially
 * download none of it.
 */
import { OidcClient, WebStorageStateStore, type SigninState } from 'oidc-client-ts';
import * as api from '../api/index.js';
import { decodeJwtClaims } from './jwt.js';
import type { SessionSnapshot } from './types.js';
import {
  SOCIAL_SIGN_IN_LIFETIME_SECONDS,
  assertSecureProviderUrl,
  providerAnswerIn,
  type PendingSignIn,
  type ResolvedSocialProvider,
  type SocialFlowContext,
} from './social.js';
import { SocialLoginError, providerFailure, toSocialLoginError } from './social-error.js';
import { waitForPopupAnswer } from './social-popup.js';

/** oidc-client-ts keeps its sign-in state (verifier, nonce, redirect URI) in sessionStorage under this prefix. */
const OIDC_STATE_PREFIX = 'emx-elements.oidc.';

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

/** Runs `work`, naming its failure in the words of {@link SocialLoginErrorCode}. */
async function named<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toSocialLoginError(error);
  }
}

function clientFor(context: SocialFlowContext, provider: ResolvedSocialProvider): OidcClient {
  return new OidcClient({
    authority: provider.issuer,
    client_id: provider.clientId,
    redirect_uri: provider.redirectUri,
    scope: provider.scope,
    response_type: 'code',
    loadUserInfo: false,
    requestTimeoutInSeconds: Math.ceil(context.session.config.timeoutMs / 1000),
    staleStateAgeInSeconds: SOCIAL_SIGN_IN_LIFETIME_SECONDS,
    stateStore: new WebStorageStateStore({ store: sessionStorage, prefix: OIDC_STATE_PREFIX }),
  });
}

/**
 * Sends the customer to the provider: in this window (resolves `undefined` as the page leaves)
 * or in `popup` (resolves the answer URL its redirect URI's page posts back). Rejects with a
 * {@link SocialLoginError}.
 */
export function startSignIn(context: SocialFlowContext, provider: ResolvedSocialProvider, popup: Window | null): Promise<string | undefined> {
  return named(async () => {
    // A sign-in that never came back leaves nothing behind: one pending verifier per tab at most.
    context.pending.take();
    removeStoredSignIns();
    // The customer session continues this anonymous session (its id goes to socialLogin).
    await context.session.anonymousSessionId();
    const client = clientFor(context, provider);
    // Discovery is cached by the client: the sign-in request below uses the endpoints checked here.
    assertSecureProviderUrl(provider, 'authorization endpoint', await client.metadataService.getAuthorizationEndpoint());
    if (provider.mode === 'exchange') assertSecureProviderUrl(provider, 'token endpoint', await client.metadataService.getTokenEndpoint(false));
    const request = await client.createSigninRequest({ nonce: crypto.randomUUID() });
    const stateId = request.state.id;
    context.pending.save({ stateId, provider, startedAt: context.session.config.now() });
    const url = withState(request.url, stateForProvider(provider, stateId));
    if (!popup) {
      location.assign(url);
      return undefined;
    }
    const wait = waitForPopupAnswer(popup, url);
    context.abandonPopup = wait.abandon;
    try {
      return await wait.answer;
    } finally {
      if (context.abandonPopup === wait.abandon) context.abandonPopup = undefined;
    }
  });
}

/** Removes every sign-in state (PKCE verifier, nonce) oidc-client-ts stored in this tab. */
function removeStoredSignIns(): void {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith(OIDC_STATE_PREFIX)) sessionStorage.removeItem(key);
}

/**
 * Checks the provider's answer in `href` against the pending sign-in, then has Emporix turn it
 * into a customer session. Rejects with a {@link SocialLoginError}.
 */
export function completeSignIn(context: SocialFlowContext, href: string, pending: PendingSignIn): Promise<SessionSnapshot> {
  return named(async () => {
    const client = clientFor(context, pending.provider);
    try {
      return await redeem(context, client, pending, href);
    } finally {
      // Whatever the outcome, the sign-in is spent: its verifier must never serve another answer.
      await client.settings.stateStore.remove(pending.stateId);
    }
  });
}

async function redeem(context: SocialFlowContext, client: OidcClient, { provider, stateId, startedAt }: PendingSignIn, href: string): Promise<SessionSnapshot> {
  const answer = providerAnswerIn(href);
  if (!answer || stateIdInAnswer(provider, answer.state) !== stateId) {
    throw new SocialLoginError('state_mismatch', "The provider's answer does not carry the state of the sign-in started in this tab");
  }
  if (context.session.config.now() - startedAt > SOCIAL_SIGN_IN_LIFETIME_SECONDS * 1000) {
    throw new SocialLoginError('expired', 'The sign-in took too long; please start it again');
  }
  if (answer.error || !answer.code) throw providerFailure(answer.error ?? 'invalid_request', answer.errorDescription);
  if (answer.issuer && answer.issuer !== provider.issuer) {
    throw new SocialLoginError('provider_error', 'The answer comes from another issuer than the one the sign-in went to');
  }
  // oidc-client-ts knows its state by its own id, without the configuration prefix.
  const oidcUrl = withState(href, stateId);
  return provider.mode === 'exchange' ? exchange(context, client, provider, oidcUrl) : socialLogin(context, client, answer.code, oidcUrl);
}

/** Mode `code`: Emporix redeems the code with this tab's PKCE verifier. */
async function socialLogin(context: SocialFlowContext, client: OidcClient, code: string, oidcUrl: string): Promise<SessionSnapshot> {
  const stored = await storedSignIn(client, oidcUrl, true);
  const call = await anonymousCall(context);
  const tokens = await api.socialLogin(call, {
    code,
    redirectUri: stored.redirect_uri,
    codeVerifier: stored.code_verifier,
    sessionId: await context.session.anonymousSessionId(),
  });
  // Emporix verified the ID token's signature; the nonce ties it to this sign-in.
  const claims = decodeJwtClaims(tokens.social_id_token);
  if (tokens.social_id_token && claims?.nonce !== stored.nonce) {
    void api.logout({ ...call, token: tokens.access_token }).catch(() => undefined);
    throw new SocialLoginError('state_mismatch', "The provider's ID token was issued for another sign-in (nonce mismatch)");
  }
  return context.session.adoptCustomerTokens(tokens, typeof claims?.email === 'string' ? claims.email : undefined);
}

/** Mode `exchange`: the browser redeems the code at the provider, Emporix exchanges its access token. */
async function exchange(context: SocialFlowContext, client: OidcClient, provider: ResolvedSocialProvider, oidcUrl: string): Promise<SessionSnapshot> {
  await storedSignIn(client, oidcUrl, false);
  // Redeems the code with the verifier and checks the ID token's nonce; consumes the stored state.
  const signin = await client.processSigninResponse(oidcUrl);
  const tokens = await api.exchangeAuthToken(await anonymousCall(context), signin.access_token, provider.configName);
  return context.session.adoptCustomerTokens(tokens, typeof signin.profile.email === 'string' ? signin.profile.email : undefined);
}

/** The sign-in state oidc-client-ts stored for the answer; `consume` removes it as it is read. */
async function storedSignIn(client: OidcClient, oidcUrl: string, consume: boolean): Promise<SigninState> {
  let state: SigninState;
  try {
    ({ state } = await client.readSigninResponseState(oidcUrl, consume));
  } catch (cause) {
    throw new SocialLoginError('missing_verifier', 'This tab no longer holds the PKCE verifier of the sign-in', { cause });
  }
  if (!state.code_verifier) throw new SocialLoginError('missing_verifier', 'The stored sign-in has no PKCE verifier');
  return state;
}

async function anonymousCall(context: SocialFlowContext): Promise<api.AuthorizedCall> {
  const { apiUrl, tenant, timeoutMs } = context.session.config;
  return { apiUrl, tenant, timeoutMs, token: await context.session.getAnonymousToken() };
}
