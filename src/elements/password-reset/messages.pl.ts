import type { PasswordResetMessageKey } from './messages.js';

/** The Polish texts of `<emx-password-reset>`, loaded when an element first speaks Polish. */
export default {
  'password-reset.heading': 'Zresetuj hasło',
  'password-reset.intro': 'Wpisz adres e-mail, którego używasz do logowania. Wyślemy Ci link do ustawienia nowego hasła.',
  'password-reset.email': 'Adres e-mail',
  'password-reset.request': 'Wyślij link',
  'password-reset.requesting': 'Wysyłanie…',
  'password-reset.back_to_login': 'Wróć do logowania',
  'password-reset.requested_heading': 'Sprawdź skrzynkę odbiorczą',
  'password-reset.requested': 'Jeśli istnieje konto dla adresu {email}, wysłaliśmy na ten adres link do ustawienia nowego hasła.',
  'password-reset.requested_hint':
    'Wiadomość może dotrzeć dopiero po kilku minutach. Jeśli nie dotrze, sprawdź folder ze spamem lub wyślij ją ponownie.',
  'password-reset.send_again': 'Wyślij link ponownie',
  'password-reset.sending_again': 'Wysyłanie…',
  'password-reset.sent_again': 'Jeśli istnieje konto dla adresu {email}, wysłaliśmy nowy link. Działa tylko najnowszy link.',
  'password-reset.other_email': 'Użyj innego adresu e-mail',
  'password-reset.new_password_heading': 'Ustaw nowe hasło',
  'password-reset.new_password': 'Nowe hasło',
  'password-reset.confirmation': 'Powtórz nowe hasło',
  'password-reset.save': 'Zapisz nowe hasło',
  'password-reset.saving': 'Zapisywanie…',
  'password-reset.request_new_link': 'Poproś o nowy link',
  'password-reset.completed_heading': 'Hasło zostało zmienione',
  'password-reset.completed': 'Możesz teraz zalogować się nowym hasłem.',
  'password-reset.sign_in': 'Zaloguj się',
  'password-reset.not_configured': 'Resetowanie hasła nie jest jeszcze dostępne na tej stronie.',
  'password-reset.error.invalid_token':
    'Tego linku nie można już użyć: wygasł, został już użyty albo wysłano nowszy link. Poproś o nowy.',
} satisfies Record<PasswordResetMessageKey, string>;
