import type { MiddlewareHandler } from 'hono';
import type { Clock } from './clock.ts';
import { isPreflight } from './cors.ts';
import type { AppContext, AppEnv } from './env.ts';
import type { TokenKind, TokenStore } from './tokens.ts';
import { bearerToken } from './http.ts';

export interface RequestLogEntry {
  seq: number;
  at: string;
  method: string;
  path: string;
  query: Record<string, string>;
  tokenKind: TokenKind | 'none' | 'invalid';
  status: number;
  faulted?: boolean;
  note?: string;
  /** Set on a CORS preflight (`OPTIONS`): what the browser asked to send, so a blocked call can be explained. */
  preflight?: { method: string; headers: string[] };
}

/** Query parameters that carry secrets; the log shows them as `***`. */
const SECRET_PARAMS = new Set([
  'accessToken',
  'refresh_token',
  'anonymous_token',
  'refreshToken',
  'subjectAccessToken',
  'code',
  'code_verifier',
]);

/** Received API requests, oldest first, so tests can count calls exactly. */
export class RequestLog {
  #entries: RequestLogEntry[] = [];
  #nextSeq = 1;

  /** Numbers a request on arrival, so the log keeps arrival order even when a later request finishes first. */
  nextSeq(): number {
    return this.#nextSeq++;
  }

  add(entry: RequestLogEntry): void {
    const index = this.#entries.findIndex((other) => other.seq > entry.seq);
    if (index === -1) this.#entries.push(entry);
    else this.#entries.splice(index, 0, entry);
  }

  /** `withPreflights: false` leaves CORS preflights out: browsers send them at will (and cache them), so they blur counts. */
  list({ withPreflights = true } = {}): RequestLogEntry[] {
    return withPreflights ? [...this.#entries] : this.#entries.filter((entry) => !entry.preflight);
  }

  clear(): void {
    this.#entries = [];
  }

  /** Also restarts the numbering (a fresh emulator state). */
  reset(): void {
    this.clear();
    this.#nextSeq = 1;
  }
}

/** Discovery and key set are fetched by libraries at will; counting them would only add noise. */
const UNLOGGED_PATH = /^\/_emulator(\/|$)|^\/oidc\/(\.well-known\/|jwks$)/;

function redactedQuery(url: string): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of new URL(url).searchParams) query[name] = SECRET_PARAMS.has(name) ? '***' : value;
  return query;
}

/** Records each API request with the kind of token it carried (judged before the handler runs, since logout revokes it). */
export function logRequests(log: RequestLog, tokens: TokenStore, clock: Clock): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (UNLOGGED_PATH.test(c.req.path)) return next();
    const seq = log.nextSeq();
    const at = clock.nowIso();
    const tokenKind = classifyToken(tokens, bearerToken(c));
    const preflight = isPreflight(c) ? requestedByPreflight(c) : undefined;
    await next();
    const { incoming, outgoing } = c.env;
    // The OpenID provider writes to the socket itself, and a dropped connection answers nothing (status 0).
    const status = outgoing.headersSent ? outgoing.statusCode : incoming.socket.destroyed ? 0 : c.res.status;
    const faulted = c.get('faulted');
    const note = c.get('logNote');
    log.add({
      seq,
      at,
      method: c.req.method,
      path: c.req.path,
      query: redactedQuery(c.req.url),
      tokenKind,
      status,
      ...(faulted ? { faulted } : {}),
      ...(note ? { note } : {}),
      ...(preflight ? { preflight } : {}),
    });
  };
}

function requestedByPreflight(c: AppContext): RequestLogEntry['preflight'] {
  const headers = c.req.header('access-control-request-headers') ?? '';
  return {
    method: c.req.header('access-control-request-method') ?? '',
    headers: headers.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean),
  };
}

function classifyToken(tokens: TokenStore, token: string | undefined): RequestLogEntry['tokenKind'] {
  if (!token) return 'none';
  const found = tokens.access(token);
  return found.status === 'valid' ? found.grant.kind : 'invalid';
}
