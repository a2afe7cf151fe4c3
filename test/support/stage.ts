/**
 * The page the reliability tests play on: emx elements under a session the test configures
 * itself (a short request time limit, a clock it can move), handed to them through the public
 * `sessionContext` the way `<emx-session>` does, on a fresh emulator; and a watch on what must
 * never happen in a shop's page, unhandled rejections and console errors.
 */
import { expect } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import '../../src/elements/account/emx-account.js';
import '../../src/elements/address-book/emx-address-book.js';
import '../../src/elements/login/emx-login.js';
import '../../src/elements/password-reset/emx-password-reset.js';
import '../../src/elements/signup/emx-signup.js';
import { accountMessages } from '../../src/elements/account/messages.js';
import accountDe from '../../src/elements/account/messages.de.js';
import { addressBookMessages } from '../../src/elements/address-book/messages.js';
import addressBookDe from '../../src/elements/address-book/messages.de.js';
import { loginMessages } from '../../src/elements/login/messages.js';
import loginDe from '../../src/elements/login/messages.de.js';
import { passwordResetMessages } from '../../src/elements/password-reset/messages.js';
import passwordResetDe from '../../src/elements/password-reset/messages.de.js';
import { sharedMessages } from '../../src/elements/shared/messages.js';
import sharedDe from '../../src/elements/shared/messages.de.js';
import { signupMessages } from '../../src/elements/signup/messages.js';
import signupDe from '../../src/elements/signup/messages.de.js';
import { sessionContext } from '../../src/context.js';
import { EmporixSession } from '../../src/session/index.js';
import { CLIENT_ID, TENANT, emulatorUrl, resetEmulator, type ResetOptions, sessionRecordKey } from './emulator.js';
import { fillMessage, query, type } from './dom.js';
import { watchProblems } from './problems.js';

/** Where the session keeps its record. */
export const STORAGE_KEY = sessionRecordKey();

export type Lang = 'en' | 'de';

const bundles = [sharedMessages, loginMessages, signupMessages, passwordResetMessages, accountMessages, addressBookMessages];
const TEXTS: Record<Lang, Record<string, string>> = {
  en: Object.assign({}, ...bundles.map((bundle) => bundle.en)),
  // German is loaded on demand (messages.de.ts beside each messages.ts).
  de: Object.assign({}, sharedDe, loginDe, signupDe, passwordResetDe, accountDe, addressBookDe),
};

/** The built-in text of `key` in `lang`, placeholders filled. */
export function say(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const text = TEXTS[lang][key];
  if (text === undefined) throw new Error(`No text ${key}`);
  return fillMessage(text, params, lang);
}

export const part = (root: ParentNode, name: string) => query<HTMLElement>(root, `[part~="${name}"]`);
export const field = (root: ParentNode, name: string) => query<HTMLInputElement>(root, `[name="${name}"]`);

/** Types each value into the field of that name, as a customer would. */
export function typeInto(root: ParentNode, values: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(values)) type(field(root, name), value);
}

export interface Stage {
  readonly session: EmporixSession;
  /** Adds the element (with its attributes) to the page, under the session, and waits for its first render. */
  mount<T extends HTMLElement = HTMLElement>(tag: string, attributes?: Readonly<Record<string, string>>): Promise<T>;
  /** Moves the session's clock (not the emulator's): tokens fall due without waiting. */
  travel(seconds: number): void;
  /** Takes everything off the page and lets the session go. */
  close(): void;
}

export interface StageOptions {
  lang: Lang;
  /** The session's time limit per request (default 15 s). */
  timeoutMs?: number;
  /** How the emulator starts (default: its seed data and settings). */
  emulator?: ResetOptions;
}

const PAGE_URL = location.href;

/**
 * Runs `scene` on a fresh page and emulator; then the page is cleared (its URL too, which a scene
 * may give an emailed token) and nothing may have been rejected unhandled or logged as an error.
 */
export async function onStage(options: StageOptions, scene: (stage: Stage) => Promise<void>): Promise<void> {
  await resetEmulator(options.emulator);
  const stage = openStage(options);
  const watch = watchProblems();
  try {
    await scene(stage);
  } finally {
    stage.close();
    watch.stop();
    history.replaceState(null, '', PAGE_URL);
  }
  expect(watch.problems).to.deep.equal([]);
}

function openStage(options: StageOptions): Stage {
  let clockOffsetMs = 0;
  const session = new EmporixSession({
    apiUrl: emulatorUrl(),
    tenant: TENANT,
    clientId: CLIENT_ID,
    timeoutMs: options.timeoutMs,
    now: () => Date.now() + clockOffsetMs,
  });
  const page = document.createElement('div');
  page.lang = options.lang;
  // Page-like width: layout checks measure against it.
  page.style.width = '40rem';
  document.body.append(page);
  new ContextProvider(page, { context: sessionContext, initialValue: session });
  return {
    session,
    async mount<T extends HTMLElement>(tag: string, attributes: Readonly<Record<string, string>> = {}) {
      const element = document.createElement(tag) as T & { updateComplete?: Promise<unknown> };
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      page.append(element);
      await element.updateComplete;
      return element;
    },
    travel(seconds) {
      clockOffsetMs += seconds * 1000;
    },
    close() {
      page.remove();
      session.dispose();
    },
  };
}
