import type { EmulatorContext } from '../context.ts';
import type { App, AppContext } from '../env.ts';
import { badRequest, fault, FaultCode, missingValue } from '../errors.ts';
import { logNote, requireQuery } from '../http.ts';
import { TENANT_PATTERN, type TenantConfig } from '../config.ts';
import type { IssuedTokens } from '../tokens.ts';

/** AnonymousAccessToken. */
function anonymousTokenBody(tokens: IssuedTokens) {
  return {
    token_type: 'Bearer',
    access_token: tokens.accessToken,
    expires_in: tokens.expiresIn,
    refresh_token: tokens.refreshToken,
    refresh_token_expires_in: tokens.refreshExpiresIn,
    sessionId: tokens.sessionId,
    scope: tokens.scope,
  };
}

/** The tenant and storefront client named in the query; an unknown client id is the gateway's invalid API key. */
function storefrontClient(c: AppContext, context: EmulatorContext): { tenant: TenantConfig; clientId: string } {
  // `hybris-tenant` is the legacy name Emporix's own storefront still sends; `tenant` is the documented one.
  const name = c.req.query('tenant') || c.req.query('hybris-tenant');
  if (!name) throw missingValue('tenant');
  const tenant = TENANT_PATTERN.test(name) ? context.store.tenant(name)?.config : undefined;
  if (!tenant) throw badRequest('The tenant information provided with the request is not valid.');
  const clientId = requireQuery(c, 'client_id');
  if (!tenant.storefrontClientIds.includes(clientId)) throw fault('Invalid ApiKey', FaultCode.invalidApiKey);
  return { tenant, clientId };
}

export function registerAnonymousRoutes(app: App, context: EmulatorContext): void {
  const { tokens } = context;

  app.get('/customerlogin/auth/anonymous/login', (c) => {
    const { tenant, clientId } = storefrontClient(c, context);
    return c.json(anonymousTokenBody(tokens.issueAnonymous(tenant.name, clientId)));
  });

  app.get('/customerlogin/auth/anonymous/refresh', (c) => {
    const { tenant, clientId } = storefrontClient(c, context);
    const refreshToken = c.req.query('refresh_token');
    if (refreshToken) {
      const found = tokens.refresh(refreshToken, 'anonymous', tenant.name);
      if (found.status === 'unknown') throw fault('Invalid refresh token', FaultCode.invalidRefreshToken);
      if (found.status === 'expired') throw fault('Refresh token expired', FaultCode.invalidRefreshToken);
      tokens.consumeRefresh(refreshToken);
      logNote(c, 'anonymous refresh token rotated');
      return c.json(anonymousTokenBody(tokens.issueAnonymous(tenant.name, clientId, found.grant.sessionId)));
    }
    const anonymousToken = c.req.query('anonymous_token');
    if (!anonymousToken) throw missingValue('refresh_token');
    return c.json(refreshByAccessToken(c, context, tenant.name, anonymousToken));
  });
}

/**
 * The deprecated refresh with the anonymous access token itself: allowed while the session's
 * refresh lifetime lasts (even after the access token expired); answers without a refresh token.
 */
function refreshByAccessToken(c: AppContext, { tokens }: EmulatorContext, tenant: string, anonymousToken: string) {
  const found = tokens.access(anonymousToken);
  if (found.status === 'unknown' || found.grant.kind !== 'anonymous' || found.grant.tenant !== tenant) {
    throw fault('Invalid access token', FaultCode.invalidAccessToken);
  }
  if (!tokens.canRenewAnonymous(found.grant)) throw fault('Access Token expired', FaultCode.accessTokenExpired);
  tokens.revokeAccess(anonymousToken);
  const issued = tokens.reissueAnonymousAccess(found.grant);
  logNote(c, 'refreshed with the deprecated anonymous_token parameter');
  return {
    token_type: 'Bearer',
    access_token: issued.accessToken,
    expires_in: issued.expiresIn,
    sessionId: found.grant.sessionId,
    scope: issued.scope,
  };
}
