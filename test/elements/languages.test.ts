import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/session/emx-session.js';
import '../../src/elements/account/emx-account.js';
import '../../src/elements/address-book/emx-address-book.js';
import '../../src/elements/login/emx-login.js';
import '../../src/elements/password-reset/emx-password-reset.js';
import '../../src/elements/signup/emx-signup.js';
import type { EmxSessionElement } from '../../src/elements/session/emx-session.js';
import { accountMessages } from '../../src/elements/account/messages.js';
import { addressBookMessages } from '../../src/elements/address-book/messages.js';
import { loginMessages } from '../../src/elements/login/messages.js';
import { passwordResetMessages } from '../../src/elements/password-reset/messages.js';
import { sharedMessages } from '../../src/elements/shared/messages.js';
import { signupMessages } from '../../src/elements/signup/messages.js';
import { pluralBranches, setMessages, type MessageBundle } from '../../src/elements/shared/localize.js';
import { JANE, emulatorUrl, resetEmulator, until } from '../support/emulator.js';
import { fillMessage, query } from '../support/dom.js';
import { sessionTag } from '../support/session-tag.js';
import { watchProblems } from '../support/problems.js';

const bundles: readonly MessageBundle<string>[] = [sharedMessages, loginMessages, signupMessages, passwordResetMessages, accountMessages, addressBookMessages];
/** Every built-in language but English, from the bundles themselves: a language added there is checked here. */
const LANGUAGES = [...new Set(bundles.flatMap((bundle) => bundle.languages))].filter((lang) => lang !== 'en');

/** Every text of every element in `lang`, by key (loading the language first). */
async function textsIn(lang: string): Promise<Record<string, string>> {
  await Promise.all(bundles.map((bundle) => bundle.load(lang)));
  return Object.assign({}, ...bundles.map((bundle) => bundle.textsIn(lang)));
}

/** Without the isolation marks around values and with whitespace collapsed: what a reader sees. */
const readable = (text: string) => text.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

const ATTRIBUTES = ['placeholder', 'aria-label', 'title', 'alt'];

/**
 * What a customer can read in the element: its text (shadow roots included), and the placeholders,
 * accessible labels and titles. Country options are left out: their names come from Intl, checked apart.
 */
function visibleTexts(root: Element | ShadowRoot): string[] {
  const texts: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    if (node.closest('style, script, template')) continue;
    if (node.localName === 'option' && node.closest('select[autocomplete="country"]') && (node as HTMLOptionElement).value !== '') continue;
    for (const name of ATTRIBUTES) {
      const value = node.getAttribute(name);
      if (value) texts.push(readable(value));
    }
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE && readable(child.textContent ?? '')) texts.push(readable(child.textContent ?? ''));
    }
    if (node.shadowRoot) texts.push(...visibleTexts(node.shadowRoot));
  }
  return texts;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A text as a pattern of what it can render as: each plural form, placeholders and counts as anything. */
function patternOf(text: string): RegExp {
  const forms = [...(pluralBranches(text)?.branches.values() ?? [text])];
  return new RegExp(`^(?:${forms.map((form) => escape(readable(form)).replace(/\\\{\w+\\\}|#/g, '.+')).join('|')})$`);
}

/**
 * English texts that `lang` translates: for each, no key with that English text keeps it as it
 * is in `lang` (a brand name or "Password" in Italian does, and may show in both).
 */
function translatedEnglish(en: Record<string, string>, translated: Record<string, string>): RegExp[] {
  const kept = new Set(Object.keys(en).filter((key) => translated[key] === en[key]).map((key) => en[key]));
  return [...new Set(Object.values(en))].filter((text) => !kept.has(text)).map(patternOf);
}

interface Scene {
  readonly tag: string;
  readonly state: string;
  readonly signedIn: boolean;
  /** Waits until the element shows the state, and brings it there (clicks) when needed. */
  show(element: HTMLElement): Promise<unknown>;
  /** The key of the heading the state shows, or the heading itself. */
  heading(texts: Record<string, string>): string;
}

const present = (element: HTMLElement, selector: string, what: string) => until(() => element.querySelector(selector), 5000, what);
const settled = async (element: HTMLElement, selector: string, what: string): Promise<HTMLElement> => {
  const found = await present(element, selector, what);
  await until(() => !element.querySelector('[aria-busy="true"]'), 5000, `${what} to settle`);
  return found as HTMLElement;
};

