import { request, encodeTenant, type ApiTarget, type AuthorizedCall, type RequestOptions } from './http.js';
import type {
  AnonymousLoginContext,
  AnonymousTokenResponse,
  CustomerTokenResponse,
  PasswordCredentials,
  RefreshCustomerTokenResponse,
  ResourceLocation,
  SignupRequest,
  ValidateTokenResponse,
} from './types.js';

/** A storefront call identified by its client id rather than a token. */
export interface StorefrontCall extends ApiTarget, RequestOptions {
  clientId: string;
}

/** GET /customerlogin/auth/anonymous/login: a new anonymous session. */
export function requestAnonymousToken(call: StorefrontCall, context: AnonymousLoginContext = {}) {
  return request<AnonymousTokenResponse>({
    ...call,
    operation: 'anonymous login',
    method: 'GET',
    path: '/customerlogin/auth/anonymous/login',
    query: { tenant: call.tenant, client_id: call.clientId, ...context },
  });
}

/** GET /customerlogin/auth/anonymous/refresh: a new anonymous token for the same session id. */
export function refreshAnonymousToken(call: StorefrontCall, refreshToken: string) {
  return request<AnonymousTokenResponse>({
    ...call,
    operation: 'anonymous refresh',
    method: 'GET',
    path: '/customerlogin/auth/anonymous/refresh',
    query: { tenant: call.tenant, refresh_token: refreshToken, client_id: call.clientId },
  });
}

/** POST /customer/{tenant}/signup, authorized with the anonymous token. */
export function signup(call: AuthorizedCall, body: SignupRequest) {
  return request<ResourceLocation>({
    ...call,
    operation: 'sign-up',
    method: 'POST',
    path: `/customer/${encodeTenant(call.tenant)}/signup`,
    body,
  });
}

/** POST /customer/{tenant}/login, authorized with the anonymous token. */
export function login(call: AuthorizedCall, credentials: PasswordCredentials) {
  return request<CustomerTokenResponse>({
    ...call,
    operation: 'login',
    method: 'POST',
    path: `/customer/${encodeTenant(call.tenant)}/login`,
    body: credentials,
  });
}

/** GET /customer/{tenant}/logout: invalidates the customer token (the contract wants it in the query too). */
export function logout(call: AuthorizedCall) {
  return request<void>({
    ...call,
    operation: 'logout',
    method: 'GET',
    path: `/customer/${encodeTenant(call.tenant)}/logout`,
    query: { accessToken: call.token },
  });
}

/** GET /customer/{tenant}/refreshauthtoken, authorized with the anonymous token. */
export function refreshCustomerToken(call: AuthorizedCall, refreshToken: string, legalEntityId?: string) {
  return request<RefreshCustomerTokenResponse>({
    ...call,
    operation: 'customer token refresh',
    method: 'GET',
    path: `/customer/${encodeTenant(call.tenant)}/refreshauthtoken`,
    query: { refreshToken, legalEntityId },
  });
}

/** GET /customer/{tenant}/validateauthtoken, authorized with the customer token. */
export function validateToken(call: AuthorizedCall) {
  return request<ValidateTokenResponse>({
    ...call,
    operation: 'token validation',
    method: 'GET',
    path: `/customer/${encodeTenant(call.tenant)}/validateauthtoken`,
  });
}
