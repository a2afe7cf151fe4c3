import { DEFAULT_API_URL, DEFAULT_TIMEOUT_MS, type AnonymousLoginContext } from '../api/index.js';
import type { SessionStore } from './storage.js';

/** Where the session keeps its record: across tabs (`local`), per tab (`session`) or not at all (`memory`). */
export type StorageKind = 'local' | 'session' | 'memory';

/** What a shop configures; everything but tenant and client id has a default. */
export interface SessionConfig {
  /** Emporix API origin (an absolute URL). Default `https://api.emporix.io`. */
  apiUrl?: string;
  /** Tenant name, lowercase. */
  tenant: string;
  /** The storefront client id (API key) from the Emporix Developer Portal. */
  clientId: string;
  /** Default `local`. A custom {@link SessionStore} is accepted for other places. */
  storage?: StorageKind | SessionStore;
  /** Site, currency, language and target location sent with anonymous login. */
  anonymousContext?: AnonymousLoginContext;
  /** Tokens this close to expiry are refreshed before use. Default 60 seconds. */
  refreshLeewaySeconds?: number;
  /** Per-request time limit. Default 15 seconds. */
  timeoutMs?: number;
  /** Source of the current time in ms; tests move it to reach expiry without waiting. */
  now?: () => number;
}

export interface ResolvedSessionConfig {
  readonly apiUrl: string;
  readonly tenant: string;
  readonly clientId: string;
  readonly storage: StorageKind | SessionStore;
  readonly anonymousContext: Readonly<AnonymousLoginContext>;
  readonly refreshLeewayMs: number;
  readonly timeoutMs: number;
  readonly now: () => number;
}

export const DEFAULT_REFRESH_LEEWAY_SECONDS = 60;

/**
 * One spelling per API: `HTTPS://API.example.com/` and `https://api.example.com` are the same
 * configuration (the record key and the record carry it). Throws a `TypeError` for a relative or
 * malformed URL.
 */
export function normaliseApiUrl(apiUrl: string): string {
  if (!URL.canParse(apiUrl)) throw new TypeError(`emx session: \`apiUrl\` must be an absolute URL, got "${apiUrl}"`);
  const url = new URL(apiUrl);
  url.search = '';
  url.hash = '';
  return url.href.replace(/\/+$/, '');
}

export function resolveConfig(config: SessionConfig): ResolvedSessionConfig {
  if (!config.tenant) throw new TypeError('emx session: `tenant` is required');
  if (!config.clientId) throw new TypeError('emx session: `clientId` is required');
  return Object.freeze({
    apiUrl: normaliseApiUrl(config.apiUrl || DEFAULT_API_URL),
    tenant: config.tenant.trim().toLowerCase(),
    clientId: config.clientId,
    storage: config.storage ?? 'local',
    anonymousContext: Object.freeze({ ...config.anonymousContext }),
    refreshLeewayMs: (config.refreshLeewaySeconds ?? DEFAULT_REFRESH_LEEWAY_SECONDS) * 1000,
    timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    now: config.now ?? Date.now,
  });
}
