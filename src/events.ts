import type { EmporixError } from './api/index.js';
import type { CustomerIdentity, SessionSnapshot, SignOutReason } from './session/index.js';

/** Every emx event bubbles and crosses shadow roots, so a page can listen on `document`. */
export function emxEvent<K extends keyof EmxEventDetails>(type: K, detail: EmxEventDetails[K]): CustomEvent<EmxEventDetails[K]> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}

export interface EmxEventDetails {
  /** A customer signed in (password, social, double opt-in, or in another tab). From `<emx-session>`. */
  'emx-login': { customer: CustomerIdentity; method: 'password' | 'social' | 'opt-in' | 'other-tab' };
  /** The customer is signed out: by logout, by an expired session, in another tab, or replaced by another customer signing in. From `<emx-session>`. */
  'emx-logout': { reason: SignOutReason };
  /** The legal entity (company) the session acts for changed, here or in another tab; ids are undefined for none. From `<emx-session>`. */
  'emx-legal-entity-change': { previous: string | undefined; current: string | undefined };
  /** Any change of the session state. From `<emx-session>`. */
  'emx-session-change': { snapshot: SessionSnapshot };
  /** An account was created; `pending` says what the customer must do next. From `<emx-signup>`. */
  'emx-signup': { customerNumber?: string; email: string; pending: 'activation' | 'opt-in' | 'none' };
  /** An address was added, changed, deleted, tagged or made default. From `<emx-address-book>`. */
  'emx-address-change': { action: 'add' | 'update' | 'delete' | 'default' | 'tags'; addressId: string };
  /** A reset email was requested, or the new password set. From `<emx-password-reset>`. */
  'emx-password-reset': { step: 'requested' | 'completed' };
  /** The password was changed. From `<emx-account>`. */
  'emx-password-change': Record<string, never>;
  /** An email change was requested or confirmed. From `<emx-account>`. */
  'emx-email-change': { step: 'requested' | 'confirmed'; newEmail?: string };
  /** The profile was saved. From `<emx-account>`. */
  'emx-profile-change': Record<string, never>;
  /** A failure shown to the user; `code` is the Emporix error code or kind. From every element. */
  'emx-error': { operation: string; code: string; status: number; error: EmporixError };
  /** The user asked for another flow (the shop decides where it lives). From every element. */
  'emx-navigate': { to: 'login' | 'signup' | 'password-reset' | 'account' };
}

declare global {
  interface GlobalEventHandlersEventMap {
    'emx-login': CustomEvent<EmxEventDetails['emx-login']>;
    'emx-logout': CustomEvent<EmxEventDetails['emx-logout']>;
    'emx-session-change': CustomEvent<EmxEventDetails['emx-session-change']>;
    'emx-legal-entity-change': CustomEvent<EmxEventDetails['emx-legal-entity-change']>;
    'emx-signup': CustomEvent<EmxEventDetails['emx-signup']>;
    'emx-address-change': CustomEvent<EmxEventDetails['emx-address-change']>;
    'emx-password-reset': CustomEvent<EmxEventDetails['emx-password-reset']>;
    'emx-password-change': CustomEvent<EmxEventDetails['emx-password-change']>;
    'emx-email-change': CustomEvent<EmxEventDetails['emx-email-change']>;
    'emx-profile-change': CustomEvent<EmxEventDetails['emx-profile-change']>;
    'emx-error': CustomEvent<EmxEventDetails['emx-error']>;
    'emx-navigate': CustomEvent<EmxEventDetails['emx-navigate']>;
  }
}
