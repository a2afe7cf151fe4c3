import type { PasswordResetMessageKey } from './messages.js';

/** The Swedish texts of `<emx-password-reset>`, loaded when an element first speaks Swedish. */
export default {
  'password-reset.heading': 'Återställ ditt lösenord',
  'password-reset.intro': 'Ange e-postadressen som du loggar in med. Vi skickar en länk där du kan välja ett nytt lösenord.',
  'password-reset.email': 'E-postadress',
  'password-reset.request': 'Skicka länk',
  'password-reset.requesting': 'Skickar…',
  'password-reset.back_to_login': 'Tillbaka till inloggningen',
  'password-reset.requested_heading': 'Kolla din inkorg',
  'password-reset.requested': 'Om det finns ett konto för {email} har vi skickat en länk dit så att du kan välja ett nytt lösenord.',
  'password-reset.requested_hint':
    'Det kan ta några minuter innan mejlet kommer fram. Om det inte gör det, titta i skräppostmappen eller skicka det igen.',
  'password-reset.send_again': 'Skicka länken igen',
  'password-reset.sending_again': 'Skickar…',
  'password-reset.sent_again': 'Om det finns ett konto för {email} har vi skickat en ny länk. Bara den senaste länken fungerar.',
  'password-reset.other_email': 'Använd en annan e-postadress',
  'password-reset.new_password_heading': 'Välj ett nytt lösenord',
  'password-reset.new_password': 'Nytt lösenord',
  'password-reset.confirmation': 'Upprepa det nya lösenordet',
  'password-reset.save': 'Spara det nya lösenordet',
  'password-reset.saving': 'Sparar…',
  'password-reset.request_new_link': 'Begär en ny länk',
  'password-reset.completed_heading': 'Ditt lösenord har bytts',
  'password-reset.completed': 'Nu kan du logga in med ditt nya lösenord.',
  'password-reset.sign_in': 'Logga in',
  'password-reset.not_configured': 'Det går inte att återställa lösenord på den här sidan än.',
  'password-reset.error.invalid_token':
    'Länken kan inte användas längre: den har gått ut, har redan använts eller så har en nyare länk skickats. Begär en ny.',
} satisfies Record<PasswordResetMessageKey, string>;
