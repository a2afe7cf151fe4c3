import type { MiddlewareHandler } from 'hono';
import type { AppContext, AppEnv } from './env.ts';

/**
 * Response headers a client may read cross-origin: `Retry-After` to honour a 429/503, the counts
 * of paged lists (`Count` here, `X-Total-Count` elsewhere at Emporix) and `Allow` of a 405.
 */
const EXPOSED_HEADERS = 'Retry-After, Count, X-Total-Count, Allow';

/** Offered when a preflight names no method (which browsers always do; curl may not). */
const ALL_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';

const PREFLIGHT_MAX_AGE_SECONDS = '600';

/** A browser asking whether it may send a cross-origin request. */
export function isPreflight(c: AppContext): boolean {
  return c.req.method === 'OPTIONS' && c.req.header('access-control-request-method') !== undefined;
}

/**
 * CORS like a permissive gateway: any origin (reflected, `*` without one) on every answer,
 * injected faults and errors included. Set on `c.res` before the handler runs, so a later
 * middleware's own Response (a fault) inherits them.
 */
export const corsHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  const headers = c.res.headers;
  headers.set('Access-Control-Allow-Origin', c.req.header('origin') || '*');
  headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
  headers.append('Vary', 'Origin');
  await next();
};

/**
 * Answers every OPTIONS request, for any path (unknown ones too), allowing exactly the method and
 * headers the browser asks for. Runs after the faults, so a fault aimed at `OPTIONS` can still hit.
 */
export const answerPreflights: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method !== 'OPTIONS') return next();
  const headers = c.res.headers;
  headers.set('Access-Control-Allow-Methods', c.req.header('access-control-request-method') || ALL_METHODS);
  const requestedHeaders = c.req.header('access-control-request-headers');
  if (requestedHeaders) headers.set('Access-Control-Allow-Headers', requestedHeaders);
  // A public shop page calling an emulator on the developer's machine (Private Network Access).
  if (c.req.header('access-control-request-private-network') === 'true') headers.set('Access-Control-Allow-Private-Network', 'true');
  headers.set('Access-Control-Max-Age', PREFLIGHT_MAX_AGE_SECONDS);
  headers.append('Vary', 'Access-Control-Request-Method, Access-Control-Request-Headers');
  return c.body(null, 204);
};
