import type { SharedMessageKey } from './messages.js';

/** The Polish texts of every element (field validation, form feedback, server errors), loaded when an element first speaks Polish. */
export default {
  'field.optional': '(opcjonalnie)',
  'field.show_password': 'Pokaż hasło',
  'field.password_policy_hint':
    '{min, plural, one {Co najmniej # znak, w tym cyfra.} few {Co najmniej # znaki, w tym cyfra.} many {Co najmniej # znaków, w tym cyfra.} other {Co najmniej # znaku, w tym cyfra.}}',
  'field.password_length_hint': '{min, plural, one {Co najmniej # znak.} few {Co najmniej # znaki.} many {Co najmniej # znaków.} other {Co najmniej # znaku.}}',
  'form.invalid': 'Popraw zaznaczone pola.',
  'title.MR': 'Pan',
  'title.MS': 'Pani',
  'title.MRS': 'Pani',
  'title.DR': 'Dr',
  'title.PROF': 'Prof.',
  'validation.required': 'Wypełnij to pole.',
  'validation.required_check': 'Zaznacz to pole, aby kontynuować.',
  'validation.required_choice': 'Wybierz co najmniej jedną opcję.',
  'validation.email': 'Wpisz adres e-mail w formacie nazwa@przyklad.pl.',
  'validation.min_length':
    '{min, plural, one {Wpisz co najmniej # znak.} few {Wpisz co najmniej # znaki.} many {Wpisz co najmniej # znaków.} other {Wpisz co najmniej # znaku.}}',
  'validation.pattern': 'Użyj podanego formatu.',
  'validation.password_policy':
    '{min, plural, one {Hasło musi zawierać co najmniej # znak, w tym cyfrę.} few {Hasło musi zawierać co najmniej # znaki, w tym cyfrę.} many {Hasło musi zawierać co najmniej # znaków, w tym cyfrę.} other {Hasło musi zawierać co najmniej # znaku, w tym cyfrę.}}',
  'validation.mismatch': 'Wpisane wartości nie są zgodne.',
  'validation.rejected': 'Ta wartość nie została zaakceptowana. Sprawdź ją.',
  'validation.missing_value': 'Wypełnij to pole.',
  'validation.invalid_format': 'Sprawdź format wpisanej wartości.',
  'validation.password_too_weak': 'To hasło jest zbyt słabe. Wybierz dłuższe hasło, zawierające co najmniej jedną cyfrę.',
  'error.invalid_credentials': 'Adres e-mail lub hasło jest nieprawidłowe.',
  'error.account_inactive': 'Twoje konto czeka na aktywację. Możesz się zalogować, gdy zostanie aktywowane.',
  'error.account_on_hold': 'Twoje konto zostało zawieszone. Skontaktuj się z obsługą klienta.',
  'error.account_locked': 'Twoje konto zostało zablokowane po zbyt wielu nieudanych próbach. Spróbuj ponownie później lub zresetuj hasło.',
  'error.optin_pending': 'Najpierw potwierdź adres e-mail za pomocą linku w wiadomości, którą Ci wysłaliśmy.',
  'error.conflict_resource': 'Konto z tym adresem e-mail już istnieje.',
  'error.invalid_token': 'Ten link jest nieprawidłowy lub wygasł. Poproś o nowy.',
  'error.validation_failure': 'Niektóre dane nie zostały zaakceptowane. Sprawdź formularz.',
  'error.network': 'Nie udało się połączyć z serwerem. Sprawdź połączenie i spróbuj ponownie.',
  'error.timeout': 'Serwer zbyt długo nie odpowiadał. Spróbuj ponownie.',
  'error.server': 'Wystąpił błąd po naszej stronie. Spróbuj ponownie za chwilę.',
  'error.rate_limited': 'Zbyt wiele prób. Poczekaj chwilę i spróbuj ponownie.',
  'error.rate_limited_wait':
    '{seconds, plural, one {Zbyt wiele prób. Poczekaj # sekundę i spróbuj ponownie.} few {Zbyt wiele prób. Poczekaj # sekundy i spróbuj ponownie.} many {Zbyt wiele prób. Poczekaj # sekund i spróbuj ponownie.} other {Zbyt wiele prób. Poczekaj # sekundy i spróbuj ponownie.}}',
  'error.rate_limited_wait_minutes':
    '{minutes, plural, one {Zbyt wiele prób. Poczekaj # minutę i spróbuj ponownie.} few {Zbyt wiele prób. Poczekaj # minuty i spróbuj ponownie.} many {Zbyt wiele prób. Poczekaj # minut i spróbuj ponownie.} other {Zbyt wiele prób. Poczekaj # minuty i spróbuj ponownie.}}',
  'error.rate_limited_later': 'Zbyt wiele prób. Spróbuj ponownie później.',
  'error.deadline': 'Trwa to znacznie dłużej, niż powinno, więc przestaliśmy czekać. Wpisane dane nadal tu są: spróbuj ponownie.',
  'error.session_expired': 'Sesja wygasła. Zaloguj się ponownie.',
  'error.forbidden': 'Twoje konto nie ma uprawnień do tej czynności. Jeśli uważasz, że powinno je mieć, skontaktuj się ze sklepem.',
  'error.not_configured': 'Ta usługa nie jest jeszcze dostępna na tej stronie.',
  'error.unknown': 'Coś poszło nie tak. Spróbuj ponownie.',
} satisfies Record<SharedMessageKey, string>;
