/**
 * Layer 1: one typed function per Emporix customer-managed endpoint. Stateless: every call names
 * its API URL, tenant and token; every failure is an {@link EmporixError}.
 */
export * from './types.js';
export { EmporixError, type EmporixErrorKind, type FieldProblem } from './errors.js';
export { DEFAULT_API_URL, DEFAULT_TIMEOUT_MS, type ApiTarget, type AuthorizedCall, type RequestOptions } from './http.js';
export * from './auth.js';
export * from './social-login.js';
export * from './profile.js';
export * from './addresses.js';
export * from './credentials.js';
