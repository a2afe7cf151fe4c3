import type { TenantSettings, TokenLifetimes } from '../config.ts';
import type { EmulatorContext } from '../context.ts';
import type { App, AppContext } from '../env.ts';
import { notFound } from '../errors.ts';
import { parseFaultSpec } from '../faults.ts';
import { readFields, readJsonObject } from '../http.ts';
import { renderOutboxPage } from '../outbox.ts';
import type { CustomerRecord, LegalEntity } from '../store.ts';
import type { FieldReader } from '../validation.ts';

const TEN_YEARS_IN_SECONDS = 10 * 366 * 24 * 3600;

function readSettings(fields: FieldReader | undefined): Partial<TenantSettings> {
  if (!fields) return {};
  const autoActivate = fields.boolean('autoActivate');
  const doubleOptIn = fields.boolean('doubleOptIn');
  return {
    ...(autoActivate !== undefined ? { autoActivate } : {}),
    ...(doubleOptIn !== undefined ? { doubleOptIn } : {}),
  };
}

function readTokenLifetimes(fields: FieldReader | undefined): Partial<TokenLifetimes> {
  if (!fields) return {};
  const lifetimes: Partial<TokenLifetimes> = {};
  for (const kind of ['anonymous', 'refresh', 'customer', 'employee'] as const) {
    const seconds = fields.integer(kind, { min: 1, max: TEN_YEARS_IN_SECONDS });
    if (seconds !== undefined) lifetimes[kind] = seconds;
  }
  return lifetimes;
}

/** The demo console's view of a customer, including the states the storefront API never shows. */
function consoleView(customer: CustomerRecord) {
  return {
    customerNumber: customer.customerNumber,
    email: customer.loginEmail,
    firstName: customer.profile.firstName,
    lastName: customer.profile.lastName,
    contactEmail: customer.profile.contactEmail,
    active: customer.active,
    onHold: customer.onHold,
    optInPending: customer.optInPending,
    locked: customer.locked,
    failedLogins: customer.failedLogins,
    ...(customer.providerId ? { providerId: customer.providerId } : {}),
    addressCount: customer.addresses.length,
    legalEntities: (customer.profile.b2b?.legalEntities ?? []).map(({ id, name }) => ({ id, name })),
    createdAt: customer.createdAt,
  };
}

/** `/_emulator/*`: state, time, faults, request log, outbox and customers for tests and the demo console. */
export function registerControlRoutes(app: App, context: EmulatorContext): void {
  const { clock, faults, requestLog, outbox, store } = context;
  const tenantState = (c: AppContext) => {
    const name = c.req.param('tenant') ?? '';
    const state = store.tenant(name);
    if (!state) throw notFound(`There is no tenant "${name}".`);
    return state;
  };

  // Requests wait while the emulator starts, so whoever reaches this is talking to a ready emulator.
  app.get('/_emulator/health', (c) => c.json({ status: 'ready' }));

  app.post('/_emulator/reset', async (c) => {
    const fields = await readFields(c);
    const settings = readSettings(fields.nested('settings'));
    const tokenLifetimes = readTokenLifetimes(fields.nested('tokenLifetimes'));
    fields.errors.throwIfAny();
    await context.reset(settings, tokenLifetimes);
    return c.body(null, 204);
  });

  app.get('/_emulator/:tenant/settings', (c) => c.json(tenantState(c).settings));

  app.put('/_emulator/:tenant/settings', async (c) => {
    const state = tenantState(c);
    const fields = await readFields(c);
    const settings = readSettings(fields);
    fields.errors.throwIfAny();
    Object.assign(state.settings, settings);
    return c.json(state.settings);
  });

  app.get('/_emulator/clock', (c) => c.json(clock.toJSON()));

  app.post('/_emulator/clock', async (c) => {
    const fields = await readFields(c);
    const advanceSeconds = fields.integer('advanceSeconds', { min: 0, max: TEN_YEARS_IN_SECONDS });
    if (!fields.has('advanceSeconds')) fields.errors.add('advanceSeconds', 'missing_value', 'advanceSeconds is required.');
    fields.errors.throwIfAny();
    clock.advance(advanceSeconds ?? 0);
    return c.json(clock.toJSON());
  });

  app.post('/_emulator/faults', async (c) => c.json(faults.add(parseFaultSpec(await readJsonObject(c))), 201));
  app.get('/_emulator/faults', (c) => c.json(faults.list()));
  app.delete('/_emulator/faults', (c) => {
    faults.clear();
    return c.body(null, 204);
  });

  app.get('/_emulator/requests', (c) => c.json(requestLog.list({ withPreflights: c.req.query('preflights') !== 'false' })));
  app.delete('/_emulator/requests', (c) => {
    requestLog.clear();
    return c.body(null, 204);
  });

  app.get('/_emulator/:tenant/outbox', (c) => c.json(outbox.list(tenantState(c).config.name)));
  app.get('/_emulator/:tenant/outbox.html', (c) => {
    const { name } = tenantState(c).config;
    return c.html(renderOutboxPage(name, outbox.list(name)));
  });

  app.get('/_emulator/:tenant/customers', (c) => c.json(store.customers(tenantState(c).config.name).map(consoleView)));

  const customerOf = (c: AppContext): CustomerRecord => {
    const tenant = tenantState(c).config.name;
    const customerNumber = c.req.param('customerNumber') ?? '';
    const customer = store.customer(tenant, customerNumber);
    if (!customer) throw notFound(`There is no customer "${customerNumber}" in tenant "${tenant}".`);
    return customer;
  };

  // The tenant's companies: every legal entity of the seed and every one assigned since, so that a
  // console can assign one back after taking it away.
  app.get('/_emulator/:tenant/legal-entities', (c) => {
    const { config } = tenantState(c);
    const seeded = config.customers.flatMap((customer) => customer.b2b?.legalEntities ?? []);
    const assigned = store.customers(config.name).flatMap((customer) => customer.profile.b2b?.legalEntities ?? []);
    const byId = new Map([...seeded, ...assigned].map(({ id, name }) => [id, { id, name }]));
    return c.json([...byId.values()]);
  });

  // What an employee does in the company's contact assignments; tokens already issued keep their entity until refreshed.
  app.put('/_emulator/:tenant/customers/:customerNumber/legal-entities/:legalEntityId', async (c) => {
    const customer = customerOf(c);
    const fields = await readFields(c);
    const name = fields.requiredString('name');
    const contactAssignmentId = fields.string('contactAssignmentId');
    fields.errors.throwIfAny();
    const id = c.req.param('legalEntityId');
    const others = (customer.profile.b2b?.legalEntities ?? []).filter((entity) => entity.id !== id);
    const entity: LegalEntity = { id, name, ...(contactAssignmentId ? { contactAssignmentId } : {}) };
    customer.profile = { ...customer.profile, b2b: { ...customer.profile.b2b, legalEntities: [...others, entity] } };
    customer.version += 1;
    return c.json(consoleView(customer).legalEntities);
  });

  app.delete('/_emulator/:tenant/customers/:customerNumber/legal-entities/:legalEntityId', (c) => {
    const customer = customerOf(c);
    const id = c.req.param('legalEntityId');
    const entities = customer.profile.b2b?.legalEntities ?? [];
    if (!entities.some((entity) => entity.id === id)) throw notFound(`Customer ${customer.customerNumber} is not assigned to legal entity "${id}".`);
    customer.profile = { ...customer.profile, b2b: { ...customer.profile.b2b, legalEntities: entities.filter((entity) => entity.id !== id) } };
    customer.version += 1;
    return c.body(null, 204);
  });
}
