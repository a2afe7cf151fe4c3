import { defineMessages } from '../shared/localize.js';

/** Texts of `<emx-login>`; `login.error.<code>` keys would refine the shared `error.<code>` texts for this form. */
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
    'login.sign_out': 'Sign out',
    'login.signing_out': 'Signing out…',
    'login.not_configured': 'Sign-in is not available on this page yet.',
  },
  de: {
    'login.heading': 'Anmelden',
    'login.email': 'E-Mail-Adresse',
    'login.password': 'Passwort',
    'login.submit': 'Anmelden',
    'login.submitting': 'Anmeldung läuft…',
    'login.forgot_password': 'Passwort vergessen?',
    'login.create_account': 'Konto erstellen',
    'login.resend_activation': 'Aktivierungs-E-Mail erneut senden',
    'login.resending_activation': 'Wird gesendet…',
    'login.activation_resent': 'Wir haben eine neue Aktivierungs-E-Mail an {email} gesendet.',
    'login.signed_in_as': 'Angemeldet als {name}',
    'login.sign_out': 'Abmelden',
    'login.signing_out': 'Abmeldung läuft…',
    'login.not_configured': 'Die Anmeldung ist auf dieser Seite noch nicht verfügbar.',
  },
});

export type LoginMessageKey = keyof typeof loginMessages.en;
