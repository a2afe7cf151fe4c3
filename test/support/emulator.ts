/**
 * Drives the emulator the test runner started (its URL is injected into the test page) over plain
 * HTTP, like a developer would with curl.
 */
import type { FaultSpec } from '../../emulator/src/faults.ts';

declare global {
  interface Window {
    __EMX_TEST__?: { emulatorUrl?: string };
  }
}

export const TENANT = 'demo';
export const CLIENT_ID = 'demo-storefront';
export const JANE = { email: 'jane@example.com', password: 'Jane#2026pass' } as const;
/**
 * A fault's `times` that outlasts every attempt until the test clears it: the session's own retries
 * and the engine's silent resends of a request whose connection dropped (Chromium up to twice,
 * Firefox up to ten times), which the emulator meets as requests too.
 */
export const EVERY_ATTEMPT = 1000;

/** Where a session of the emulator's tenant and client keeps its record (and names its cross-tab lock). */
export function sessionRecordKey(): string {
  return `emx-elements.session:${TENANT}:${CLIENT_ID}:${emulatorUrl()}`;
}

export function emulatorUrl(): string {
  const url = (window.top ?? window).__EMX_TEST__?.emulatorUrl ?? window.__EMX_TEST__?.emulatorUrl;
  if (!url) throw new Error('The test runner did not inject the emulator URL');
  return url;
}

async function control<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(emulatorUrl() + path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export interface LoggedRequest {
  seq: number;
  method: string;
  path: string;
  query: Record<string, string>;
  tokenKind: 'anonymous' | 'customer' | 'employee' | 'none' | 'invalid';
  status: number;
  faulted?: boolean;
  note?: string;
}

export interface OutboxMessage {
  id: string;
  to: string;
  kind: 'password-reset' | 'email-change' | 'double-opt-in';
  subject: string;
  token: string;
  link: string;
  createdAt: string;
}

/** What `POST /_emulator/faults` accepts, as the emulator declares it. */
export type { FaultSpec as Fault } from '../../emulator/src/faults.ts';

export interface ResetOptions {
  settings?: { autoActivate?: boolean; doubleOptIn?: boolean };
  /** Token lifetimes in seconds until the next reset (`customer` shorter than `refresh` makes customer refresh testable). */
  tokenLifetimes?: { anonymous?: number; refresh?: number; customer?: number };
}

/** Fresh emulator state with seed data, an empty request log and no faults; also clears this origin's storage. */
export async function resetEmulator(options: ResetOptions = {}): Promise<void> {
  await previousSessionsAtRest();
  await control('POST', '/_emulator/reset', options);
  await control('DELETE', '/_emulator/requests');
  localStorage.clear();
  sessionStorage.clear();
}

/** How long a reset waits for the previous test's sessions; a test that left a request hanging on purpose is not waited for longer. */
const AT_REST_WAIT_MS = 3000;

/**
 * Waits (a while at most) until no session of this page holds or waits for its cross-tab lock: a
 * token refresh still under way there (a sign-in tying the customer to a company, say) would
 * store its answer after the reset and sign the next test's customer in.
 */
async function previousSessionsAtRest(): Promise<void> {
  if (!navigator.locks) return;
  const busy = async () => {
    const { held = [], pending = [] } = await navigator.locks.query();
    return [...held, ...pending].some((lock) => lock.name?.startsWith('emx-elements.session:'));
  };
  const deadline = performance.now() + AT_REST_WAIT_MS;
  while ((await busy()) && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** The logged requests without CORS preflights: the browser sends (and caches) those at will, which would blur counts. */
export const requests = () => control<LoggedRequest[]>('GET', '/_emulator/requests?preflights=false');
export const clearRequests = () => control<void>('DELETE', '/_emulator/requests');
export const advanceClock = (advanceSeconds: number) => control<void>('POST', '/_emulator/clock', { advanceSeconds });
export const outbox = (tenant = TENANT) => control<OutboxMessage[]>('GET', `/_emulator/${tenant}/outbox`);
export const injectFault = (fault: FaultSpec) => control<{ id: string }>('POST', '/_emulator/faults', fault);
export const clearFaults = () => control<void>('DELETE', '/_emulator/faults');
/** The faults still waiting for a request (a fault with `times: 1` leaves the list when a request meets it). */
export const pendingFaults = () => control<FaultSpec[]>('GET', '/_emulator/faults');
export const setSettings = (settings: { autoActivate?: boolean; doubleOptIn?: boolean }, tenant = TENANT) =>
  control<void>('PUT', `/_emulator/${tenant}/settings`, settings);
export const customers = (tenant = TENANT) =>
  control<Array<{ customerNumber: string; email?: string; active: boolean; onHold?: boolean }>>('GET', `/_emulator/${tenant}/customers`);

/** Requests whose path ends with `suffix` (e.g. `/login`), optionally of one method. */
export async function requestsTo(suffix: string, method?: string): Promise<LoggedRequest[]> {
  return (await requests()).filter((entry) => entry.path.endsWith(suffix) && (!method || entry.method === method));
}

/** Requests whose path matches `glob` as fault paths do (`*` within one segment, `**` across segments), optionally of one method. */
export async function requestsMatching(glob: string, method?: string): Promise<LoggedRequest[]> {
  const pattern = new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*\*|\*/g, (star) => (star === '**' ? '.*' : '[^/]*'))}$`);
  return (await requests()).filter((entry) => pattern.test(entry.path) && (!method || entry.method === method));
}

/** Activates a customer the way an employee does: client-credentials token, then PATCH active. */
export async function activateCustomer(customerNumber: string, tenant = TENANT): Promise<void> {
  const tokenResponse = await fetch(`${emulatorUrl()}/oauth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'demo-employee', client_secret: 'demo-employee-secret' }),
  });
  const { access_token } = (await tokenResponse.json()) as { access_token: string };
  const response = await fetch(`${emulatorUrl()}/customer/${tenant}/customers/${customerNumber}`, {
    method: 'PATCH',
    headers: { Authorization: `Bearer ${access_token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ active: true, onHold: false }),
  });
  if (!response.ok) throw new Error(`activation failed: ${response.status}`);
}

/** Waits until `check` returns a truthy value (or throws after `timeoutMs`). */
export async function until<T>(check: () => T | Promise<T>, timeoutMs = 3000, what = 'condition'): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
