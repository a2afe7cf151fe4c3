import type { PasswordResetMessageKey } from './messages.js';

/** The Danish texts of `<emx-password-reset>`, loaded when an element first speaks Danish. */
export default {
  'password-reset.heading': 'Nulstil din adgangskode',
  'password-reset.intro': 'Indtast den e-mailadresse, du logger ind med. Vi sender dig et link, hvor du kan vælge en ny adgangskode.',
  'password-reset.email': 'E-mailadresse',
  'password-reset.request': 'Send linket',
  'password-reset.requesting': 'Sender…',
  'password-reset.back_to_login': 'Tilbage til login',
  'password-reset.requested_heading': 'Tjek din indbakke',
  'password-reset.requested': 'Hvis der findes en konto for {email}, har vi sendt et link dertil, så du kan vælge en ny adgangskode.',
  'password-reset.requested_hint':
    'Der kan gå et par minutter, før e-mailen kommer frem. Hvis den ikke gør, så kig i din spammappe, eller send den igen.',
  'password-reset.send_again': 'Send linket igen',
  'password-reset.sending_again': 'Sender…',
  'password-reset.sent_again': 'Hvis der findes en konto for {email}, har vi sendt et nyt link. Kun det nyeste link virker.',
  'password-reset.other_email': 'Brug en anden e-mailadresse',
  'password-reset.new_password_heading': 'Vælg en ny adgangskode',
  'password-reset.new_password': 'Ny adgangskode',
  'password-reset.confirmation': 'Gentag den nye adgangskode',
  'password-reset.save': 'Gem den nye adgangskode',
  'password-reset.saving': 'Gemmer…',
  'password-reset.request_new_link': 'Anmod om et nyt link',
  'password-reset.completed_heading': 'Din adgangskode er ændret',
  'password-reset.completed': 'Du kan nu logge ind med din nye adgangskode.',
  'password-reset.sign_in': 'Log ind',
  'password-reset.not_configured': 'Nulstilling af adgangskode er ikke tilgængelig på denne side endnu.',
  'password-reset.error.invalid_token':
    'Dette link kan ikke længere bruges: det er udløbet, det er allerede brugt, eller der er sendt et nyere link. Anmod om et nyt.',
} satisfies Record<PasswordResetMessageKey, string>;