const SCENES: readonly Scene[] = [
  { tag: 'emx-login', state: 'the sign-in form', signedIn: false, show: (el) => present(el, 'form', 'the form'), heading: (t) => t['login.heading']! },
  {
    tag: 'emx-login',
    state: 'signed in',
    signedIn: true,
    show: (el) => present(el, '[part~="sign-out"]', 'the sign-out button'),
    heading: (t) => readable(fillMessage(t['login.signed_in_as']!, { name: 'Jane Doe' })),
  },
  { tag: 'emx-signup', state: 'the sign-up form', signedIn: false, show: (el) => present(el, 'form [name="email"]', 'the form'), heading: (t) => t['signup.heading']! },
  {
    tag: 'emx-signup',
    state: 'the sign-up form with an address',
    signedIn: false,
    async show(el) {
      (await present(el, 'input[name="withAddress"]', 'the address checkbox'))!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      return present(el, '[name="contactName"]', 'the address fields');
    },
    heading: (t) => t['signup.heading']!,
  },
  { tag: 'emx-password-reset', state: 'the request form', signedIn: false, show: (el) => present(el, 'form', 'the form'), heading: (t) => t['password-reset.heading']! },
  { tag: 'emx-account', state: 'signed out', signedIn: false, show: (el) => present(el, '[part~="link"]', 'the sign-in link'), heading: (t) => t['account.heading']! },
  { tag: 'emx-account', state: 'the profile', signedIn: true, show: (el) => settled(el, '[part~="edit-profile"]', 'the profile'), heading: (t) => t['account.heading']! },
  {
    tag: 'emx-account',
    state: 'the profile form',
    signedIn: true,
    async show(el) {
      (await settled(el, '[part~="edit-profile"]', 'the profile')).click();
      return present(el, '[part~="profile-form"]', 'the profile form');
    },
    heading: (t) => t['account.heading']!,
  },
  { tag: 'emx-address-book', state: 'signed out', signedIn: false, show: (el) => present(el, '[part~="link"]', 'the sign-in link'), heading: (t) => t['addresses.heading']! },
  { tag: 'emx-address-book', state: 'the address list', signedIn: true, show: (el) => settled(el, '[part~="card"]', 'the addresses'), heading: (t) => t['addresses.heading']! },
  {
    tag: 'emx-address-book',
    state: 'the new address form',
    signedIn: true,
    async show(el) {
      (await settled(el, '[part~="add"]', 'the add button')).click();
      return present(el, '[part~="address-form"]', 'the address form');
    },
    heading: (t) => t['addresses.heading']!,
  },
];

/** The element of `scene` in `lang`, under its own session (Jane signed in when the scene says so), in its state. */
async function render(scene: Scene, lang: string): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(html`<div lang=${lang}>${sessionTag()}</div>`);
  const provider = query<EmxSessionElement>(page, 'emx-session');
  if (scene.signedIn) await provider.session?.login(JANE);
  const element = document.createElement(scene.tag) as HTMLElement & { updateComplete: Promise<unknown> };
  provider.append(element);
  await element.updateComplete;
  await scene.show(element);
  await element.updateComplete;
  return element;
}

/** The heading of the element, as read. */
const headingText = (element: HTMLElement) => readable(query(element, '[part~="heading"]').textContent ?? '');

