/**
 * Layer 2: the framework-free session service. A shop can use it without any element:
 * `new EmporixSession({ tenant, clientId }).getAccessToken()`.
 */
export { EmporixSession } from './session.js';
export type { SessionSnapshot, SessionStatus, CustomerIdentity, SessionEvents, SignOutReason } from './session.js';
export { DEFAULT_REFRESH_LEEWAY_SECONDS, type SessionConfig, type ResolvedSessionConfig, type StorageKind } from './config.js';
export { MemoryStore, type SessionStore } from './storage.js';
