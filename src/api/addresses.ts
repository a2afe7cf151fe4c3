import { request, encodeTenant, type AuthorizedCall } from './http.js';
import type { Address, AddressInput, AddressUpdate, ResourceLocation } from './types.js';

function addressesPath(tenant: string, addressId?: string): string {
  const base = `/customer/${encodeTenant(tenant)}/me/addresses`;
  return addressId === undefined ? base : `${base}/${encodeURIComponent(addressId)}`;
}

/** POST /customer/{tenant}/me/addresses. */
export function addAddress(call: AuthorizedCall, address: AddressInput) {
  return request<ResourceLocation>({ ...call, operation: 'address creation', method: 'POST', path: addressesPath(call.tenant), body: address });
}

/** GET /customer/{tenant}/me/addresses. */
export function listAddresses(call: AuthorizedCall) {
  return request<Address[]>({ ...call, operation: 'address list', method: 'GET', path: addressesPath(call.tenant) });
}

/** GET /customer/{tenant}/me/addresses/{addressId}. */
export function getAddress(call: AuthorizedCall, addressId: string) {
  return request<Address>({ ...call, operation: 'address', method: 'GET', path: addressesPath(call.tenant, addressId) });
}

/** PATCH /customer/{tenant}/me/addresses/{addressId}; `isDefault: true` makes it the default. */
export function updateAddress(call: AuthorizedCall, addressId: string, changes: AddressUpdate) {
  return request<void>({ ...call, operation: 'address update', method: 'PATCH', path: addressesPath(call.tenant, addressId), body: changes });
}

/** DELETE /customer/{tenant}/me/addresses/{addressId}. */
export function deleteAddress(call: AuthorizedCall, addressId: string) {
  return request<void>({ ...call, operation: 'address deletion', method: 'DELETE', path: addressesPath(call.tenant, addressId) });
}

/** POST /customer/{tenant}/me/addresses/{addressId}/tags?tags=A,B. */
export function addAddressTags(call: AuthorizedCall, addressId: string, tags: readonly string[]) {
  return request<void>({
    ...call,
    operation: 'address tagging',
    method: 'POST',
    path: `${addressesPath(call.tenant, addressId)}/tags`,
    query: { tags: tags.join(',') },
  });
}

/** DELETE /customer/{tenant}/me/addresses/{addressId}/tags?tags=A,B. */
export function removeAddressTags(call: AuthorizedCall, addressId: string, tags: readonly string[]) {
  return request<void>({
    ...call,
    operation: 'address untagging',
    method: 'DELETE',
    path: `${addressesPath(call.tenant, addressId)}/tags`,
    query: { tags: tags.join(',') },
  });
}
