import type { LoginMessageKey } from './messages.js';

/** The Czech texts of `<emx-login>`, loaded when an element first speaks Czech. */
export default {
  'login.heading': 'Přihlášení',
  'login.email': 'E-mailová adresa',
  'login.password': 'Heslo',
  'login.submit': 'Přihlásit se',
  'login.submitting': 'Přihlašování…',
  'login.forgot_password': 'Zapomenuté heslo?',
  'login.create_account': 'Vytvořit účet',
  'login.resend_activation': 'Znovu poslat aktivační e-mail',
  'login.resending_activation': 'Odesílání…',
  'login.activation_resent': 'Na adresu {email} jsme poslali nový aktivační e-mail.',
  'login.signed_in_as': 'Přihlášený účet: {name}',
  'login.company': 'Nákup pro: {company}',
  'login.sign_out': 'Odhlásit se',
  'login.signing_out': 'Odhlašování…',
  'login.not_configured': 'Přihlášení zatím na této stránce není k dispozici.',
  'login.social.continue_with': 'Pokračovat přes {provider}',
  'login.social.connecting': 'Připojování ke službě {provider}…',
  'login.social.completing': 'Probíhá přihlášení…',
  'login.social.dismiss': 'Zavřít zprávu',
  'login.social.error.cancelled': 'Přihlášení bylo zrušeno. Můžete to zkusit znovu, nebo se přihlásit pomocí své e-mailové adresy.',
  'login.social.error.state_mismatch': 'Platnost přihlašovacího odkazu vypršela, nebo už byl použit. Zkuste to prosím znovu.',
  'login.social.error.expired': 'Platnost přihlašovacího odkazu vypršela, nebo už byl použit. Zkuste to prosím znovu.',
  'login.social.error.provider_error': 'Přihlašovací služba přihlášení odmítla. Zkuste to prosím znovu, nebo se přihlaste pomocí své e-mailové adresy.',
  'login.social.error.emporix_refused': 'E-shop nemohl vaše přihlášení potvrdit. Zkuste to prosím znovu, nebo se přihlaste pomocí své e-mailové adresy.',
  'login.social.error.missing_verifier': 'Toto přihlášení nelze v této záložce prohlížeče dokončit. Začněte ho prosím znovu zde.',
  'login.social.error.network': 'Nepodařilo se spojit s přihlašovací službou. Zkontrolujte prosím připojení a zkuste to znovu.',
  'login.social.error.insecure_provider':
    'Tato přihlašovací služba není nastavena bezpečně, proto přihlášení nebylo zahájeno. Přihlaste se prosím pomocí své e-mailové adresy.',
} satisfies Record<LoginMessageKey, string>;
