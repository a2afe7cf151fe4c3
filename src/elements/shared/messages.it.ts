import type { SharedMessageKey } from './messages.js';

/** The Italian texts of every element (field validation, form feedback, server errors), loaded when an element first speaks Italian. */
export default {
  'field.optional': '(facoltativo)',
  'field.show_password': 'Mostra password',
  'field.password_policy_hint':
    '{min, plural, one {Almeno # carattere, tra cui una cifra.} many {Almeno # di caratteri, tra cui una cifra.} other {Almeno # caratteri, tra cui una cifra.}}',
  'field.password_length_hint': '{min, plural, one {Almeno # carattere.} many {Almeno # di caratteri.} other {Almeno # caratteri.}}',
  'form.invalid': 'Corregga i campi evidenziati.',
  'title.MR': 'Sig.',
  'title.MS': 'Sig.ra',
  'title.MRS': 'Sig.ra',
  'title.DR': 'Dott./Dott.ssa',
  'title.PROF': 'Prof./Prof.ssa',
  'validation.required': 'Compili questo campo.',
  'validation.required_check': 'Selezioni questa casella per continuare.',
  'validation.required_choice': 'Scelga almeno un’opzione.',
  'validation.email': 'Inserisca un indirizzo email come nome@esempio.it.',
  'validation.min_length':
    '{min, plural, one {Inserisca almeno # carattere.} many {Inserisca almeno # di caratteri.} other {Inserisca almeno # caratteri.}}',
  'validation.pattern': 'Utilizzi il formato indicato.',
  'validation.password_policy':
    '{min, plural, one {Utilizzi almeno # carattere, tra cui una cifra.} many {Utilizzi almeno # di caratteri, tra cui una cifra.} other {Utilizzi almeno # caratteri, tra cui una cifra.}}',
  'validation.mismatch': 'I due valori inseriti non coincidono.',
  'validation.rejected': 'Questo valore non è stato accettato. La preghiamo di controllarlo.',
  'validation.missing_value': 'Compili questo campo.',
  'validation.invalid_format': 'Controlli il formato di questo dato.',
  'validation.password_too_weak': 'Questa password è troppo debole. Ne scelga una più lunga, che contenga una cifra.',
  'error.invalid_credentials': 'L’indirizzo email o la password non sono corretti.',
  'error.account_inactive': 'Il suo account è in attesa di attivazione. Potrà accedere non appena sarà stato attivato.',
  'error.account_on_hold': 'Il suo account è sospeso. Contatti il servizio clienti.',
  'error.account_locked': 'Il suo account è stato bloccato dopo troppi tentativi non riusciti. Riprovi più tardi o reimposti la password.',
  'error.optin_pending': 'Confermi prima il suo indirizzo email tramite il link contenuto nell’email che le abbiamo inviato.',
  'error.conflict_resource': 'Esiste già un account con questo indirizzo email.',
  'error.invalid_token': 'Questo link non è valido o è scaduto. Ne richieda uno nuovo.',
  'error.validation_failure': 'Alcuni dati non sono stati accettati. Controlli il modulo.',
  'error.network': 'Non è stato possibile raggiungere il server. Controlli la connessione e riprovi.',
  'error.timeout': 'Il server ha impiegato troppo tempo a rispondere. Riprovi.',
  'error.server': 'Si è verificato un problema da parte nostra. Riprovi tra qualche istante.',
  'error.rate_limited': 'Troppi tentativi. Attenda un momento e riprovi.',
  'error.rate_limited_wait':
    '{seconds, plural, one {Troppi tentativi. Attenda # secondo e riprovi.} many {Troppi tentativi. Attenda # di secondi e riprovi.} other {Troppi tentativi. Attenda # secondi e riprovi.}}',
  'error.rate_limited_wait_minutes':
    '{minutes, plural, one {Troppi tentativi. Attenda # minuto e riprovi.} many {Troppi tentativi. Attenda # di minuti e riprovi.} other {Troppi tentativi. Attenda # minuti e riprovi.}}',
  'error.rate_limited_later': 'Troppi tentativi. Riprovi più tardi.',
  'error.deadline':
    'L’operazione sta richiedendo molto più tempo del previsto, quindi abbiamo smesso di attendere. I dati inseriti sono ancora qui: riprovi.',
  'error.session_expired': 'La sessione è scaduta. Acceda di nuovo.',
  'error.forbidden': 'Il suo account non è autorizzato a eseguire questa operazione. Se ritiene che dovrebbe esserlo, contatti il negozio.',
  'error.not_configured': 'Questo servizio non è ancora disponibile su questa pagina.',
  'error.unknown': 'Si è verificato un errore. Riprovi.',
} satisfies Record<SharedMessageKey, string>;
