import { defineMessages } from '../shared/localize.js';

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
    'login.social.continue_with': 'Weiter mit {provider}',
    'login.social.connecting': 'Verbindung zu {provider} wird hergestellt…',
    'login.social.completing': 'Sie werden angemeldet…',
    'login.social.dismiss': 'Meldung schließen',
    'login.social.error.cancelled': 'Die Anmeldung wurde abgebrochen. Sie können es erneut versuchen oder sich mit Ihrer E-Mail-Adresse anmelden.',
    'login.social.error.state_mismatch': 'Der Anmeldelink ist abgelaufen oder wurde bereits verwendet. Bitte versuchen Sie es erneut.',
    'login.social.error.expired': 'Der Anmeldelink ist abgelaufen oder wurde bereits verwendet. Bitte versuchen Sie es erneut.',
    'login.social.error.provider_error': 'Der Anmeldedienst hat die Anmeldung abgelehnt. Bitte versuchen Sie es erneut oder melden Sie sich mit Ihrer E-Mail-Adresse an.',
    'login.social.error.emporix_refused': 'Der Shop konnte Ihre Anmeldung nicht bestätigen. Bitte versuchen Sie es erneut oder melden Sie sich mit Ihrer E-Mail-Adresse an.',
    'login.social.error.missing_verifier': 'Diese Anmeldung kann in diesem Browser-Tab nicht abgeschlossen werden. Bitte starten Sie sie hier erneut.',
    'login.social.error.network': 'Der Anmeldedienst ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  },
});

export type LoginMessageKey = keyof typeof loginMessages.en;
