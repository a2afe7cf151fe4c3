// The demo storefront's shell: the header with the session state, built only on the kit's public
// tags and events.
// First, so that <emx-session> has its social-login providers before the kit defines it.
import './social-providers.ts';
import '../src/index.ts';

const pages = [
  ['index.html', 'Shop'],
  ['login.html', 'Sign in'],
  ['signup.html', 'Create account'],
  ['account.html', 'Account'],
  ['password-reset.html', 'Reset password'],
  ['emulator.html', 'Emulator console'],
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
 * Sets the page's language: the elements follow `lang` on <html>. Arabic also sets `dir`, so the
 * shop's own header and layout mirror with the elements.
 */
function applyLanguage(lang: string): void {
  document.documentElement.lang = lang;
  if (lang === 'ar') document.documentElement.dir = 'rtl';
  else document.documentElement.removeAttribute('dir');
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
  const text = Object.assign(document.createElement('span'), { className: 'shop-visually-hidden', textContent: 'Language' });
  const select = document.createElement('select');
  select.name = 'language';
  for (const [code, name] of languages) {
    const option = Object.assign(document.createElement('option'), { value: code, textContent: name, lang: code });
    select.append(option);
  }
  select.value = document.documentElement.lang;
  select.addEventListener('change', () => {
    applyLanguage(select.value);
    rememberLanguage(select.value);
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
  nav.setAttribute('aria-label', 'Main');
  for (const [href, label] of pages) {
    const link = Object.assign(document.createElement('a'), { href, textContent: label });
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

function describe(snapshot: ShownSnapshot): string {
  if (snapshot.status === 'customer') {
    const name = snapshot.customer?.name?.firstName ?? snapshot.customer?.email ?? 'customer';
    const company = snapshot.customer?.legalEntities?.find((entity) => entity.id === snapshot.customer?.legalEntityId);
    return company ? `Signed in as ${name} · ${company.name ?? company.id}` : `Signed in as ${name}`;
  }
  return snapshot.status === 'anonymous' ? 'Browsing as guest' : 'Not signed in';
}

applyLanguage(storedLanguage() ?? document.documentElement.lang);
renderHeader();
const status = document.querySelector('.shop-status');
const session = document.querySelector('emx-session');
if (status instanceof HTMLElement && session) {
  const show = () => {
    const snapshot = session.session?.snapshot ?? { status: 'signed-out' };
    status.textContent = describe(snapshot);
    status.dataset.state = snapshot.status;
  };
  document.addEventListener('emx-session-change', show);
  customElements.whenDefined('emx-session').then(show);
}

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
