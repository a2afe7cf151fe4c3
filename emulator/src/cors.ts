import { cors } from 'hono/cors';

/**
 * CORS like a cross-origin SaaS: any origin (reflected), the methods and headers the storefront
 * sends, and `Retry-After` readable so a client can honour a 429/503.
 */
export const corsPolicy = cors({
  origin: (origin) => origin || '*',
  allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
  allowHeaders: ['Authorization', 'Content-Type', 'session-id'],
  exposeHeaders: ['Retry-After'],
  maxAge: 600,
});
