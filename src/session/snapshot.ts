import type { Customer } from '../api/index.js';
import type { SessionRecord } from './record.js';
import type { SessionSnapshot } from './types.js';

/**
 * What a record shows to the page: frozen, without tokens. `profile` is the signed-in customer's
 * full profile when this page holds it for the same sign-in.
 */
export function snapshotOf(record: SessionRecord, profile: Customer | undefined): SessionSnapshot {
  const { customer, anonymous } = record;
  if (customer) {
    return Object.freeze({
      status: 'customer',
      sessionId: customer.sessionId,
      legalEntityRequired: (customer.legalEntities?.length ?? 0) > 1 && !customer.legalEntityId,
      customer: Object.freeze({
        customerNumber: customer.customerNumber,
        email: customer.email,
        legalEntityId: customer.legalEntityId,
        legalEntities: customer.legalEntities && Object.freeze(customer.legalEntities.map((entity) => Object.freeze({ ...entity }))),
        name: customer.name,
        profile,
      }),
    });
  }
  if (anonymous) return Object.freeze({ status: 'anonymous', sessionId: anonymous.sessionId });
  return Object.freeze({ status: 'signed-out' });
}
