// The demo storefront's shell: the header with the session state, built only on the kit's public
// tags and events.
// First, so that <emx-session> has its social-login providers before the kit defines it.
import './social-providers.ts';
import '../src/index.ts';
import { shopText, type ShopTextKey } from './shop-texts.ts';

const pages = [
  ['index.html', 'nav.shop'],
  ['login.html', 'nav.login'],
  ['signup.html', 'nav.signup'],
  ['account.html', 'nav.account'],
  ['password-reset.html', 'nav.password-reset'],
  ['emulator.html', 'nav.emulator'],
] as const;

/** The built-in languages, each named in its own language (and marked as it, for screen readers). */
const languages = [
  ['en', 'English'],
  ['de', 'Deutsch'],
  ['fr', 'Français'],
  ['it', 'Italiano'],
  ['es', 'Español'],
  ['nl', 'Nederlands'],
  ['pl', 'Polski'],
  ['pt', 'Português'],
  ['cs', 'Čeština'],
  ['sv', 'Svenska'],
  ['da', 'Dansk'],
  ['ar', 'العربية'],
] as const;

const LANGUAGE_KEY = 'nordlicht-language';

/**
 * Sets the page's language: the elements follow `lang` on <html>, the shop's own texts are marked
 * `data-shop-text` (its text) or `data-shop-label` (its `aria-label`), and the title is named by
 * `data-shop-title` on <body>. Arabic also sets `dir`, so the shop's own header and layout mirror
 * with the elements.
 */
function applyLanguage(lang: string): void {
  document.documentElement.lang = lang;
  if (lang === 'ar') document.documentElement.dir = 'rtl';
  else document.documentElement.removeAttribute('dir');
  for (const node of document.querySelectorAll<HTMLElement>('[data-shop-text]')) node.textContent = shopText(lang, node.dataset.shopText as ShopTextKey);
  for (const node of document.querySelectorAll<HTMLElement>('[data-shop-label]')) node.setAttribute('aria-label', shopText(lang, node.dataset.shopLabel as ShopTextKey));
  const select = document.querySelector<HTMLSelectElement>('.shop-language select');
  if (select) select.value = lang;
  const title = document.body.dataset.shopTitle as ShopTextKey | undefined;
  if (title) document.title = `${shopText(lang, title)} · Nordlicht Coffee`;
}

/** The visitor's choice, kept across pages; storage may be unavailable (private mode, blocked), which only forgets it. */
function storedLanguage(): string | undefined {
  try {
    const lang = localStorage.getItem(LANGUAGE_KEY);
    return languages.some(([code]) => code === lang) ? (lang ?? undefined) : undefined;
  } catch {
    return undefined;
  }
}

function rememberLanguage(lang: string): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Not remembered: the choice still holds on this page.
  }
}

function languageSwitcher(): HTMLElement {
  const label = document.createElement('label');
  label.className = 'shop-language';
  const text = Object.assign(document.createElement('span'), { className: 'shop-visually-hidden' });
  text.dataset.shopText = 'language';
  const select = document.createElement('select');
  select.name = 'language';
  for (const [code, name] of languages) {
    const option = Object.assign(document.createElement('option'), { value: code, textContent: name, lang: code });
    select.append(option);
  }
  select.addEventListener('change', () => {
    applyLanguage(select.value);
    rememberLanguage(select.value);
    showSessionState();
  });
  label.append(text, select);
  return label;
}

function renderHeader(): void {
  const header = document.querySelector<HTMLElement>('.shop-header');
  if (!header) return;
  const current = location.pathname.split('/').pop() || 'index.html';
  const logo = Object.assign(document.createElement('a'), { className: 'shop-logo', href: 'index.html', textContent: 'Nordlicht Coffee' });
  const nav = document.createElement('nav');
  nav.className = 'shop-nav';
  nav.dataset.shopLabel = 'nav.main';
  for (const [href, label] of pages) {
    const link = Object.assign(document.createElement('a'), { href });
    link.dataset.shopText = label;
    if (href === current) link.setAttribute('aria-current', 'page');
    nav.append(link);
  }
  const status = document.createElement('span');
  status.className = 'shop-status';
  status.setAttribute('role', 'status');
  status.dataset.testid = 'session-status';
  // Renders only for a business customer with several companies to choose from (or one to name).
  const companies = document.createElement('emx-company-switcher');
  companies.className = 'shop-companies';
  header.replaceChildren(logo, nav, status, companies, languageSwitcher());
}

interface ShownSnapshot {
  status: string;
  customer?: { email?: string; name?: { firstName?: string }; legalEntityId?: string; legalEntities?: readonly { id: string; name?: string }[] };
}

function describe(snapshot: ShownSnapshot, lang: string): string {
  if (snapshot.status === 'customer') {
    const name = snapshot.customer?.name?.firstName ?? snapshot.customer?.email ?? shopText(lang, 'status.someone');
    const company = snapshot.customer?.legalEntities?.find((entity) => entity.id === snapshot.customer?.legalEntityId);
    const signedIn = shopText(lang, 'status.customer', { name });
    return company ? `${signedIn} · ${company.name ?? company.id}` : signedIn;
  }
  return shopText(lang, snapshot.status === 'anonymous' ? 'status.anonymous' : 'status.signed-out');
}

/** The header's session state, in the page's language. */
function showSessionState(): void {
  const status = document.querySelector<HTMLElement>('.shop-status');
  const session = document.querySelector('emx-session');
  if (!status || !session) return;
  const snapshot = session.session?.snapshot ?? { status: 'signed-out' };
  status.textContent = describe(snapshot, document.documentElement.lang);
  status.dataset.state = snapshot.status;
}

renderHeader();
applyLanguage(storedLanguage() ?? document.documentElement.lang);
document.addEventListener('emx-session-change', showSessionState);
customElements.whenDefined('emx-session').then(showSessionState);

// Links the flows: a shop decides where "create account" or "forgot password" lead.
document.addEventListener('emx-navigate', (event) => {
  const target = { login: 'login.html', signup: 'signup.html', 'password-reset': 'password-reset.html', account: 'account.html' }[event.detail.to];
  location.assign(target);
});
// Signed in on the sign-in page, or back from a social-login provider: the account is next.
const pagesLeftOnSignIn = ['login.html', 'callback.html'];
document.addEventListener('emx-login', () => {
  if (pagesLeftOnSignIn.some((page) => location.pathname.endsWith(page))) location.assign('account.html');
});
