import { EmporixError, errorFromResponse } from './errors.js';

/** The public Emporix API; the emulator or a proxy replaces it through configuration. */
export const DEFAULT_API_URL = 'https://api.emporix.io';

/** How long a request may take before it fails with kind `timeout`. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** Where a call goes: the API origin and the tenant whose data it touches. */
export interface ApiTarget {
  /** API origin without trailing slash; defaults to {@link DEFAULT_API_URL}. */
  apiUrl?: string;
  tenant: string;
}

export interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** The request outlives the page (`fetch`'s `keepalive`): for a sign-out sent as the tab closes. */
  keepalive?: boolean;
}

/** A call authorized with a bearer token (anonymous or customer, as the endpoint demands). */
export interface AuthorizedCall extends ApiTarget, RequestOptions {
  token: string;
}

type Query = Record<string, string | undefined>;

export interface HttpRequest extends RequestOptions {
  apiUrl?: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Names the operation in error messages; the path is left out since it may carry a token. */
  operation: string;
  path: string;
  query?: Query;
  token?: string;
  headers?: Record<string, string>;
  body?: unknown;
}

export function encodeTenant(tenant: string): string {
  return encodeURIComponent(tenant);
}

function buildUrl(apiUrl: string, path: string, query: Query | undefined): string {
  const url = new URL(apiUrl.replace(/\/+$/, '') + path);
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined) url.searchParams.set(name, value);
  }
  return url.toString();
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Ties the caller's signal and the timeout into one signal and says which one fired. */
function linkSignals(options: RequestOptions): { signal: AbortSignal; timedOut: () => boolean; dispose: () => void } {
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort();
  }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const onAbort = () => controller.abort();
  if (options.signal?.aborted) controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => expired,
    dispose: () => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    },
  };
}

/**
 * Sends one request and returns the parsed JSON body (undefined for an empty body).
 * Every failure becomes an {@link EmporixError}; nothing here retries or keeps state.
 */
export async function request<T>(req: HttpRequest): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...req.headers };
  if (req.token) headers.Authorization = `Bearer ${req.token}`;
  if (req.body !== undefined) headers['Content-Type'] = 'application/json';
  const link = linkSignals(req);
  let response: Response;
  let body: unknown;
  try {
    response = await fetch(buildUrl(req.apiUrl ?? DEFAULT_API_URL, req.path, req.query), {
      method: req.method,
      headers,
      body: req.body === undefined ? undefined : JSON.stringify(req.body),
      signal: link.signal,
      credentials: 'omit',
      cache: 'no-store',
      keepalive: req.keepalive,
    });
    body = await readBody(response);
  } catch (cause) {
    if (link.timedOut()) {
      throw new EmporixError({ kind: 'timeout', message: `${req.operation} timed out`, cause });
    }
    if (req.signal?.aborted) {
      throw new EmporixError({ kind: 'aborted', message: `${req.operation} was cancelled`, cause });
    }
    throw new EmporixError({ kind: 'network', message: `${req.operation} got no answer`, cause });
  } finally {
    link.dispose();
  }
  if (!response.ok) throw errorFromResponse(response, body);
  return body as T;
}
