import { authorize } from '../auth.ts';
import type { EmulatorContext } from '../context.ts';
import { readProfilePatch, patchProfile, newAddress, readAddressPatch, saveAddress } from '../customers.ts';
import type { App } from '../env.ts';
import { badRequest, conflict, fault, FaultCode, invalidCredentials, validationFailure } from '../errors.ts';
import { logNote, readFields, requireQuery } from '../http.ts';
import { hashPassword, passwordPolicyViolation, verifyPassword } from '../passwords.ts';
import {
  accountLocked,
  assertCanLogIn,
  customerTokenBody,
  MAX_FAILED_LOGINS,
  redeemEmailToken,
  refreshCustomerTokenBody,
  sendEmailToken,
  sessionCustomer,
  startCustomerSession,
} from '../sessions.ts';
import type { CustomerRecord } from '../store.ts';

/** Sign-up, password login and logout, customer token refresh and validation, double opt-in. */
export function registerCustomerAuthRoutes(app: App, context: EmulatorContext): void {
  const { tokens, store } = context;

  app.post('/customer/:tenant/signup', async (c) => {
    const { tenant } = authorize(c, tokens, ['anonymous']);
    const fields = await readFields(c);
    const email = fields.requiredEmail('email');
    const password = fields.requiredString('password');
    // Separate sign-up credentials: the login uses them, `email` stays the contact email.
    const signup = fields.nested('signup');
    const loginEmail = signup ? signup.requiredEmail('email') : email;
    const loginPassword = signup ? signup.requiredString('password') : password;
    if (loginPassword) fields.errors.addDetail(passwordPolicyViolation(signup ? 'signup.password' : 'password', loginPassword));
    const details = fields.nested('customerDetails');
    const profile = details ? patchProfile({}, readProfilePatch(details), details) : {};
    if (profile.contactEmail !== undefined && profile.contactEmail.toLowerCase() !== email.toLowerCase()) {
      fields.errors.add('customerDetails.contactEmail', 'invalid_value', 'customerDetails.contactEmail must equal email.');
    }
    const addressFields = fields.nested('customerAddress');
    const address = addressFields && newAddress(readAddressPatch(addressFields), addressFields);
    fields.errors.throwIfAny();

    const passwordHash = await hashPassword(loginPassword);
    if (store.findByLoginEmail(tenant, loginEmail)) throw conflict(`Duplicate account '${loginEmail}' for tenant '${tenant}'.`);
    const { settings } = store.requireTenant(tenant);
    const customer = store.createCustomer(tenant, {
      loginEmail,
      passwordHash,
      profile: { ...profile, contactEmail: email },
      active: settings.autoActivate && !settings.doubleOptIn,
      onHold: false,
      optInPending: settings.doubleOptIn,
    });
    if (address) saveAddress(customer, address, true);
    if (settings.doubleOptIn) sendEmailToken(context, tenant, 'double-opt-in', customer.loginEmail, { customerNumber: customer.customerNumber });
    logNote(c, `customer ${customer.customerNumber} created ${describeState(customer)}`);
    return c.json({ id: customer.customerNumber }, 201);
  });

  app.post('/customer/:tenant/login', async (c) => {
    const anonymous = authorize(c, tokens, ['anonymous']);
    const { tenant } = anonymous;
    const fields = await readFields(c);
    const email = fields.requiredString('email');
    const password = fields.requiredString('password');
    fields.errors.throwIfAny();

    const customer = store.findByLoginEmail(tenant, email);
    if (!customer?.passwordHash) {
      logNote(c, 'unknown email');
      throw invalidCredentials();
    }
    if (customer.locked) throw accountLocked();
    if (!(await verifyPassword(password, customer.passwordHash))) {
      customer.failedLogins += 1;
      logNote(c, `wrong password (${customer.failedLogins} of ${MAX_FAILED_LOGINS})`);
      if (customer.failedLogins < MAX_FAILED_LOGINS) throw invalidCredentials();
      customer.locked = true;
      throw accountLocked();
    }
    customer.failedLogins = 0;
    assertCanLogIn(customer);
    return c.json(customerTokenBody(await startCustomerSession(context, tenant, customer, anonymous.sessionId)));
  });

  app.get('/customer/:tenant/logout', (c) => {
    const grant = authorize(c, tokens, ['customer']);
    const target = tokens.access(requireQuery(c, 'accessToken'));
    if (target.status === 'unknown' || target.grant.kind !== 'customer' || target.grant.customerNumber !== grant.customerNumber) {
      throw badRequest('accessToken is not a customer access token of the logged-in customer.');
    }
    tokens.revokeLogin(target.grant.loginId);
    return c.body(null, 204);
  });

  app.get('/customer/:tenant/refreshauthtoken', async (c) => {
    const { tenant } = authorize(c, tokens, ['anonymous']);
    const refreshToken = requireQuery(c, 'refreshToken');
    const found = tokens.refresh(refreshToken, 'customer', tenant);
    if (found.status === 'unknown') throw fault('Invalid refresh token', FaultCode.invalidRefreshToken);
    if (found.status === 'expired') throw fault('Refresh token expired', FaultCode.invalidRefreshToken);
    const { grant } = found;
    const customer = store.customer(tenant, grant.customerNumber);
    if (!customer) throw fault('Invalid refresh token', FaultCode.invalidRefreshToken);
    assertCanLogIn(customer);
    const assigned = (id: string) => customer.profile.b2b?.legalEntities?.some((entity) => entity.id === id) ?? false;
    const requested = c.req.query('legalEntityId');
    if (requested && !assigned(requested)) {
      throw validationFailure([{ field: 'legalEntityId', type: 'invalid_value', message: 'The customer is not assigned to this legal entity.' }]);
    }
    // An entity taken away since the last token is dropped, not refused: only a requested one is refused.
    const kept = grant.legalEntityId && assigned(grant.legalEntityId) ? grant.legalEntityId : undefined;
    const legalEntityId = requested || kept;
    if (!requested && grant.legalEntityId && !kept) logNote(c, `legal entity ${grant.legalEntityId} no longer assigned; the new token has none`);
    tokens.consumeRefresh(refreshToken);
    const next = await tokens.issueCustomer(tenant, customer.customerNumber, grant.sessionId, legalEntityId, grant.loginId);
    logNote(c, 'customer refresh token rotated');
    return c.json(refreshCustomerTokenBody(next));
  });

  app.get('/customer/:tenant/validateauthtoken', (c) => {
    const grant = authorize(c, tokens, ['customer']);
    return c.json({
      token_type: 'Bearer',
      expires_in: tokens.secondsLeft(grant),
      scope: grant.scope,
      sessionId: grant.sessionId,
      email: sessionCustomer(context, grant).loginEmail,
      ...(grant.legalEntityId ? { legalEntityId: grant.legalEntityId } : {}),
    });
  });

  app.get('/customer/:tenant/signup/optin/:token', async (c) => {
    const anonymous = authorize(c, tokens, ['anonymous']);
    const { tenant } = anonymous;
    const { customer } = redeemEmailToken(context, 'double-opt-in', tenant, c.req.param('token'));
    // Confirming the email is what activates a double opt-in sign-up.
    customer.optInPending = false;
    customer.active = true;
    assertCanLogIn(customer);
    return c.json(customerTokenBody(await startCustomerSession(context, tenant, customer, anonymous.sessionId)));
  });

  app.post('/customer/:tenant/signup/optin/refresh_token', async (c) => {
    const { tenant } = authorize(c, tokens, ['anonymous']);
    const fields = await readFields(c);
    const email = fields.requiredEmail('email');
    fields.errors.throwIfAny();
    const customer = store.findByLoginEmail(tenant, email);
    // Like the password reset, the answer does not tell whether the address is registered.
    if (customer?.optInPending) {
      sendEmailToken(context, tenant, 'double-opt-in', customer.loginEmail, { customerNumber: customer.customerNumber });
    }
    logNote(c, customer?.optInPending ? 'opt-in email sent again' : 'no pending opt-in for this email; nothing sent');
    return c.body(null, 202);
  });
}

function describeState(customer: CustomerRecord): string {
  if (customer.optInPending) return 'waiting for double opt-in';
  return customer.active ? 'active' : 'inactive (waiting for activation)';
}
