import { randomBytes, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { Clock } from './clock.ts';
import type { TokenLifetimes } from './config.ts';
import { digest, randomToken } from './ids.ts';

export type TokenKind = 'anonymous' | 'customer' | 'employee';

/** What a customer token may do, as the real service grants it (the tenant scope is appended). */
export const CUSTOMER_SCOPES = [
  'approval.approval_read_own',
  'customermanagement.legalentity_read_own',
  'customer.customer_read_own',
  'quote.quote_read_own',
  'returns.returns_read_own',
  'iam.scope_read_own',
  'iam.user_read_own',
  'customersegment.segment_read_own',
  'iam.group_read_own',
  'order.order_readascustomer',
  'coupon.coupon_redeem',
  'customer.customerprofile_edit',
  'quote.quote_manage_own',
  'returns.returns_manage_own',
  'customer.customer_manage_own',
  'approval.approval_manage_own',
  'order.order_updateascustomer',
  'iam.assignment_delete_own',
  'customer.consent_view',
  'customer.customerprofile_view',
  'order.history_view',
  'iam.assignment_create_own',
  'customer.consent_manage',
];

export const tenantScope = (tenant: string): string => `tenant=${tenant}`;

interface GrantTimes {
  tenant: string;
  issuedAt: number;
  expiresAt: number;
}

interface AnonymousSession {
  kind: 'anonymous';
  sessionId: string;
  clientId: string;
}

interface CustomerSession {
  kind: 'customer';
  sessionId: string;
  customerNumber: string;
  /** Ties together the access and refresh tokens of one customer login, so logout ends both. */
  loginId: string;
  legalEntityId?: string;
}

interface EmployeeSession {
  kind: 'employee';
  clientId: string;
}

type Session = AnonymousSession | CustomerSession | EmployeeSession;

export type AccessGrant = Session & GrantTimes & { scope: string };
export type RefreshGrant = (AnonymousSession | CustomerSession) & GrantTimes;
export type GrantOf<K extends TokenKind> = Extract<AccessGrant, { kind: K }>;
export type RefreshGrantOf<K extends RefreshGrant['kind']> = Extract<RefreshGrant, { kind: K }>;

export type Lookup<T> = { status: 'valid'; grant: T } | { status: 'expired'; grant: T } | { status: 'unknown' };

export interface IssuedAccessToken {
  accessToken: string;
  expiresIn: number;
  scope: string;
}

export interface IssuedTokens extends IssuedAccessToken {
  sessionId: string;
  refreshToken: string;
  refreshExpiresIn: number;
}

export interface CustomerTokens extends IssuedTokens {
  saasToken: string;
}

const ACCESS_TOKEN_LENGTH = 28;
const REFRESH_TOKEN_LENGTH = 32;

/** Issues and checks opaque tokens; only their digests are kept. */
export class TokenStore {
  #access = new Map<string, AccessGrant>();
  #refresh = new Map<string, RefreshGrant>();
  /** Signs the saas_token; random per emulator because nothing outside has to verify it. */
  readonly #saasSecret = randomBytes(32);

  constructor(
    private readonly clock: Clock,
    private readonly defaultLifetimes: TokenLifetimes,
  ) {
    this.#lifetimes = defaultLifetimes;
  }

  #lifetimes: TokenLifetimes;

  /** Forgets every token; `lifetimes` override the configured ones until the next reset. */
  reset(lifetimes: Partial<TokenLifetimes> = {}): void {
    this.#access.clear();
    this.#refresh.clear();
    this.#lifetimes = { ...this.defaultLifetimes, ...lifetimes };
  }

  issueAnonymous(tenant: string, clientId: string, sessionId: string = randomUUID()): IssuedTokens {
    const session: AnonymousSession = { kind: 'anonymous', clientId, sessionId };
    return {
      ...this.#issueAccess({ ...session, tenant, scope: tenantScope(tenant) }, this.#lifetimes.anonymous),
      ...this.#issueRefresh({ ...session, tenant }),
      sessionId,
    };
  }

  /** An anonymous access token can renew itself (deprecated `anonymous_token`) as long as a refresh token would live. */
  canRenewAnonymous(grant: GrantOf<'anonymous'>): boolean {
    return this.clock.nowSeconds() < grant.issuedAt + this.#lifetimes.refresh;
  }

  /** The deprecated refresh by anonymous access token: a new access token only, same session. */
  reissueAnonymousAccess(previous: GrantOf<'anonymous'>): IssuedAccessToken {
    const { issuedAt: _issuedAt, expiresAt: _expiresAt, ...grant } = previous;
    return this.#issueAccess(grant, this.#lifetimes.anonymous);
  }

  async issueCustomer(
    tenant: string,
    customerNumber: string,
    sessionId: string,
    legalEntityId?: string,
    loginId: string = randomUUID(),
  ): Promise<CustomerTokens> {
    const session: CustomerSession = { kind: 'customer', customerNumber, sessionId, loginId, legalEntityId };
    const scope = [...CUSTOMER_SCOPES, tenantScope(tenant)].join(' ');
    return {
      ...this.#issueAccess({ ...session, tenant, scope }, this.#lifetimes.customer),
      ...this.#issueRefresh({ ...session, tenant }),
      sessionId,
      saasToken: await this.#saasToken(customerNumber),
    };
  }

  issueEmployee(tenant: string, clientId: string, scope: string): IssuedAccessToken {
    return this.#issueAccess({ kind: 'employee', clientId, tenant, scope }, this.#lifetimes.employee);
  }

  access(token: string): Lookup<AccessGrant> {
    return this.#lookup(this.#access, token);
  }

  refresh<K extends RefreshGrant['kind']>(token: string, kind: K, tenant: string): Lookup<RefreshGrantOf<K>> {
    const found = this.#lookup(this.#refresh, token);
    if (found.status === 'unknown' || found.grant.kind !== kind || found.grant.tenant !== tenant) return { status: 'unknown' };
    return found as Lookup<RefreshGrantOf<K>>;
  }

  /** Refresh tokens are single-use (rotation): the caller consumes one once it has issued the next. */
  consumeRefresh(token: string): void {
    this.#refresh.delete(digest(token));
  }

  revokeAccess(token: string): void {
    this.#access.delete(digest(token));
  }

  /** Ends one customer login: its access tokens and its refresh token. */
  revokeLogin(loginId: string): void {
    for (const map of [this.#access, this.#refresh]) {
      for (const [key, grant] of map) if (grant.kind === 'customer' && grant.loginId === loginId) map.delete(key);
    }
  }

  secondsLeft(grant: GrantTimes): number {
    return Math.max(0, grant.expiresAt - this.clock.nowSeconds());
  }

  #issueAccess(grant: Session & { tenant: string; scope: string }, lifetime: number): IssuedAccessToken {
    const accessToken = randomToken(ACCESS_TOKEN_LENGTH);
    const now = this.clock.nowSeconds();
    this.#access.set(digest(accessToken), { ...grant, issuedAt: now, expiresAt: now + lifetime });
    return { accessToken, expiresIn: lifetime, scope: grant.scope };
  }

  #issueRefresh(grant: (AnonymousSession | CustomerSession) & { tenant: string }) {
    const refreshToken = randomToken(REFRESH_TOKEN_LENGTH);
    const lifetime = this.#lifetimes.refresh;
    const now = this.clock.nowSeconds();
    this.#refresh.set(digest(refreshToken), { ...grant, issuedAt: now, expiresAt: now + lifetime });
    return { refreshToken, refreshExpiresIn: lifetime };
  }

  #lookup<T extends GrantTimes>(map: Map<string, T>, token: string): Lookup<T> {
    const grant = map.get(digest(token));
    if (!grant) return { status: 'unknown' };
    return { status: this.clock.nowSeconds() < grant.expiresAt ? 'valid' : 'expired', grant };
  }

  #saasToken(customerNumber: string): Promise<string> {
    const now = this.clock.nowSeconds();
    return new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(customerNumber)
      .setIssuedAt(now)
      .setExpirationTime(now + this.#lifetimes.customer)
      .setJti(randomUUID())
      .sign(this.#saasSecret);
  }
}
