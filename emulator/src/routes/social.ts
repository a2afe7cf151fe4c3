import { authorize } from '../auth.ts';
import { defaultIdentityProvider, type IdentityProviderConfig } from '../config.ts';
import type { EmulatorContext } from '../context.ts';
import type { App } from '../env.ts';
import { apiError, badRequest, conflict, validationFailure } from '../errors.ts';
import { logNote, requireQuery } from '../http.ts';
import { tenantAudience } from '../oidc/provider.ts';
import type { ExternalIdentity } from '../oidc/relying-party.ts';
import { assertCanLogIn, SESSION_IDLE_TIME_SECONDS, startCustomerSession } from '../sessions.ts';
import type { CustomerRecord } from '../store.ts';
import type { CustomerTokens } from '../tokens.ts';

export function registerSocialRoutes(app: App, context: EmulatorContext): void {
  const { tokens, relyingParty } = context;

  const identityProviders = (tenant: string) => {
    const configs = context.store.requireTenant(tenant).config.identityProviders;
    const fallback = defaultIdentityProvider(configs);
    if (!fallback) throw badRequest(`Tenant ${tenant} has no identity provider configured.`);
    return { configs, fallback };
  };

  app.post('/customer/:tenant/socialLogin', async (c) => {
    const anonymous = authorize(c, tokens, ['anonymous']);
    const { tenant } = anonymous;
    const code = requireQuery(c, 'code');
    const redirectUri = requireQuery(c, 'redirect_uri');
    const idp = configForCode(identityProviders(tenant), context.openId.clientOfCode(code));
    const redemption = await relyingParty.redeemCode(idp.clientId, code, redirectUri, c.req.query('code_verifier'));
    logNote(c, redemption.note);
    if (!redemption.ok) throw redemption.error;
    const identity = await relyingParty.verifyIdToken(redemption.tokens.idToken, idp.clientId);
    const customer = findOrCreateExternalCustomer(context, tenant, identity, 'invalid_id_token');
    // The storefront may carry its anonymous session over explicitly.
    const sessionId = c.req.header('session-id') || anonymous.sessionId;
    const issued = await startCustomerSession(context, tenant, customer, sessionId);
    return c.json({
      social_access_token: redemption.tokens.accessToken,
      social_id_token: redemption.tokens.idToken,
      ...externalLoginTokenFields(issued),
      // Strings here, as the contract documents for this endpoint.
      refresh_token_expires_in: String(issued.refreshExpiresIn),
      expires_in: String(issued.expiresIn),
    });
  });

  app.post('/customer/:tenant/exchangeauthtoken', async (c) => {
    const anonymous = authorize(c, tokens, ['anonymous']);
    const { tenant } = anonymous;
    const subjectAccessToken = requireQuery(c, 'subjectAccessToken');
    const { configs, fallback } = identityProviders(tenant);
    const configName = c.req.query('config');
    const idp = configName === undefined ? fallback : configs.find((config) => config.name === configName);
    if (!idp) {
      throw validationFailure([{ field: 'config', type: 'invalid_value', message: `There is no identity provider configuration "${configName}".` }]);
    }
    const identity = await relyingParty.verifyAccessToken(subjectAccessToken, idp.clientId, tenantAudience(tenant));
    logNote(c, `subject token verified with the provider's JWKS (configuration ${idp.name})`);
    const customer = findOrCreateExternalCustomer(context, tenant, identity, 'invalid_subject_token');
    const issued = await startCustomerSession(context, tenant, customer, anonymous.sessionId);
    return c.json({
      subject_access_token: subjectAccessToken,
      ...externalLoginTokenFields(issued),
      session_id: issued.sessionId,
    });
  });
}

/**
 * The configuration whose provider client the code was issued to. The real service reads the
 * `{configName}--{random}` state at its own callback; the contract's socialLogin carries no state,
 * so the emulator, being the provider too, asks which client the code belongs to.
 */
function configForCode(
  { configs, fallback }: { configs: IdentityProviderConfig[]; fallback: IdentityProviderConfig },
  clientId: string | undefined,
): IdentityProviderConfig {
  return configs.find((config) => config.clientId === clientId) ?? fallback;
}

function externalLoginTokenFields(issued: CustomerTokens) {
  return {
    access_token: issued.accessToken,
    saas_token: issued.saasToken,
    refresh_token: issued.refreshToken,
    refresh_token_expires_in: issued.refreshExpiresIn,
    session_idle_time: SESSION_IDLE_TIME_SECONDS,
    token_type: 'Bearer',
    expires_in: issued.expiresIn,
    scope: issued.scope,
  };
}

/**
 * The customer behind an external identity: found by `accounts[].providerId`, else linked by the
 * login email, else created active (the provider has verified the person).
 */
function findOrCreateExternalCustomer(
  context: EmulatorContext,
  tenant: string,
  identity: ExternalIdentity,
  errorType: string,
): CustomerRecord {
  const { store } = context;
  let customer = store.findByProviderId(tenant, identity.sub);
  if (!customer) {
    if (!identity.email) throw apiError(401, errorType, "The identity provider's token carries no email address.");
    const byEmail = store.findByLoginEmail(tenant, identity.email);
    if (byEmail?.providerId) throw conflict(`Duplicate account '${identity.email}' for tenant '${tenant}'.`);
    customer = byEmail ?? store.createCustomer(tenant, {
      loginEmail: identity.email,
      profile: {
        contactEmail: identity.email,
        ...(identity.givenName ? { firstName: identity.givenName } : {}),
        ...(identity.familyName ? { lastName: identity.familyName } : {}),
      },
      active: true,
      onHold: false,
      optInPending: false,
    });
    customer.providerId = identity.sub;
  }
  assertCanLogIn(customer);
  return customer;
}
