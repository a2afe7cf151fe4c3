import type { PasswordResetMessageKey } from './messages.js';

/** The Italian texts of `<emx-password-reset>`, loaded when an element first speaks Italian. */
export default {
  'password-reset.heading': 'Reimpostazione della password',
  'password-reset.intro': 'Inserisca l’indirizzo email con cui accede. Le invieremo un link per scegliere una nuova password.',
  'password-reset.email': 'Indirizzo email',
  'password-reset.request': 'Invia link',
  'password-reset.requesting': 'Invio in corso…',
  'password-reset.back_to_login': 'Torna all’accesso',
  'password-reset.requested_heading': 'Controlli la sua casella di posta',
  'password-reset.requested':
    'Se esiste un account per {email}, abbiamo inviato a quell’indirizzo un link per scegliere una nuova password.',
  'password-reset.requested_hint':
    'L’email può impiegare alcuni minuti ad arrivare. Se non arriva, controlli la cartella dello spam oppure la invii di nuovo.',
  'password-reset.send_again': 'Invia di nuovo il link',
  'password-reset.sending_again': 'Invio in corso…',
  'password-reset.sent_again': 'Se esiste un account per {email}, abbiamo inviato un nuovo link. Funziona solo il link più recente.',
  'password-reset.other_email': 'Usa un altro indirizzo email',
  'password-reset.new_password_heading': 'Scelga una nuova password',
  'password-reset.new_password': 'Nuova password',
  'password-reset.confirmation': 'Conferma nuova password',
  'password-reset.save': 'Salva nuova password',
  'password-reset.saving': 'Salvataggio…',
  'password-reset.request_new_link': 'Richiedi un nuovo link',
  'password-reset.completed_heading': 'La sua password è stata modificata',
  'password-reset.completed': 'Ora può accedere con la nuova password.',
  'password-reset.sign_in': 'Accedi',
  'password-reset.not_configured': 'La reimpostazione della password non è ancora disponibile su questa pagina.',
  'password-reset.error.invalid_token':
    'Questo link non può più essere utilizzato: è scaduto, è già stato utilizzato oppure ne è stato inviato uno più recente. Ne richieda uno nuovo.',
} satisfies Record<PasswordResetMessageKey, string>;
