import type { LoginMessageKey } from './messages.js';

/** The Polish texts of `<emx-login>`, loaded when an element first speaks Polish. */
export default {
  'login.heading': 'Zaloguj się',
  'login.email': 'Adres e-mail',
  'login.password': 'Hasło',
  'login.submit': 'Zaloguj się',
  'login.submitting': 'Logowanie…',
  'login.forgot_password': 'Nie pamiętasz hasła?',
  'login.create_account': 'Załóż konto',
  'login.resend_activation': 'Wyślij ponownie e-mail aktywacyjny',
  'login.resending_activation': 'Wysyłanie…',
  'login.activation_resent': 'Wysłaliśmy nowy e-mail aktywacyjny na adres {email}.',
  'login.signed_in_as': 'Zalogowano jako {name}',
  'login.company': 'Zakupy dla: {company}',
  'login.sign_out': 'Wyloguj się',
  'login.signing_out': 'Wylogowywanie…',
  'login.not_configured': 'Logowanie nie jest jeszcze dostępne na tej stronie.',
  'login.social.continue_with': 'Kontynuuj przez {provider}',
  'login.social.connecting': 'Łączenie z usługą {provider}…',
  'login.social.completing': 'Trwa logowanie…',
  'login.social.dismiss': 'Zamknij komunikat',
  'login.social.error.cancelled': 'Logowanie zostało anulowane. Możesz spróbować ponownie lub zalogować się za pomocą adresu e-mail.',
  'login.social.error.state_mismatch': 'Link do logowania wygasł lub został już użyty. Spróbuj ponownie.',
  'login.social.error.expired': 'Link do logowania wygasł lub został już użyty. Spróbuj ponownie.',
  'login.social.error.provider_error': 'Usługa logowania odrzuciła logowanie. Spróbuj ponownie lub zaloguj się za pomocą adresu e-mail.',
  'login.social.error.emporix_refused': 'Sklep nie mógł potwierdzić Twojego logowania. Spróbuj ponownie lub zaloguj się za pomocą adresu e-mail.',
  'login.social.error.missing_verifier': 'Tego logowania nie można dokończyć w tej karcie przeglądarki. Rozpocznij je ponownie tutaj.',
  'login.social.error.network': 'Nie udało się połączyć z usługą logowania. Sprawdź połączenie i spróbuj ponownie.',
  'login.social.error.insecure_provider':
    'Ta usługa logowania nie jest bezpiecznie skonfigurowana, więc logowanie nie zostało rozpoczęte. Zaloguj się za pomocą adresu e-mail.',
} satisfies Record<LoginMessageKey, string>;
