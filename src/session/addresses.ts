/**
 * The signed-in customer's address book on top of the session. Functions rather than session
 * methods, so that a page without an address book bundles none of this. Reads are retried on
 * transient failures; changes are never sent twice.
 *
 * ```ts
 * const addresses = await listCustomerAddresses(session, { signal });
 * ```
 */
import {
  addAddress,
  addAddressTags,
  deleteAddress,
  getAddress,
  listAddresses,
  removeAddressTags,
  updateAddress,
  type Address,
  type AddressInput,
  type AddressUpdate,
  type ResourceLocation,
} from '../api/index.js';
import type { EmporixSession } from './session.js';
import type { CallOptions } from './types.js';

/** Every address of the signed-in customer. */
export function listCustomerAddresses(session: EmporixSession, { signal }: CallOptions = {}): Promise<Address[]> {
  return session.callAsCustomer('address list', (call) => listAddresses(call), { signal, repeatable: true });
}

/** One address of the signed-in customer. */
export function getCustomerAddress(session: EmporixSession, addressId: string, { signal }: CallOptions = {}): Promise<Address> {
  return session.callAsCustomer('address', (call) => getAddress(call, addressId), { signal, repeatable: true });
}

/** Adds an address; answers its id. */
export function addCustomerAddress(session: EmporixSession, address: AddressInput, { signal }: CallOptions = {}): Promise<ResourceLocation> {
  return session.callAsCustomer('address creation', (call) => addAddress(call, address), { signal });
}

/** Changes an address; `isDefault: true` makes it the default. */
export function updateCustomerAddress(session: EmporixSession, addressId: string, changes: AddressUpdate, { signal }: CallOptions = {}): Promise<void> {
  return session.callAsCustomer('address update', (call) => updateAddress(call, addressId, changes), { signal });
}

/** Deletes an address. */
export function deleteCustomerAddress(session: EmporixSession, addressId: string, { signal }: CallOptions = {}): Promise<void> {
  return session.callAsCustomer('address deletion', (call) => deleteAddress(call, addressId), { signal });
}

/** Adds tags (such as `BILLING`, `SHIPPING`) to an address. */
export function addCustomerAddressTags(session: EmporixSession, addressId: string, tags: readonly string[], { signal }: CallOptions = {}): Promise<void> {
  return session.callAsCustomer('address tagging', (call) => addAddressTags(call, addressId, tags), { signal });
}

/** Removes tags from an address. */
export function removeCustomerAddressTags(session: EmporixSession, addressId: string, tags: readonly string[], { signal }: CallOptions = {}): Promise<void> {
  return session.callAsCustomer('address untagging', (call) => removeAddressTags(call, addressId, tags), { signal });
}
