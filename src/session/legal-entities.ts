// A B2B contact's legal entities (companies): which one a new sign-in acts for, what this browser
// remembers of the customer's choice, and the server's refusal of one.
import { EmporixError, type Customer } from '../api/index.js';
import type { StoredCustomer, StoredLegalEntity } from './record.js';
import type { SessionStore } from './storage.js';

/** The `code` of the error a refused legal-entity switch rejects with (status 400). */
export const LEGAL_ENTITY_NOT_ASSIGNED = 'legal_entity_not_assigned';

/** The refresh named a legal entity the customer is not (or no longer) assigned to. */
export function isLegalEntityRefusal(error: unknown): boolean {
  return error instanceof EmporixError && error.status === 400 && error.details.some((detail) => detail.field === 'legalEntityId');
}

export function legalEntityRefused(id: string, cause: unknown): EmporixError {
  return new EmporixError({
    kind: 'http',
    status: 400,
    code: LEGAL_ENTITY_NOT_ASSIGNED,
    message: `The customer is not assigned to legal entity ${id}`,
    details: [{ field: 'legalEntityId', type: 'invalid_value' }],
    cause,
  });
}

/** The profile's legal entities that have an id, without their contact assignment. */
export function legalEntitiesOf(profile: Customer): StoredLegalEntity[] {
  return (profile.b2b?.legalEntities ?? []).flatMap(({ id, name }) => (id ? [{ id, name }] : []));
}

/**
 * The legal entity each customer last chose in this browser, beside the session record (so per
 * tenant and client) and per customer number: never restored for another customer.
 */
export class RememberedLegalEntities {
  readonly #store: SessionStore;
  readonly #recordKey: string;

  constructor(store: SessionStore, recordKey: string) {
    this.#store = store;
    this.#recordKey = recordKey;
  }

  remember(customer: StoredCustomer, id: string): void {
    const key = this.#keyOf(customer);
    if (key) this.#store.set(key, id);
  }

  /** Forgets `id`, if it is the one remembered for this customer. */
  forget(customer: StoredCustomer, id: string): void {
    const key = this.#keyOf(customer);
    if (key && this.#store.get(key) === id) this.#store.remove(key);
  }

  /**
   * The entity a new sign-in acts for: the only one, or the one remembered while it is still
   * assigned (a remembered one that is not is forgotten); undefined when the customer must choose.
   */
  choose(customer: StoredCustomer): string | undefined {
    const entities = customer.legalEntities ?? [];
    const key = this.#keyOf(customer);
    const remembered = key ? this.#store.get(key) : null;
    if (remembered && !entities.some((entity) => entity.id === remembered)) this.forget(customer, remembered);
    return entities.length === 1 ? entities[0]?.id : entities.find((entity) => entity.id === remembered)?.id;
  }

  #keyOf(customer: StoredCustomer): string | undefined {
    return customer.customerNumber ? `${this.#recordKey}:legal-entity:${customer.customerNumber}` : undefined;
  }
}
