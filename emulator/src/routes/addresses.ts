import { authorize } from '../auth.ts';
import type { EmulatorContext } from '../context.ts';
import { addressView, newAddress, patchedAddress, readAddressPatch, saveAddress, uniqueTags } from '../customers.ts';
import type { App, AppContext } from '../env.ts';
import { missingValue, notFound } from '../errors.ts';
import { readFields, requireQuery } from '../http.ts';
import { sessionCustomer } from '../sessions.ts';
import type { CustomerRecord, StoredAddress } from '../store.ts';

/** The customer's own address book (`/me/addresses`). */
export function registerAddressRoutes(app: App, context: EmulatorContext): void {
  const me = (c: AppContext) => sessionCustomer(context, authorize(c, context.tokens, ['customer']));
  const findAddress = (customer: CustomerRecord, id: string): StoredAddress => {
    const address = customer.addresses.find((candidate) => candidate.id === id);
    if (!address) throw notFound(`Address ${id} of customer ${customer.customerNumber} not found.`);
    return address;
  };
  const readTags = (c: AppContext) => {
    const tags = uniqueTags(requireQuery(c, 'tags').split(','));
    if (!tags.length) throw missingValue('tags');
    return tags;
  };
  const base = '/customer/:tenant/me/addresses';

  app.post(base, async (c) => {
    const customer = me(c);
    const fields = await readFields(c);
    const patch = readAddressPatch(fields);
    const address = newAddress(patch, fields);
    fields.errors.throwIfAny();
    saveAddress(customer, address, patch.isDefault ?? customer.addresses.length === 0);
    return c.json({ id: address.id }, 201);
  });

  app.get(base, (c) => c.json(me(c).addresses.map(addressView)));

  app.get(`${base}/:addressId`, (c) => c.json(addressView(findAddress(me(c), c.req.param('addressId')))));

  app.patch(`${base}/:addressId`, async (c) => {
    const customer = me(c);
    const address = findAddress(customer, c.req.param('addressId'));
    const fields = await readFields(c);
    const patch = readAddressPatch(fields);
    const next = patchedAddress(address, patch, fields);
    fields.errors.throwIfAny();
    saveAddress(customer, next, patch.isDefault);
    return c.body(null, 200);
  });

  app.delete(`${base}/:addressId`, (c) => {
    const customer = me(c);
    const address = findAddress(customer, c.req.param('addressId'));
    customer.addresses = customer.addresses.filter((candidate) => candidate !== address);
    return c.body(null, 204);
  });

  app.post(`${base}/:addressId/tags`, (c) => {
    const address = findAddress(me(c), c.req.param('addressId'));
    address.tags = uniqueTags([...address.tags, ...readTags(c)]);
    address.version += 1;
    return c.body(null, 204);
  });

  app.delete(`${base}/:addressId/tags`, (c) => {
    const address = findAddress(me(c), c.req.param('addressId'));
    const removed = new Set(readTags(c));
    address.tags = address.tags.filter((tag) => !removed.has(tag));
    address.version += 1;
    return c.body(null, 204);
  });
}
