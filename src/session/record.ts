import type { Customer, CustomerDetails } from '../api/index.js';
import type { ResolvedSessionConfig } from './config.js';
import { decodeJwtClaims } from './jwt.js';

/** Bumped whenever the stored shape changes; older records are discarded, never migrated half-way. */
export const RECORD_VERSION = 2;

export interface StoredAnonymous {
  accessToken: string;
  /** Epoch ms, computed from `expires_in` when the token was received. */
  expiresAt: number;
  refreshToken?: string;
  refreshExpiresAt?: number;
  sessionId: string;
}

/** The part of the profile a page shows without asking for the rest: the customer's name. */
export type CustomerName = Pick<CustomerDetails, 'title' | 'firstName' | 'middleName' | 'lastName'>;

/** A legal entity the customer may act for: the company of a B2B contact. */
export interface StoredLegalEntity {
  id: string;
  name?: string;
}

export interface StoredCustomer {
  /** Random, one per sign-in and kept through refreshes: tells a refreshed session from another customer's. */
  signInId: string;
  accessToken: string;
  expiresAt: number;
  refreshToken: string;
  refreshExpiresAt: number;
  saasToken?: string;
  sessionId?: string;
  customerNumber?: string;
  email?: string;
  /** The legal entity (company) the session acts for, as the last token refresh set it. */
  legalEntityId?: string;
  /** The customer's legal entities from the profile (B2B contacts), so every tab knows them. */
  legalEntities?: StoredLegalEntity[];
  /** The name only; the full profile stays in memory (see `EmporixSession.loadProfile`). */
  name?: CustomerName;
  /** `metadata.version` of the profile the name was taken from: a new one tells other tabs the profile changed. */
  profileVersion?: number;
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

/**
 * One key per configuration (tenant, client id and normalised API URL): a session of another
 * configuration on the same origin never reads, overwrites or deletes this one's record.
 */
export function recordKey(config: ResolvedSessionConfig): string {
  return `${legacyRecordKey(config)}:${config.apiUrl}`;
}

/** The key of version 1 records, which held the full profile; removed when found (see {@link isLegacyRecordOf}). */
export function legacyRecordKey(config: ResolvedSessionConfig): string {
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
    isToken(value.signInId) &&
    isToken(value.accessToken) &&
    isToken(value.refreshToken) &&
    typeof value.expiresAt === 'number' &&
    typeof value.refreshExpiresAt === 'number'
  );
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function belongsTo(value: Record<string, unknown>, config: ResolvedSessionConfig): boolean {
  return value.apiUrl === config.apiUrl && value.tenant === config.tenant && value.clientId === config.clientId;
}

/**
 * What a stored text is to this configuration: its `record`; `foreign`, a record of another
 * configuration (left alone); or `unusable` (corrupt JSON, another version, malformed tokens),
 * which may be discarded.
 */
export type ParsedRecord = { kind: 'record'; record: SessionRecord } | { kind: 'foreign' } | { kind: 'unusable' };

export function parseRecord(raw: string, config: ResolvedSessionConfig): ParsedRecord {
  const value = parseJson(raw);
  if (!isObject(value) || value.version !== RECORD_VERSION) return { kind: 'unusable' };
  if (!belongsTo(value, config)) return { kind: 'foreign' };
  if (value.anonymous !== undefined && !isValidAnonymous(value.anonymous)) return { kind: 'unusable' };
  if (value.customer !== undefined && !isValidCustomer(value.customer)) return { kind: 'unusable' };
  return { kind: 'record', record: value as unknown as SessionRecord };
}

/** A version 1 record of this very configuration: it cached the full profile, so it must not linger. */
export function isLegacyRecordOf(raw: string, config: ResolvedSessionConfig): boolean {
  const value = parseJson(raw);
  return isObject(value) && value.version === 1 && belongsTo(value, config);
}

export function emptyRecord(config: ResolvedSessionConfig): SessionRecord {
  return { version: RECORD_VERSION, apiUrl: config.apiUrl, tenant: config.tenant, clientId: config.clientId };
}

/** The login email among the profile's accounts (social accounts carry a provider id instead). */
export function loginEmailOf(profile: Customer): string | undefined {
  return profile.accounts?.find((account) => account.id && !account.providerId)?.id;
}

/** The part of the profile kept with the stored session. */
export function nameOf({ title, firstName, middleName, lastName }: Customer): CustomerName {
  return { title, firstName, middleName, lastName };
}

/** Reads the `sub` claim of the SaaS token (a JWT whose subject is the customer number). */
export function customerNumberFromSaasToken(saasToken: string | undefined): string | undefined {
  const sub = decodeJwtClaims(saasToken)?.sub;
  return typeof sub === 'string' ? sub : undefined;
}
