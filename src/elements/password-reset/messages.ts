import { defineMessages, type MessagesModule } from '../shared/localize.js';

/**
 * Texts of `<emx-password-reset>`. Failure texts of its operations refine the shared
 * `error.<code>` ones: `password-reset-request.error.<code>` (asking for the email, also "send
 * again") and `password-reset.error.<code>` (setting the new password).
 */
export const passwordResetMessages = defineMessages({
  en: {
    'password-reset.heading': 'Reset your password',
    'password-reset.intro': 'Enter the email address you sign in with. We will send you a link to choose a new password.',
    'password-reset.email': 'Email address',
    'password-reset.request': 'Send link',
    'password-reset.requesting': 'Sending…',
    'password-reset.back_to_login': 'Back to sign in',
    'password-reset.requested_heading': 'Check your inbox',
    'password-reset.requested': 'If an account exists for {email}, we have sent a link to choose a new password to that address.',
    'password-reset.requested_hint': 'The email can take a few minutes to arrive. If it does not, please look in your spam folder or send it again.',
    'password-reset.send_again': 'Send the link again',
    'password-reset.sending_again': 'Sending…',
    'password-reset.sent_again': 'If an account exists for {email}, we have sent a new link. Only the newest link works.',
    'password-reset.other_email': 'Use a different email address',
    'password-reset.new_password_heading': 'Choose a new password',
    'password-reset.new_password': 'New password',
    'password-reset.confirmation': 'Repeat the new password',
    'password-reset.save': 'Save new password',
    'password-reset.saving': 'Saving…',
    'password-reset.request_new_link': 'Request a new link',
    'password-reset.completed_heading': 'Your password has been changed',
    'password-reset.completed': 'You can now sign in with your new password.',
    'password-reset.sign_in': 'Sign in',
    'password-reset.not_configured': 'Resetting a password is not available on this page yet.',
    'password-reset.error.invalid_token':
      'This link cannot be used any more: it has expired, was already used, or a newer link was sent. Please request a new one.',
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

export type PasswordResetMessageKey = keyof typeof passwordResetMessages.en;
