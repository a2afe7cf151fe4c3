import type { PasswordResetMessageKey } from './messages.js';

/** The German texts of `<emx-password-reset>`, loaded when an element first speaks German. */
export default {
  'password-reset.heading': 'Passwort zurücksetzen',
  'password-reset.intro': 'Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort wählen.',
  'password-reset.email': 'E-Mail-Adresse',
  'password-reset.request': 'Link senden',
  'password-reset.requesting': 'Wird gesendet…',
  'password-reset.back_to_login': 'Zurück zur Anmeldung',
  'password-reset.requested_heading': 'Sehen Sie in Ihr Postfach',
  'password-reset.requested': 'Falls es ein Konto für {email} gibt, haben wir an diese Adresse einen Link zum Wählen eines neuen Passworts gesendet.',
  'password-reset.requested_hint':
    'Es kann einige Minuten dauern, bis die E-Mail ankommt. Falls nicht, sehen Sie bitte im Spam-Ordner nach oder senden Sie sie erneut.',
  'password-reset.send_again': 'Link erneut senden',
  'password-reset.sending_again': 'Wird gesendet…',
  'password-reset.sent_again': 'Falls es ein Konto für {email} gibt, haben wir einen neuen Link gesendet. Nur der neueste Link funktioniert.',
  'password-reset.other_email': 'Andere E-Mail-Adresse verwenden',
  'password-reset.new_password_heading': 'Neues Passwort wählen',
  'password-reset.new_password': 'Neues Passwort',
  'password-reset.confirmation': 'Neues Passwort wiederholen',
  'password-reset.save': 'Neues Passwort speichern',
  'password-reset.saving': 'Wird gespeichert…',
  'password-reset.request_new_link': 'Neuen Link anfordern',
  'password-reset.completed_heading': 'Ihr Passwort wurde geändert',
  'password-reset.completed': 'Sie können sich jetzt mit Ihrem neuen Passwort anmelden.',
  'password-reset.sign_in': 'Anmelden',
  'password-reset.not_configured': 'Das Zurücksetzen des Passworts ist auf dieser Seite noch nicht verfügbar.',
  'password-reset.error.invalid_token':
    'Dieser Link ist nicht mehr gültig: Er ist abgelaufen, wurde schon verwendet, oder es wurde ein neuerer Link gesendet. Bitte fordern Sie einen neuen an.',
} satisfies Record<PasswordResetMessageKey, string>;
