import type { AppContext } from './env.ts';
import { fault, FaultCode, forbidden } from './errors.ts';
import { bearerToken } from './http.ts';
import type { AccessGrant, GrantOf, TokenKind, TokenStore } from './tokens.ts';

const KIND_NAMES: Record<TokenKind, string> = {
  anonymous: 'an anonymous access token',
  customer: 'a customer access token',
  employee: 'an employee (service) access token',
};

/**
 * The grant behind the request's bearer token, when it is valid, of one of `kinds`, and issued
 * for the tenant of the path. A token problem is the gateway's 401 fault; another tenant's token is a 403.
 */
export function authorize<K extends TokenKind>(c: AppContext, tokens: TokenStore, kinds: readonly K[]): GrantOf<K> {
  const tenant = c.req.param('tenant') ?? '';
  const token = bearerToken(c);
  if (!token) throw fault('Invalid access token: the Authorization header has no bearer token', FaultCode.invalidAccessToken);
  const found = tokens.access(token);
  if (found.status === 'unknown') throw fault('Invalid access token', FaultCode.invalidAccessToken);
  if (found.status === 'expired') throw fault('Access Token expired', FaultCode.accessTokenExpired);
  const { grant } = found;
  if (!isOneOf(grant, kinds)) {
    const wanted = kinds.map((kind) => KIND_NAMES[kind]).join(' or ');
    throw fault(`Invalid access token: this endpoint needs ${wanted}, not ${KIND_NAMES[grant.kind]}`, FaultCode.invalidAccessToken);
  }
  if (grant.tenant !== tenant) throw forbidden(`The access token was issued for another tenant than "${tenant}".`);
  return grant;
}

function isOneOf<K extends TokenKind>(grant: AccessGrant, kinds: readonly K[]): grant is GrantOf<K> {
  return (kinds as readonly TokenKind[]).includes(grant.kind);
}

/** Employee endpoints need one of the scopes the contract lists for them. */
export function requireScope(grant: AccessGrant, anyOf: readonly string[]): void {
  const granted = new Set(grant.scope.split(' '));
  if (!anyOf.some((scope) => granted.has(scope))) {
    throw forbidden(`User not authorized: the token needs one of the scopes ${anyOf.join(', ')}.`);
  }
}
