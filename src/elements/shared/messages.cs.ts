import type { SharedMessageKey } from './messages.js';

/** The Czech texts of every element (field validation, form feedback, server errors), loaded when an element first speaks Czech. */
export default {
  'field.optional': '(nepovinné)',
  'field.show_password': 'Zobrazit heslo',
  'field.password_policy_hint':
    '{min, plural, one {Alespoň # znak, z toho alespoň jedna číslice.} few {Alespoň # znaky, z toho alespoň jedna číslice.} many {Alespoň # znaku, z toho alespoň jedna číslice.} other {Alespoň # znaků, z toho alespoň jedna číslice.}}',
  'field.password_length_hint': '{min, plural, one {Alespoň # znak.} few {Alespoň # znaky.} many {Alespoň # znaku.} other {Alespoň # znaků.}}',
  'form.invalid': 'Opravte prosím označená pole.',
  'title.MR': 'Pan',
  'title.MS': 'Paní',
  'title.MRS': 'Paní (vdaná)',
  'title.DR': 'Dr.',
  'title.PROF': 'Prof.',
  'validation.required': 'Vyplňte prosím toto pole.',
  'validation.required_check': 'Chcete-li pokračovat, zaškrtněte prosím toto políčko.',
  'validation.required_choice': 'Vyberte prosím alespoň jednu možnost.',
  'validation.email': 'Zadejte prosím e-mailovou adresu ve tvaru jmeno@priklad.cz.',
  'validation.min_length':
    '{min, plural, one {Zadejte prosím alespoň # znak.} few {Zadejte prosím alespoň # znaky.} many {Zadejte prosím alespoň # znaku.} other {Zadejte prosím alespoň # znaků.}}',
  'validation.pattern': 'Použijte prosím uvedený formát.',
  'validation.password_policy':
    '{min, plural, one {Použijte prosím alespoň # znak, z toho alespoň jednu číslici.} few {Použijte prosím alespoň # znaky, z toho alespoň jednu číslici.} many {Použijte prosím alespoň # znaku, z toho alespoň jednu číslici.} other {Použijte prosím alespoň # znaků, z toho alespoň jednu číslici.}}',
  'validation.mismatch': 'Zadané hodnoty se neshodují.',
  'validation.rejected': 'Tato hodnota nebyla přijata. Zkontrolujte ji prosím.',
  'validation.missing_value': 'Vyplňte prosím toto pole.',
  'validation.invalid_format': 'Zkontrolujte prosím formát tohoto údaje.',
  'validation.password_too_weak': 'Toto heslo je příliš slabé. Zvolte prosím delší heslo, které obsahuje alespoň jednu číslici.',
  'error.invalid_credentials': 'Nesprávná e-mailová adresa nebo heslo.',
  'error.account_inactive': 'Váš účet čeká na aktivaci. Přihlásit se budete moci, jakmile bude aktivován.',
  'error.account_on_hold': 'Váš účet je pozastaven. Obraťte se prosím na zákaznický servis.',
  'error.account_locked': 'Váš účet je po příliš mnoha neúspěšných pokusech zablokován. Zkuste to prosím později, nebo si obnovte heslo.',
  'error.optin_pending': 'Nejprve prosím potvrďte svou e-mailovou adresu pomocí odkazu v e-mailu, který jsme vám poslali.',
  'error.conflict_resource': 'Účet s touto e-mailovou adresou už existuje.',
  'error.invalid_token': 'Tento odkaz je neplatný nebo mu vypršela platnost. Požádejte prosím o nový.',
  'error.validation_failure': 'Některé údaje nebyly přijaty. Zkontrolujte prosím formulář.',
  'error.network': 'Nepodařilo se spojit se serverem. Zkontrolujte prosím připojení a zkuste to znovu.',
  'error.timeout': 'Server příliš dlouho neodpovídal. Zkuste to prosím znovu.',
  'error.server': 'Na naší straně se něco pokazilo. Zkuste to prosím za chvíli znovu.',
  'error.rate_limited': 'Příliš mnoho pokusů. Chvíli prosím počkejte a zkuste to znovu.',
  'error.rate_limited_wait':
    '{seconds, plural, one {Příliš mnoho pokusů. Počkejte prosím # sekundu a zkuste to znovu.} few {Příliš mnoho pokusů. Počkejte prosím # sekundy a zkuste to znovu.} many {Příliš mnoho pokusů. Počkejte prosím # sekundy a zkuste to znovu.} other {Příliš mnoho pokusů. Počkejte prosím # sekund a zkuste to znovu.}}',
  'error.rate_limited_wait_minutes':
    '{minutes, plural, one {Příliš mnoho pokusů. Počkejte prosím # minutu a zkuste to znovu.} few {Příliš mnoho pokusů. Počkejte prosím # minuty a zkuste to znovu.} many {Příliš mnoho pokusů. Počkejte prosím # minuty a zkuste to znovu.} other {Příliš mnoho pokusů. Počkejte prosím # minut a zkuste to znovu.}}',
  'error.rate_limited_later': 'Příliš mnoho pokusů. Zkuste to prosím později.',
  'error.deadline': 'Trvá to mnohem déle, než by mělo, proto jsme přestali čekat. Vaše údaje ve formuláři zůstaly: zkuste to prosím znovu.',
  'error.session_expired': 'Platnost vašeho přihlášení vypršela. Přihlaste se prosím znovu.',
  'error.forbidden': 'Váš účet k této akci nemá oprávnění. Pokud si myslíte, že by to mělo být možné, obraťte se prosím na e-shop.',
  'error.not_configured': 'Tato služba zatím na této stránce není k dispozici.',
  'error.unknown': 'Něco se pokazilo. Zkuste to prosím znovu.',
} satisfies Record<SharedMessageKey, string>;
