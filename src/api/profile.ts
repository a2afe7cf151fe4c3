import { request, encodeTenant, type AuthorizedCall } from './http.js';
import type { Customer, CustomerPatch } from './types.js';

/** GET /customer/{tenant}/me; `expand` is a comma-separated list such as `addresses`. */
export function getProfile(call: AuthorizedCall, expand?: string) {
  return request<Customer>({
    ...call,
    operation: 'profile',
    method: 'GET',
    path: `/customer/${encodeTenant(call.tenant)}/me`,
    query: { expand },
  });
}

/** PATCH /customer/{tenant}/me, authorized with the customer token. */
export function updateProfile(call: AuthorizedCall, changes: CustomerPatch) {
  return request<void>({
    ...call,
    operation: 'profile update',
    method: 'PATCH',
    path: `/customer/${encodeTenant(call.tenant)}/me`,
    body: changes,
  });
}
