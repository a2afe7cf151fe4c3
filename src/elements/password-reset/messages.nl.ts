import type { PasswordResetMessageKey } from './messages.js';

/** The Dutch texts of `<emx-password-reset>`, loaded when an element first speaks Dutch. */
export default {
  'password-reset.heading': 'Wachtwoord opnieuw instellen',
  'password-reset.intro': 'Voer het e-mailadres in waarmee u inlogt. We sturen u een link om een nieuw wachtwoord te kiezen.',
  'password-reset.email': 'E-mailadres',
  'password-reset.request': 'Link versturen',
  'password-reset.requesting': 'Bezig met versturen…',
  'password-reset.back_to_login': 'Terug naar inloggen',
  'password-reset.requested_heading': 'Controleer uw inbox',
  'password-reset.requested': 'Als er een account voor {email} bestaat, hebben we naar dat adres een link gestuurd om een nieuw wachtwoord te kiezen.',
  'password-reset.requested_hint':
    'Het kan enkele minuten duren voordat de e-mail aankomt. Komt hij niet, kijk dan in uw spammap of verstuur hem opnieuw.',
  'password-reset.send_again': 'Link opnieuw versturen',
  'password-reset.sending_again': 'Bezig met versturen…',
  'password-reset.sent_again': 'Als er een account voor {email} bestaat, hebben we een nieuwe link gestuurd. Alleen de nieuwste link werkt.',
  'password-reset.other_email': 'Een ander e-mailadres gebruiken',
  'password-reset.new_password_heading': 'Kies een nieuw wachtwoord',
  'password-reset.new_password': 'Nieuw wachtwoord',
  'password-reset.confirmation': 'Herhaal het nieuwe wachtwoord',
  'password-reset.save': 'Nieuw wachtwoord opslaan',
  'password-reset.saving': 'Bezig met opslaan…',
  'password-reset.request_new_link': 'Nieuwe link aanvragen',
  'password-reset.completed_heading': 'Uw wachtwoord is gewijzigd',
  'password-reset.completed': 'U kunt nu inloggen met uw nieuwe wachtwoord.',
  'password-reset.sign_in': 'Inloggen',
  'password-reset.not_configured': 'Het opnieuw instellen van een wachtwoord is op deze pagina nog niet beschikbaar.',
  'password-reset.error.invalid_token':
    'Deze link kan niet meer worden gebruikt: hij is verlopen, al gebruikt, of er is een nieuwere link verstuurd. Vraag een nieuwe aan.',
} satisfies Record<PasswordResetMessageKey, string>;
