import { authorize, requireScope } from '../auth.ts';
import type { EmulatorContext } from '../context.ts';
import { sellerView, updateProfile } from '../customers.ts';
import type { App, AppContext } from '../env.ts';
import { apiError, fault, FaultCode, notFound, validationFailure } from '../errors.ts';
import { readExpand, readFields, readForm } from '../http.ts';
import { SESSION_IDLE_TIME_SECONDS, unlock } from '../sessions.ts';
import type { CustomerRecord } from '../store.ts';
import { tenantScope } from '../tokens.ts';
import { FieldErrors, FieldReader } from '../validation.ts';

/** Scopes of the tenant-managed customer endpoints; an employee client gets all of them unless configured otherwise. */
const READ_SCOPES = ['customer.customer_read', 'customer.customer_read_own', 'customer.customer_manage', 'customer.customer_manage_own'];
const MANAGE_SCOPES = ['customer.customer_manage', 'customer.customer_manage_own'];

const DEFAULT_PAGE_SIZE = 60;

/** Fields `q` can filter on (`field:value` terms separated by spaces, all must match). */
const QUERY_FIELDS: Record<string, (customer: CustomerRecord) => string | boolean | undefined> = {
  id: (customer) => customer.customerNumber,
  customerNumber: (customer) => customer.customerNumber,
  email: (customer) => customer.loginEmail,
  contactEmail: (customer) => customer.profile.contactEmail,
  firstName: (customer) => customer.profile.firstName,
  lastName: (customer) => customer.profile.lastName,
  company: (customer) => customer.profile.company,
  active: (customer) => customer.active,
  onHold: (customer) => customer.onHold,
};

export function registerEmployeeRoutes(app: App, context: EmulatorContext): void {
  const { tokens, store } = context;

  app.post('/oauth/token', async (c) => {
    const form = await readForm(c);
    const field = (name: string) => form[name] ?? '';
    const missing = ['grant_type', 'client_id', 'client_secret'].filter((name) => !field(name));
    if (missing.length) {
      throw validationFailure(missing.map((name) => ({ field: name, type: 'missing_value', message: `${name} is required (form-encoded).` })));
    }
    if (field('grant_type') !== 'client_credentials') {
      throw apiError(400, 'unsupported_grant_type', 'Only grant_type=client_credentials is supported.');
    }
    const owner = [...context.config.tenants.values()].find((tenant) =>
      tenant.employeeClients.some((client) => client.clientId === field('client_id')),
    );
    const client = owner?.employeeClients.find((candidate) => candidate.clientId === field('client_id'));
    if (!owner || client?.clientSecret !== field('client_secret')) {
      throw fault('Invalid client identifier or secret', FaultCode.invalidClientIdentifier);
    }
    const allowed = client.scopes ?? READ_SCOPES;
    const requested = field('scope').split(/\s+/).filter((scope) => scope && !scope.startsWith('tenant='));
    const granted = requested.length ? allowed.filter((scope) => requested.includes(scope)) : allowed;
    const issued = tokens.issueEmployee(owner.name, client.clientId, [...granted, tenantScope(owner.name)].join(' '));
    return c.json({
      access_token: issued.accessToken,
      token_type: 'Bearer',
      expires_in: issued.expiresIn,
      session_idle_time: SESSION_IDLE_TIME_SECONDS,
      refresh_token: '',
      refresh_token_expires_in: 0,
      scope: issued.scope,
    });
  });

  /** The tenant of an employee request that holds one of `scopes`. */
  const employee = (c: AppContext, scopes: string[]): string => {
    const grant = authorize(c, tokens, ['employee']);
    requireScope(grant, scopes);
    return grant.tenant;
  };
  const findCustomer = (tenant: string, customerNumber: string): CustomerRecord => {
    const customer = store.customer(tenant, customerNumber);
    if (!customer) throw notFound(`Couldn't find a customer with customerNumber '${customerNumber}'`);
    return customer;
  };

  app.get('/customer/:tenant/customers', (c) => {
    const tenant = employee(c, READ_SCOPES);
    const fields = new FieldReader(
      { pageNumber: numberOrText(c.req.query('pageNumber')), pageSize: numberOrText(c.req.query('pageSize')) },
      new FieldErrors(),
    );
    const pageNumber = fields.integer('pageNumber', { min: 1, max: Number.MAX_SAFE_INTEGER }) ?? 1;
    const pageSize = fields.integer('pageSize', { min: 1, max: 1000 }) ?? DEFAULT_PAGE_SIZE;
    const matches = queryFilter(c.req.query('q'), fields.errors);
    fields.errors.throwIfAny();
    const found = store.customers(tenant).filter(matches);
    const expand = readExpand(c);
    c.header('Count', String(found.length));
    return c.json(found.slice((pageNumber - 1) * pageSize, pageNumber * pageSize).map((customer) => sellerView(customer, expand)));
  });

  app.get('/customer/:tenant/customers/:customerNumber', (c) => {
    const tenant = employee(c, READ_SCOPES);
    return c.json(sellerView(findCustomer(tenant, c.req.param('customerNumber')), readExpand(c)));
  });

  app.patch('/customer/:tenant/customers/:customerNumber', async (c) => {
    const tenant = employee(c, MANAGE_SCOPES);
    const customer = findCustomer(tenant, c.req.param('customerNumber'));
    const fields = await readFields(c);
    const active = fields.boolean('active');
    const onHold = fields.boolean('onHold');
    updateProfile(customer, fields);
    if (active !== undefined) customer.active = active;
    if (onHold !== undefined) customer.onHold = onHold;
    // An employee deciding on the account's state also lifts a lock, and activating confirms a pending opt-in.
    if (active !== undefined || onHold !== undefined) unlock(customer);
    if (active) customer.optInPending = false;
    return c.body(null, 200);
  });
}

/** Query values are text; numbers are checked by the same reader as JSON fields. */
function numberOrText(value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  return /^-?\d+$/.test(value) ? Number(value) : value;
}

function queryFilter(q: string | undefined, errors: FieldErrors): (customer: CustomerRecord) => boolean {
  const terms = (q ?? '').split(/\s+/).filter(Boolean).map((term) => {
    const separator = term.indexOf(':');
    const name = separator > 0 ? term.slice(0, separator) : term;
    const read = QUERY_FIELDS[name];
    if (!read || separator < 0) errors.add('q', 'invalid_value', `q supports field:value terms on ${Object.keys(QUERY_FIELDS).join(', ')}.`);
    return { read, value: term.slice(separator + 1).replace(/^"(.*)"$/, '$1').toLowerCase() };
  });
  return (customer) => terms.every(({ read, value }) => String(read?.(customer) ?? '').toLowerCase() === value);
}
