/**
 * The two endpoints that turn an identity provider's answer into a customer session. A module of
 * their own: only the social sign-in code loaded on demand calls them, so they travel in its chunk.
 */
import { request, encodeTenant, type AuthorizedCall } from './http.js';
import type { ExchangeAuthTokenResponse, SocialLoginResponse } from './types.js';

/** POST /customer/{tenant}/exchangeauthtoken: an identity provider's access token for a customer token. */
export function exchangeAuthToken(call: AuthorizedCall, subjectAccessToken: string, config?: string) {
  return request<ExchangeAuthTokenResponse>({
    ...call,
    operation: 'token exchange',
    method: 'POST',
    path: `/customer/${encodeTenant(call.tenant)}/exchangeauthtoken`,
    query: { subjectAccessToken, config },
  });
}

export interface SocialLoginParams {
  code: string;
  redirectUri: string;
  codeVerifier?: string;
  /** The anonymous session id, so the customer session continues it. */
  sessionId?: string;
}

/** POST /customer/{tenant}/socialLogin: redeems an identity provider's authorization code. */
export function socialLogin(call: AuthorizedCall, params: SocialLoginParams) {
  return request<SocialLoginResponse>({
    ...call,
    operation: 'social login',
    method: 'POST',
    path: `/customer/${encodeTenant(call.tenant)}/socialLogin`,
    query: { code: params.code, redirect_uri: params.redirectUri, code_verifier: params.codeVerifier },
    headers: params.sessionId ? { 'session-id': params.sessionId } : undefined,
  });
}
