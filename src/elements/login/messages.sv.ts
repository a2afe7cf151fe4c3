import type { LoginMessageKey } from './messages.js';

/** The Swedish texts of `<emx-login>`, loaded when an element first speaks Swedish. */
export default {
  'login.heading': 'Logga in',
  'login.email': 'E-postadress',
  'login.password': 'Lösenord',
  'login.submit': 'Logga in',
  'login.submitting': 'Loggar in…',
  'login.forgot_password': 'Glömt lösenordet?',
  'login.create_account': 'Skapa konto',
  'login.resend_activation': 'Skicka aktiveringsmejlet igen',
  'login.resending_activation': 'Skickar…',
  'login.activation_resent': 'Vi har skickat ett nytt aktiveringsmejl till {email}.',
  'login.signed_in_as': 'Inloggad som {name}',
  'login.company': 'Handlar för {company}',
  'login.sign_out': 'Logga ut',
  'login.signing_out': 'Loggar ut…',
  'login.not_configured': 'Inloggning är inte tillgänglig på den här sidan än.',
  'login.social.continue_with': 'Fortsätt med {provider}',
  'login.social.connecting': 'Ansluter till {provider}…',
  'login.social.completing': 'Loggar in dig…',
  'login.social.dismiss': 'Stäng meddelandet',
  'login.social.error.cancelled': 'Inloggningen avbröts. Du kan försöka igen eller logga in med din e-postadress.',
  'login.social.error.state_mismatch': 'Inloggningslänken har gått ut eller har redan använts. Försök igen.',
  'login.social.error.expired': 'Inloggningslänken har gått ut eller har redan använts. Försök igen.',
  'login.social.error.provider_error': 'Inloggningstjänsten nekade inloggningen. Försök igen eller logga in med din e-postadress.',
  'login.social.error.emporix_refused': 'Butiken kunde inte bekräfta din inloggning. Försök igen eller logga in med din e-postadress.',
  'login.social.error.missing_verifier': 'Inloggningen kan inte slutföras i den här webbläsarfliken. Starta den igen här.',
  'login.social.error.network': 'Vi kunde inte nå inloggningstjänsten. Kontrollera din anslutning och försök igen.',
  'login.social.error.insecure_provider':
    'Inloggningstjänsten är inte säkert konfigurerad, så inloggningen startades inte. Logga in med din e-postadress.',
} satisfies Record<LoginMessageKey, string>;
