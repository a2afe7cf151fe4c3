import type { PasswordResetMessageKey } from './messages.js';

/** The Czech texts of `<emx-password-reset>`, loaded when an element first speaks Czech. */
export default {
  'password-reset.heading': 'Obnovení hesla',
  'password-reset.intro': 'Zadejte e-mailovou adresu, kterou se přihlašujete. Pošleme vám odkaz pro nastavení nového hesla.',
  'password-reset.email': 'E-mailová adresa',
  'password-reset.request': 'Poslat odkaz',
  'password-reset.requesting': 'Odesílání…',
  'password-reset.back_to_login': 'Zpět na přihlášení',
  'password-reset.requested_heading': 'Zkontrolujte svou e-mailovou schránku',
  'password-reset.requested': 'Pokud pro {email} existuje účet, poslali jsme na tuto adresu odkaz pro nastavení nového hesla.',
  'password-reset.requested_hint':
    'Doručení e-mailu může trvat několik minut. Pokud nedorazí, podívejte se prosím do složky s nevyžádanou poštou, nebo si ho nechte poslat znovu.',
  'password-reset.send_again': 'Poslat odkaz znovu',
  'password-reset.sending_again': 'Odesílání…',
  'password-reset.sent_again': 'Pokud pro {email} existuje účet, poslali jsme nový odkaz. Funguje jen ten nejnovější.',
  'password-reset.other_email': 'Použít jinou e-mailovou adresu',
  'password-reset.new_password_heading': 'Zvolte nové heslo',
  'password-reset.new_password': 'Nové heslo',
  'password-reset.confirmation': 'Nové heslo znovu',
  'password-reset.save': 'Uložit nové heslo',
  'password-reset.saving': 'Ukládání…',
  'password-reset.request_new_link': 'Požádat o nový odkaz',
  'password-reset.completed_heading': 'Vaše heslo bylo změněno',
  'password-reset.completed': 'Nyní se můžete přihlásit novým heslem.',
  'password-reset.sign_in': 'Přihlásit se',
  'password-reset.not_configured': 'Obnovení hesla zatím na této stránce není k dispozici.',
  'password-reset.error.invalid_token':
    'Tento odkaz už nelze použít: vypršela mu platnost, už byl použit, nebo byl odeslán novější odkaz. Požádejte prosím o nový.',
} satisfies Record<PasswordResetMessageKey, string>;
