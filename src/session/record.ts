import type { Customer } from '../api/index.js';
import type { ResolvedSessionConfig } from './config.js';

/** Bumped whenever the stored shape changes; older records are discarded, never migrated half-way. */
export const RECORD_VERSION = 1;

export interface StoredAnonymous {
  accessToken: string;
  /** Epoch ms, computed from `expires_in` when the token was received. */
  expiresAt: number;
  refreshToken?: string;
  refreshExpiresAt?: number;
  sessionId: string;
}

export interface StoredCustomer {
  accessToken: string;
  expiresAt: number;
  refreshToken: string;
  refreshExpiresAt: number;
  saasToken?: string;
  sessionId?: string;
  customerNumber?: string;
  email?: string;
  legalEntityId?: string;
  profile?: Customer;
}

/** The one record kept per API URL, tenant and client id. */
export interface SessionRecord {
  version: typeof RECORD_VERSION;
  apiUrl: string;
  tenant: string;
  clientId: string;
  anonymous?: StoredAnonymous;
  customer?: StoredCustomer;
}

export function recordKey(config: ResolvedSessionConfig): string {
  return `emx-elements.session:${config.tenant}:${config.clientId}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isToken(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function isValidAnonymous(value: unknown): value is StoredAnonymous {
  return isObject(value) && isToken(value.accessToken) && typeof value.expiresAt === 'number' && isToken(value.sessionId);
}

function isValidCustomer(value: unknown): value is StoredCustomer {
  return (
    isObject(value) &&
    isToken(value.accessToken) &&
    isToken(value.refreshToken) &&
    typeof value.expiresAt === 'number' &&
    typeof value.refreshExpiresAt === 'number'
  );
}

/**
 * Reads a stored record, answering undefined for anything that is not a current record issued by
 * this API URL, tenant and client: corrupt JSON, an old version, a foreign record.
 */
export function parseRecord(raw: string | null, config: ResolvedSessionConfig): SessionRecord | undefined {
  if (!raw) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isObject(value) || value.version !== RECORD_VERSION) return undefined;
  if (value.apiUrl !== config.apiUrl || value.tenant !== config.tenant || value.clientId !== config.clientId) return undefined;
  if (value.anonymous !== undefined && !isValidAnonymous(value.anonymous)) return undefined;
  if (value.customer !== undefined && !isValidCustomer(value.customer)) return undefined;
  return value as unknown as SessionRecord;
}

export function emptyRecord(config: ResolvedSessionConfig): SessionRecord {
  return { version: RECORD_VERSION, apiUrl: config.apiUrl, tenant: config.tenant, clientId: config.clientId };
}
