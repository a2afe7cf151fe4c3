import { defineMessages, type MessagesModule } from '../shared/localize.js';

/**
 * Texts of `<emx-login>`; `login.error.<code>` keys would refine the shared `error.<code>` texts
 * for this form. `login.social.error.<code>` names each `SocialLoginErrorCode`.
 */
export const loginMessages = defineMessages({
  en: {
    'login.heading': 'Sign in',
    'login.email': 'Email address',
    'login.password': 'Password',
    'login.submit': 'Sign in',
    'login.submitting': 'Signing in…',
    'login.forgot_password': 'Forgot password?',
    'login.create_account': 'Create account',
    'login.resend_activation': 'Send the activation email again',
    'login.resending_activation': 'Sending…',
    'login.activation_resent': 'We have sent a new activation email to {email}.',
    'login.signed_in_as': 'Signed in as {name}',
    'login.company': 'Buying for {company}',
    'login.sign_out': 'Sign out',
    'login.signing_out': 'Signing out…',
    'login.not_configured': 'Sign-in is not available on this page yet.',
    'login.social.continue_with': 'Continue with {provider}',
    'login.social.connecting': 'Connecting to {provider}…',
    'login.social.completing': 'Signing you in…',
    'login.social.dismiss': 'Dismiss message',
    'login.social.error.cancelled': 'The sign-in was cancelled. You can try again, or sign in with your email address.',
    'login.social.error.state_mismatch': 'The sign-in link has expired or was already used. Please try again.',
    'login.social.error.expired': 'The sign-in link has expired or was already used. Please try again.',
    'login.social.error.provider_error': 'The sign-in service refused the sign-in. Please try again, or sign in with your email address.',
    'login.social.error.emporix_refused': 'The shop could not confirm your sign-in. Please try again, or sign in with your email address.',
    'login.social.error.missing_verifier': 'This sign-in cannot be completed in this browser tab. Please start it again here.',
    'login.social.error.network': 'We could not reach the sign-in service. Please check your connection and try again.',
    'login.social.error.insecure_provider': 'This sign-in service is not set up securely, so the sign-in was not started. Please sign in with your email address.',
  },
  de: (): MessagesModule => import('./messages.de.js'),
  fr: (): MessagesModule => import('./messages.fr.js'),
  it: (): MessagesModule => import('./messages.it.js'),
  es: (): MessagesModule => import('./messages.es.js'),
  nl: (): MessagesModule => import('./messages.nl.js'),
  pl: (): MessagesModule => import('./messages.pl.js'),
  pt: (): MessagesModule => import('./messages.pt.js'),
  cs: (): MessagesModule => import('./messages.cs.js'),
  sv: (): MessagesModule => import('./messages.sv.js'),
  da: (): MessagesModule => import('./messages.da.js'),
  ar: (): MessagesModule => import('./messages.ar.js'),
});

export type LoginMessageKey = keyof typeof loginMessages.en;
