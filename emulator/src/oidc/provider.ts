import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider, { type ClientMetadata, type Configuration } from 'oidc-provider';
import { escapeHtml, htmlPage } from '../html.ts';
import { digest } from '../ids.ts';
import { ProviderStorage } from './adapter.ts';
import { identityBySub, identityClaims } from './identities.ts';

/** Where the provider lives on the emulator's origin. */
export const OIDC_MOUNT_PATH = '/oidc';

/** Audience of the JWT access tokens the provider issues for a tenant's clients (checked by exchangeauthtoken). */
export const tenantAudience = (tenant: string): string => `urn:emporix:${tenant}`;

export interface ProviderClient {
  clientId: string;
  tenant: string;
}

export interface OpenIdProviderOptions {
  issuer: string;
  clients: ProviderClient[];
  redirectUris: string[];
}

/** Lifetimes of the provider's artefacts in seconds (the provider runs on real time, not the emulator clock). */
const TTL = {
  AccessToken: 3600,
  AuthorizationCode: 600,
  IdToken: 3600,
  Interaction: 3600,
  Session: 86400,
  Grant: 86400,
} as const;

let signingKey: Promise<JWK> | undefined;

/** One RSA key per process: generating it is the slowest part of a start. */
function providerSigningKey(): Promise<JWK> {
  signingKey ??= generateKeyPair('RS256', { extractable: true }).then(async ({ privateKey }) => ({
    ...(await exportJWK(privateKey)),
    kid: 'emulator-rs256',
    use: 'sig',
    alg: 'RS256',
  }));
  return signingKey;
}

export interface OpenIdProvider {
  readonly provider: Provider;
  /** Hands a request below `/oidc` to the provider, which answers on the socket itself. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Why the provider refused to redeem `code` (its error detail, e.g. a PKCE mismatch), if it did. */
  redemptionFailure(code: string): string | undefined;
  /** The client `code` was issued to, if the provider knows the code. */
  clientOfCode(code: string): string | undefined;
  /** Forgets sessions, grants, codes and tokens. */
  reset(): void;
}

export async function createOpenIdProvider(options: OpenIdProviderOptions): Promise<OpenIdProvider> {
  const storage = new ProviderStorage();
  const tenantOfClient = new Map(options.clients.map((client) => [client.clientId, client.tenant]));
  const clients: ClientMetadata[] = options.clients.map((client) => ({
    client_id: client.clientId,
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code'],
    response_types: ['code'],
    redirect_uris: options.redirectUris,
  }));

  const configuration: Configuration = {
    adapter: storage.adapterFor,
    clients,
    jwks: { keys: [await providerSigningKey()] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    scopes: ['openid', 'email', 'profile'],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['given_name', 'family_name', 'name'] },
    // The access token targets the tenant (a resource server), so the ID token carries the profile claims itself.
    conformIdTokenClaims: false,
    ttl: TTL,
    interactions: { url: (_ctx, interaction) => `${OIDC_MOUNT_PATH}/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: (_ctx, client) => tenantAudience(tenantOfClient.get(client.clientId) ?? ''),
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resourceIndicator) => ({
          scope: 'customer',
          audience: resourceIndicator,
          accessTokenFormat: 'jwt',
          accessTokenTTL: TTL.AccessToken,
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    findAccount: (_ctx, sub) => {
      const identity = identityBySub(sub);
      return identity && { accountId: sub, claims: () => identityClaims(identity) };
    },
    // exchangeauthtoken identifies the customer from the access token alone, as with a Keycloak token.
    extraTokenClaims: (_ctx, token) => {
      const identity = 'accountId' in token ? identityBySub(token.accountId) : undefined;
      if (!identity) return undefined;
      const { sub: _sub, ...claims } = identityClaims(identity);
      return claims;
    },
    // Any origin: in token-exchange mode the storefront redeems the code from the browser.
    clientBasedCORS: () => true,
    renderError: (ctx, out) => {
      ctx.type = 'html';
      const lines = Object.entries(out).map(([key, value]) => `<p><strong>${escapeHtml(key)}</strong>: ${escapeHtml(value)}</p>`);
      ctx.body = htmlPage('Sign-in failed', lines.join('\n'));
    },
  };

  const provider = new Provider(options.issuer, configuration);
  // The token endpoint answers every refused code with the same generic description; the detail only reaches this event.
  const failures = new Map<string, string>();
  provider.on('grant.error', (ctx, error) => {
    const code = ctx.oidc.params?.code;
    if (typeof code === 'string') failures.set(digest(code), String(error.error_detail ?? error.error_description ?? error.message));
  });
  const callback = provider.callback();
  return {
    provider,
    handle(req, res) {
      // The provider builds its URLs from originalUrl minus url, i.e. the mount path.
      Object.assign(req, { originalUrl: req.url });
      req.url = req.url?.slice(OIDC_MOUNT_PATH.length) || '/';
      return callback(req, res);
    },
    redemptionFailure: (code) => failures.get(digest(code)),
    clientOfCode: (code) => storage.clientOfCode(code),
    reset: () => {
      storage.clear();
      failures.clear();
    },
  };
}
