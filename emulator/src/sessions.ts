import type { EmulatorContext } from './context.ts';
import { apiError, fault, FaultCode, invalidToken } from './errors.ts';
import type { CustomerRecord } from './store.ts';
import type { EmailTokenKind, EmailTokenPayload } from './email-tokens.ts';
import type { CustomerTokens, GrantOf, IssuedTokens } from './tokens.ts';

/** The idle time token responses report; the emulator does not end idle sessions. */
export const SESSION_IDLE_TIME_SECONDS = 3600;

/** Consecutive wrong passwords after which the account is locked until an employee or a reset unlocks it. */
export const MAX_FAILED_LOGINS = 5;

export const accountLocked = () =>
  apiError(403, 'account_locked', `The account is locked after ${MAX_FAILED_LOGINS} failed logins; reset the password to unlock it.`);

/** The specific 403 for each state in which a customer may not log in (password and social alike). */
export function assertCanLogIn(customer: CustomerRecord): void {
  if (customer.locked) throw accountLocked();
  if (customer.optInPending) throw apiError(403, 'optin_pending', 'The email address has not been confirmed yet; use the link in the confirmation email.');
  if (customer.onHold) throw apiError(403, 'account_on_hold', 'The account is on hold.');
  if (!customer.active) throw apiError(403, 'account_inactive', 'The account is waiting for activation by the shop.');
}

export function unlock(customer: CustomerRecord): void {
  customer.failedLogins = 0;
  customer.locked = false;
}

export function startCustomerSession(
  context: EmulatorContext,
  tenant: string,
  customer: CustomerRecord,
  sessionId: string,
): Promise<CustomerTokens> {
  customer.lastLogin = context.clock.nowIso();
  return context.tokens.issueCustomer(tenant, customer.customerNumber, sessionId);
}

/** RefreshCustomerToken. */
export function refreshCustomerTokenBody(tokens: IssuedTokens) {
  return {
    access_token: tokens.accessToken,
    expires_in: tokens.expiresIn,
    refresh_token: tokens.refreshToken,
    refresh_token_expires_in: tokens.refreshExpiresIn,
    token_type: 'Bearer',
    session_id: tokens.sessionId,
  };
}

/** CustomerToken (login and double opt-in). */
export function customerTokenBody(tokens: CustomerTokens) {
  return { ...refreshCustomerTokenBody(tokens), saas_token: tokens.saasToken, initialPassword: false };
}

/** The customer a customer token belongs to. */
export function sessionCustomer(context: EmulatorContext, grant: GrantOf<'customer'>): CustomerRecord {
  const customer = context.store.customer(grant.tenant, grant.customerNumber);
  if (!customer) throw fault('Invalid access token: its customer does not exist any more', FaultCode.invalidAccessToken);
  return customer;
}

/** Issues an email token and puts the email that carries it in the outbox. */
export function sendEmailToken(
  context: EmulatorContext,
  tenant: string,
  kind: EmailTokenKind,
  to: string,
  payload: EmailTokenPayload,
): void {
  context.outbox.send(tenant, kind, to, context.emailTokens.issue(kind, tenant, payload));
}

const EMAIL_TOKEN_NAMES: Record<EmailTokenKind, string> = {
  'password-reset': 'password reset',
  'email-change': 'email change',
  'double-opt-in': 'opt-in',
};

/** The customer an email token was issued for; 400 invalid_token when it is unknown, used or expired. */
export function redeemEmailToken(
  context: EmulatorContext,
  kind: EmailTokenKind,
  tenant: string,
  token: string,
): { customer: CustomerRecord; grant: EmailTokenPayload } {
  const grant = context.emailTokens.redeem(kind, tenant, token);
  const customer = grant && context.store.customer(tenant, grant.customerNumber);
  if (!grant || !customer) throw invalidToken(`The ${EMAIL_TOKEN_NAMES[kind]} token is unknown, already used or expired.`);
  return { customer, grant };
}
