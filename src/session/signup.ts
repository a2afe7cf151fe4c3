/**
 * Creating a customer account on top of the session (anonymous-token calls). Functions rather
 * than session methods, so that a page that signs nobody up bundles none of this.
 * {@link EmporixSession.confirmOptIn} stays on the session: it signs the new customer in.
 *
 * ```ts
 * const { id: customerNumber } = await signUpCustomer(session, { email, password }, { signal });
 * ```
 */
import { resendOptIn, signup, type ResourceLocation, type SignupRequest } from '../api/index.js';
import type { EmporixSession } from './session.js';
import type { CallOptions } from './types.js';

/** Creates an account; answers the new customer number. */
export function signUpCustomer(session: EmporixSession, request: SignupRequest, { signal }: CallOptions = {}): Promise<ResourceLocation> {
  return session.callAnonymously((call) => signup(call, request), { signal });
}

/** Sends the activation (double opt-in) link of an account that waits for it again. */
export function resendCustomerOptIn(session: EmporixSession, email: string, { signal }: CallOptions = {}): Promise<void> {
  return session.callAnonymously((call) => resendOptIn(call, email), { signal });
}
