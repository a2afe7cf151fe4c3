/**
 * The signed-in customer's account on top of the session: profile, password and email changes.
 * Functions rather than session methods, so that a page that never changes an account (a login
 * page) bundles none of this.
 *
 * ```ts
 * await changeCustomerPassword(session, { currentPassword, newPassword }, { signal });
 * ```
 */
import {
  EmporixError,
  changePassword,
  confirmEmailChange,
  requestEmailChange,
  updateProfile,
  type Customer,
  type CustomerPatch,
  type EmailChangeRequest,
  type PasswordChangeRequest,
} from '../api/index.js';
import type { EmporixSession } from './session.js';
import type { CallOptions } from './types.js';

/**
 * PATCH /me, then reloads the cached profile and answers it. Once the change is saved, a failed
 * reload does not fail the call (sending the change again would meet a version conflict): the
 * cached profile, now outdated, is dropped, an `error` event (operation `profile`) says why, and
 * the call answers `undefined`.
 */
export async function updateCustomerProfile(session: EmporixSession, changes: CustomerPatch, { signal }: CallOptions = {}): Promise<Customer | undefined> {
  await session.callAsCustomer('profile update', (call) => updateProfile(call, changes), { signal });
  try {
    return await session.loadProfile({ signal });
  } catch (error) {
    await session.forgetProfile();
    // A cancelled reload is the caller's own doing, not a failure to announce.
    if (!(error instanceof EmporixError && error.kind === 'aborted')) session.reportError('profile-load', error);
    return undefined;
  }
}

/** Changes the signed-in customer's password (`currentPassword` proves it is them). */
export function changeCustomerPassword(session: EmporixSession, request: PasswordChangeRequest, { signal }: CallOptions = {}): Promise<void> {
  return session.callAsCustomer('password change', (call) => changePassword(call, request), { signal });
}

/** Asks Emporix to email a confirmation link to the new address; the email changes once it is confirmed. */
export function requestCustomerEmailChange(session: EmporixSession, request: EmailChangeRequest, { signal }: CallOptions = {}): Promise<void> {
  return session.callAsCustomer('email change request', (call) => requestEmailChange(call, request), { signal });
}

/**
 * Confirms an email change with the emailed token (an anonymous-token call: the link may be opened
 * signed out). When a customer is signed in, the cached profile is reloaded to show the new
 * email; a failed reload does not fail the call but is announced as an `error` event (operation `profile`).
 */
export async function confirmCustomerEmailChange(session: EmporixSession, token: string, { signal }: CallOptions = {}): Promise<void> {
  await session.callAnonymously((call) => confirmEmailChange(call, token), { signal });
  if (session.snapshot.status === 'customer') {
    await session.loadProfile().catch((error: unknown) => session.reportError('profile-load', error));
  }
}
