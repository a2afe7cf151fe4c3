import type { Clock } from './clock.ts';
import { EMAIL_TOKEN_LIFETIMES } from './config.ts';
import { digest, randomToken } from './ids.ts';

export type EmailTokenKind = keyof typeof EMAIL_TOKEN_LIFETIMES;

interface EmailTokenGrant {
  kind: EmailTokenKind;
  tenant: string;
  customerNumber: string;
  expiresAt: number;
  /** The address an email change moves the login to. */
  newEmail?: string;
  syncContactEmail?: boolean;
}

export type EmailTokenPayload = Omit<EmailTokenGrant, 'expiresAt' | 'kind' | 'tenant'>;

const EMAIL_TOKEN_LENGTH = 64;

/**
 * Single-use tokens the service sends by email (password reset, email change, double opt-in).
 * A new token of a kind replaces the customer's previous one of that kind.
 */
export class EmailTokens {
  #grants = new Map<string, EmailTokenGrant>();

  constructor(private readonly clock: Clock) {}

  clear(): void {
    this.#grants.clear();
  }

  issue(kind: EmailTokenKind, tenant: string, payload: EmailTokenPayload): string {
    for (const [key, grant] of this.#grants) {
      if (grant.kind === kind && grant.tenant === tenant && grant.customerNumber === payload.customerNumber) {
        this.#grants.delete(key);
      }
    }
    const token = randomToken(EMAIL_TOKEN_LENGTH);
    const expiresAt = this.clock.nowSeconds() + EMAIL_TOKEN_LIFETIMES[kind];
    this.#grants.set(digest(token), { ...payload, kind, tenant, expiresAt });
    return token;
  }

  /** The grant when the token is valid for this kind and tenant; it cannot be used again. */
  redeem(kind: EmailTokenKind, tenant: string, token: string): EmailTokenPayload | undefined {
    const key = digest(token);
    const grant = this.#grants.get(key);
    if (!grant || grant.kind !== kind || grant.tenant !== tenant) return undefined;
    this.#grants.delete(key);
    if (this.clock.nowSeconds() >= grant.expiresAt) return undefined;
    const { customerNumber, newEmail, syncContactEmail } = grant;
    return { customerNumber, newEmail, syncContactEmail };
  }
}
