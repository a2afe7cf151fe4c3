/**
 * The forgotten-password flow on top of the session (anonymous-token calls). Functions rather
 * than session methods, so that a page without it bundles none of this.
 *
 * ```ts
 * await requestCustomerPasswordReset(session, { email });
 * await resetCustomerPassword(session, { token: tokenFromTheEmail, password });
 * ```
 */
import { requestPasswordReset, resetPassword, type PasswordResetRequest, type PasswordResetUpdate } from '../api/index.js';
import type { EmporixSession } from './session.js';
import type { CallOptions } from './types.js';

/** Asks for a reset email; answers the same whether or not an account has the address. */
export function requestCustomerPasswordReset(session: EmporixSession, request: PasswordResetRequest, { signal }: CallOptions = {}): Promise<void> {
  return session.callAnonymously((call) => requestPasswordReset(call, request), { signal });
}

/** Sets the new password with the token from the reset email. */
export function resetCustomerPassword(session: EmporixSession, update: PasswordResetUpdate, { signal }: CallOptions = {}): Promise<void> {
  return session.callAnonymously((call) => resetPassword(call, update), { signal });
}
