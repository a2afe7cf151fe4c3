/** The seeded B2B contact of two legal entities, and the control API that assigns and unassigns them. */
import { emulatorUrl, TENANT } from './emulator.js';

export const KIM = { email: 'kim@example.com', password: 'Kim#2026pass', customerNumber: '10000004' } as const;
export const NORDLICHT = { id: 'le-nordlicht', name: 'Nordlicht Handel GmbH' } as const;
export const SUEDWIND = { id: 'le-suedwind', name: 'Südwind Import AG' } as const;
export const DOE_TRADING = { id: 'le-doe-trading', name: 'Doe Trading GmbH' } as const;

function entityPath(customerNumber: string, legalEntityId: string): string {
  return `${emulatorUrl()}/_emulator/${TENANT}/customers/${customerNumber}/legal-entities/${encodeURIComponent(legalEntityId)}`;
}

/** Takes the legal entity away from the customer, as an employee does. */
export async function unassignLegalEntity(customerNumber: string, legalEntityId: string): Promise<void> {
  const response = await fetch(entityPath(customerNumber, legalEntityId), { method: 'DELETE' });
  if (!response.ok) throw new Error(`unassign ${legalEntityId}: ${response.status}`);
}
