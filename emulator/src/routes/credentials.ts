import { authorize } from '../auth.ts';
import type { EmulatorContext } from '../context.ts';
import type { App } from '../env.ts';
import { conflict, invalidCredentials } from '../errors.ts';
import { logNote, readFields } from '../http.ts';
import { hashPassword, passwordPolicyViolation, verifyPassword } from '../passwords.ts';
import { redeemEmailToken, sendEmailToken, sessionCustomer, unlock } from '../sessions.ts';

/** Password reset and change, login email change. */
export function registerCredentialRoutes(app: App, context: EmulatorContext): void {
  const { tokens, store } = context;

  app.post('/customer/:tenant/password/reset', async (c) => {
    const { tenant } = authorize(c, tokens, ['anonymous']);
    const fields = await readFields(c);
    const email = fields.requiredEmail('email');
    fields.string('site');
    fields.errors.throwIfAny();
    const customer = store.findByLoginEmail(tenant, email);
    // The same answer whether or not the address is registered, so nobody can probe for accounts.
    if (customer) sendEmailToken(context, tenant, 'password-reset', customer.loginEmail, { customerNumber: customer.customerNumber });
    logNote(c, customer ? 'reset email sent' : 'unknown email; nothing sent');
    return c.body(null, 204);
  });

  app.post('/customer/:tenant/password/reset/update', async (c) => {
    const { tenant } = authorize(c, tokens, ['anonymous']);
    const fields = await readFields(c);
    const token = fields.requiredString('token');
    const password = fields.requiredString('password');
    if (password) fields.errors.addDetail(passwordPolicyViolation('password', password));
    fields.errors.throwIfAny();
    const { customer } = redeemEmailToken(context, 'password-reset', tenant, token);
    customer.passwordHash = await hashPassword(password);
    unlock(customer);
    return c.body(null, 204);
  });

  app.post('/customer/:tenant/password/change', async (c) => {
    const customer = sessionCustomer(context, authorize(c, tokens, ['customer']));
    const fields = await readFields(c);
    const currentPassword = fields.requiredString('currentPassword');
    const newPassword = fields.requiredString('newPassword');
    if (newPassword) fields.errors.addDetail(passwordPolicyViolation('newPassword', newPassword));
    fields.errors.throwIfAny();
    if (!(await verifyPassword(currentPassword, customer.passwordHash))) throw invalidCredentials();
    customer.passwordHash = await hashPassword(newPassword);
    return c.body(null, 204);
  });

  app.post('/customer/:tenant/me/accounts/internal/email/change', async (c) => {
    const grant = authorize(c, tokens, ['customer']);
    const { tenant } = grant;
    const customer = sessionCustomer(context, grant);
    const fields = await readFields(c);
    const email = fields.requiredString('email');
    const password = fields.requiredString('password');
    const newEmail = fields.requiredEmail('newEmail');
    const syncContactEmail = fields.boolean('syncContactEmail') ?? false;
    if (newEmail && newEmail.toLowerCase() === customer.loginEmail.toLowerCase()) {
      fields.errors.add('newEmail', 'invalid_value', 'newEmail is the current login email.');
    }
    fields.errors.throwIfAny();
    const matches = email.trim().toLowerCase() === customer.loginEmail.toLowerCase();
    if (!matches || !(await verifyPassword(password, customer.passwordHash))) throw invalidCredentials();
    if (store.findByLoginEmail(tenant, newEmail)) throw conflict(`Duplicate account '${newEmail}' for tenant '${tenant}'.`);
    sendEmailToken(context, tenant, 'email-change', newEmail, { customerNumber: customer.customerNumber, newEmail, syncContactEmail });
    return c.body(null, 204);
  });

  app.post('/customer/:tenant/me/accounts/internal/email/change/confirm', async (c) => {
    const { tenant } = authorize(c, tokens, ['anonymous']);
    const fields = await readFields(c);
    const token = fields.requiredString('token');
    fields.errors.throwIfAny();
    const { customer, grant } = redeemEmailToken(context, 'email-change', tenant, token);
    const newEmail = grant.newEmail ?? customer.loginEmail;
    const owner = store.findByLoginEmail(tenant, newEmail);
    if (owner && owner !== customer) throw conflict(`Duplicate account '${newEmail}' for tenant '${tenant}'.`);
    customer.loginEmail = newEmail;
    if (grant.syncContactEmail) customer.profile.contactEmail = newEmail;
    customer.version += 1;
    return c.body(null, 204);
  });
}
