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
  header.replaceChildren(logo, nav, status, companies);
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
