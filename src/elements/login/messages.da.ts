import type { LoginMessageKey } from './messages.js';

/** The Danish texts of `<emx-login>`, loaded when an element first speaks Danish. */
export default {
  'login.heading': 'Log ind',
  'login.email': 'E-mailadresse',
  'login.password': 'Adgangskode',
  'login.submit': 'Log ind',
  'login.submitting': 'Logger ind…',
  'login.forgot_password': 'Glemt adgangskode?',
  'login.create_account': 'Opret konto',
  'login.resend_activation': 'Send aktiveringsmailen igen',
  'login.resending_activation': 'Sender…',
  'login.activation_resent': 'Vi har sendt en ny aktiveringsmail til {email}.',
  'login.signed_in_as': 'Logget ind som {name}',
  'login.company': 'Handler for {company}',
  'login.sign_out': 'Log ud',
  'login.signing_out': 'Logger ud…',
  'login.not_configured': 'Login er ikke tilgængeligt på denne side endnu.',
  'login.social.continue_with': 'Fortsæt med {provider}',
  'login.social.connecting': 'Forbinder til {provider}…',
  'login.social.completing': 'Logger dig ind…',
  'login.social.dismiss': 'Luk meddelelsen',
  'login.social.error.cancelled': 'Login blev annulleret. Du kan prøve igen eller logge ind med din e-mailadresse.',
  'login.social.error.state_mismatch': 'Login-linket er udløbet eller allerede brugt. Prøv igen.',
  'login.social.error.expired': 'Login-linket er udløbet eller allerede brugt. Prøv igen.',
  'login.social.error.provider_error': 'Login-tjenesten afviste login. Prøv igen, eller log ind med din e-mailadresse.',
  'login.social.error.emporix_refused': 'Butikken kunne ikke bekræfte dit login. Prøv igen, eller log ind med din e-mailadresse.',
  'login.social.error.missing_verifier': 'Dette login kan ikke gennemføres i denne browserfane. Start det igen her.',
  'login.social.error.network': 'Vi kunne ikke få forbindelse til login-tjenesten. Kontrollér din internetforbindelse, og prøv igen.',
  'login.social.error.insecure_provider':
    'Denne login-tjeneste er ikke sat sikkert op, så login blev ikke startet. Log ind med din e-mailadresse.',
} satisfies Record<LoginMessageKey, string>;