describe('languages', () => {
  beforeEach(() => resetEmulator());

  // First in the file: the page's own document has fetched no texts module yet.
  describe('downloads', () => {
    /** test/elements/languages.html (every tag) in `lang`, in a document of its own: its login heading, and the languages of the texts modules it fetched. */
    async function openPage(lang: string): Promise<{ heading: string; fetched: string[] }> {
      const frame = document.createElement('iframe');
      frame.src = `/test/elements/languages.html?lang=${lang}&api-url=${encodeURIComponent(emulatorUrl())}`;
      document.body.append(frame);
      try {
        await until(() => frame.contentWindow?.document.querySelector('emx-login'), 10_000, 'the page');
        const page = frame.contentWindow!;
        await until(() => page.document.querySelectorAll('emx-session [part~="heading"]').length === 5, 10_000, 'every element');
        const fetched = page.performance
          .getEntriesByType('resource')
          .flatMap((entry) => /\/src\/elements\/[\w-]+\/messages\.(\w+)\.ts$/.exec(new URL(entry.name).pathname)?.[1] ?? [])
          .sort();
        return { heading: headingText(query(page.document, 'emx-login')), fetched };
      } finally {
        frame.remove();
      }
    }

    it('an English page downloads no texts of another language', async () => {
      const page = await openPage('en');
      expect(page.heading).to.equal(loginMessages.en['login.heading']);
      expect(page.fetched).to.deep.equal([]);
    });

    it('a German page downloads the German texts only, one module per element folder', async () => {
      const page = await openPage('de');
      expect(page.fetched).to.deep.equal(Array(bundles.length).fill('de'));
      expect(page.heading).to.equal((await textsIn('de'))['login.heading']);
    });
  });

  describe('a language without built-in texts', () => {
    /** Every console.warn while `run` runs. */
    async function warningsDuring(run: () => Promise<unknown>): Promise<string[]> {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
      try {
        await run();
      } finally {
        console.warn = original;
      }
      return warnings;
    }

    const signupForm = SCENES.find((scene) => scene.tag === 'emx-signup')!;
    const loginForm = SCENES.find((scene) => scene.tag === 'emx-login')!;

    // Each test speaks a language of its own: the warning is once per page and language.
    it('shows English, with one console warning per page naming the language, however many elements and texts', async () => {
      let login: HTMLElement | undefined;
      let signup: HTMLElement | undefined;
      const warnings = await warningsDuring(async () => {
        login = await render(loginForm, 'ja');
        signup = await render(signupForm, 'ja');
        await render(loginForm, 'ja-JP');
        login.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
        await until(() => login!.querySelector('[part~="field-error"]:not(:empty)'), 3000, 'a field error');
      });
      expect(headingText(login!)).to.equal(loginMessages.en['login.heading']);
      expect(headingText(signup!)).to.equal(signupMessages.en['signup.heading']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('"ja"');
    });

    it('counts as present with setMessages: the texts given show, English for the rest, no warning', async () => {
      setMessages('ko', { 'login.heading': '로그인' });
      let login: HTMLElement | undefined;
      const warnings = await warningsDuring(async () => {
        login = await render(loginForm, 'ko');
      });
      expect(headingText(login!)).to.equal('로그인');
      expect(readable(query(login!, 'button[type="submit"]').textContent ?? '')).to.equal(loginMessages.en['login.submit']);
      expect(warnings).to.deep.equal([]);
    });

    it('a region tag speaks its language without a warning: de-CH and de_DE are German', async () => {
      const german = await textsIn('de');
      const warnings = await warningsDuring(async () => {
        for (const lang of ['de-CH', 'de_DE']) expect(headingText(await render(loginForm, lang)), lang).to.equal(german['login.heading']);
      });
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('names and numbers from Intl in the element’s language', () => {
    const withAddress = SCENES.find((scene) => scene.state === 'the sign-up form with an address')!;
    const countryName = (element: HTMLElement, code: string) => readable(query(element, `select[autocomplete="country"] option[value="${code}"]`).textContent ?? '');

    for (const lang of ['de_DE', 'fr-CH', ...LANGUAGES]) {
      it(`${lang}: country names, and the count in the password hint`, async () => {
        const locale = lang.replace('_', '-');
        const signup = await render(withAddress, lang);
        expect(countryName(signup, 'DE')).to.equal(new Intl.DisplayNames(locale, { type: 'region' }).of('DE'));
        expect(countryName(signup, 'CH')).to.equal(new Intl.DisplayNames(locale, { type: 'region' }).of('CH'));
        const hint = readable(query(signup, '[part~="hint"]').textContent ?? '');
        expect(hint).to.equal(readable(fillMessage((await textsIn(locale.split('-')[0]!))['field.password_policy_hint']!, { min: 8 }, locale)));
      });
    }

    for (const lang of ['de_DE', ...LANGUAGES]) {
      it(`${lang}: Jane's language and currency in her profile, the country of her addresses`, async () => {
        const locale = lang.replace('_', '-');
        const texts = await textsIn(locale.split('-')[0]!);
        const names = (type: Intl.DisplayNamesType) => new Intl.DisplayNames(locale, { type });
        const account = await render(SCENES.find((scene) => scene.state === 'the profile')!, lang);
        const profile = new Map(
          [...account.querySelectorAll('[part~="profile-row"]')].map((row) => [readable(query(row, '[part~="profile-label"]').textContent ?? ''), readable(query(row, '[part~="profile-value"]').textContent ?? '')]),
        );
        expect(profile.get(texts['account.language']!), 'preferred language').to.equal(names('language').of('en-US'));
        expect(profile.get(texts['account.currency']!), 'preferred currency').to.equal(`${names('currency').of('EUR')} (EUR)`);
        const book = await render(SCENES.find((scene) => scene.state === 'the address list')!, lang);
        const lines = [...book.querySelectorAll('[part~="address-line"]')].map((line) => readable(line.textContent ?? ''));
        expect(lines, 'address lines').to.include(names('region').of('DE'));
      });
    }

    it('a tag Intl rejects speaks English, with English names, and nothing breaks', async () => {
      const watch = watchProblems();
      let signup: HTMLElement | undefined;
      try {
        signup = await render(withAddress, 'en US');
      } finally {
        watch.stop();
      }
      expect(countryName(signup!, 'DE')).to.equal('Germany');
      expect(headingText(signup!)).to.equal(signupMessages.en['signup.heading']);
      expect(watch.problems).to.deep.equal([]);
    });
  });

  for (const lang of LANGUAGES) {
    describe(lang, () => {
      for (const scene of SCENES) {
        it(`<${scene.tag}>, ${scene.state}: no English where ${lang} has its own text`, async () => {
          const [en, translated] = [await textsIn('en'), await textsIn(lang)];
          const watch = watchProblems();
          try {
            const english = await render(scene, 'en');
            const englishTexts = new Set(visibleTexts(english));
            const element = await render(scene, lang);
            expect(headingText(element), 'heading').to.equal(scene.heading(translated));
            const shown = visibleTexts(element);
            expect(shown.length, 'texts shown').to.be.greaterThan(2);
            const untranslated = translatedEnglish(en, translated);
            const leaks = shown.filter((text) => englishTexts.has(text) && untranslated.some((pattern) => pattern.test(text)));
            expect(leaks, `English texts in ${lang}`).to.deep.equal([]);
          } finally {
            watch.stop();
          }
          expect(watch.problems).to.deep.equal([]);
        });
      }
    });
  }
});
