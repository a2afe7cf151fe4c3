import type { LoginMessageKey } from './messages.js';

/** The Italian texts of `<emx-login>`, loaded when an element first speaks Italian. */
export default {
  'login.heading': 'Accedi',
  'login.email': 'Indirizzo email',
  'login.password': 'Password',
  'login.submit': 'Accedi',
  'login.submitting': 'Accesso in corso…',
  'login.forgot_password': 'Password dimenticata?',
  'login.create_account': 'Crea un account',
  'login.resend_activation': 'Invia di nuovo l’email di attivazione',
  'login.resending_activation': 'Invio in corso…',
  'login.activation_resent': 'Abbiamo inviato una nuova email di attivazione a {email}.',
  'login.signed_in_as': 'Accesso effettuato come {name}',
  'login.company': 'Acquisti per {company}',
  'login.sign_out': 'Esci',
  'login.signing_out': 'Uscita in corso…',
  'login.not_configured': 'L’accesso non è ancora disponibile su questa pagina.',
  'login.social.continue_with': 'Continua con {provider}',
  'login.social.connecting': 'Connessione a {provider} in corso…',
  'login.social.completing': 'Accesso in corso…',
  'login.social.dismiss': 'Chiudi il messaggio',
  'login.social.error.cancelled': 'L’accesso è stato annullato. Può riprovare oppure accedere con il suo indirizzo email.',
  'login.social.error.state_mismatch': 'Il link di accesso è scaduto o è già stato utilizzato. Riprovi.',
  'login.social.error.expired': 'Il link di accesso è scaduto o è già stato utilizzato. Riprovi.',
  'login.social.error.provider_error': 'Il servizio di accesso ha rifiutato l’accesso. Riprovi oppure acceda con il suo indirizzo email.',
  'login.social.error.emporix_refused': 'Il negozio non è riuscito a confermare il suo accesso. Riprovi oppure acceda con il suo indirizzo email.',
  'login.social.error.missing_verifier': 'Questo accesso non può essere completato in questa scheda del browser. Lo avvii di nuovo da qui.',
  'login.social.error.network': 'Non è stato possibile raggiungere il servizio di accesso. Controlli la connessione e riprovi.',
  'login.social.error.insecure_provider':
    'Questo servizio di accesso non è configurato in modo sicuro, perciò l’accesso non è stato avviato. Acceda con il suo indirizzo email.',
} satisfies Record<LoginMessageKey, string>;
