// Light-DOM styles are page-wide: each element's rules must reach its own content only. Every
// element is laid out alone (its own shadow root, so only its own and the shared sheets apply),
// then beside every other element, and each piece must sit where it sat alone.
import { expect, fixture } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/elements/session/emx-session.js';
import '../../src/elements/login/emx-login.js';
import '../../src/elements/signup/emx-signup.js';
import '../../src/elements/account/emx-account.js';
import '../../src/elements/address-book/emx-address-book.js';
import '../../src/elements/company-switcher/emx-company-switcher.js';
import '../../src/elements/password-reset/emx-password-reset.js';
import type { EmxSessionElement } from '../../src/elements/session/emx-session.js';
import { JANE, resetEmulator, until } from '../support/emulator.js';
import { sessionTag } from '../support/session-tag.js';

const TAGS = ['emx-login', 'emx-signup', 'emx-password-reset', 'emx-account', 'emx-address-book', 'emx-company-switcher'] as const;

/** A width every element lays out in, the same alone and together. */
const WIDTH = '30rem';

/** Each part's name and box, in document order, relative to the element. */
function layoutOf(element: Element): string[] {
  const origin = element.getBoundingClientRect();
  return [...element.querySelectorAll('[part]')].map((piece) => {
    const box = piece.getBoundingClientRect();
    const at = [box.left - origin.left, box.top - origin.top, box.width, box.height].map(Math.round).join(' ');
    return `${piece.getAttribute('part')}: ${at}`;
  });
}

/** What shows once an element has everything it loads for a signed-in customer. */
const SIGNED_IN_SETTLED: Record<string, string> = {
  'emx-account': '[part~="profile"]',
  'emx-address-book': '[part~="list"]',
  'emx-company-switcher': '[part~="company"]',
};

/** A shadow root holding one 30rem-wide slot per tag, inside the page's session; resolves once each has rendered. */
async function mount(session: HTMLElement, tags: readonly string[], signedIn = false): Promise<LitElement[]> {
  const host = document.createElement('div');
  session.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const elements = tags.map((tag) => {
    const slot = document.createElement('div');
    slot.style.inlineSize = WIDTH;
    const element = document.createElement(tag) as LitElement;
    slot.append(element);
    root.append(slot);
    return element;
  });
  // Signed out, the switcher renders nothing; every other element shows a form or a sign-in prompt.
  const settled = (element: Element) =>
    signedIn ? element.querySelector(SIGNED_IN_SETTLED[element.localName] ?? '[part~="base"]') : element.localName === 'emx-company-switcher' || element.querySelector('[part~="base"]');
  await until(() => elements.every(settled), 5000, `${tags.join(', ')} rendered`);
  await Promise.all(elements.map((element) => element.updateComplete));
  return elements;
}

/** Lays out every element alone, then all together; each must look the same both ways. */
async function compareLayouts(page: HTMLElement, signedIn: boolean): Promise<LitElement[]> {
  const alone = new Map<string, string[]>();
  for (const tag of TAGS) {
    const [element] = await mount(page, [tag], signedIn);
    alone.set(tag, layoutOf(element!));
  }
  const together = await mount(page, TAGS, signedIn);
  for (const element of together) {
    expect(layoutOf(element), `${element.localName} beside the other elements`).to.deep.equal(alone.get(element.localName));
  }
  return together;
}

describe('element styles on a page with every element', () => {
  beforeEach(() => resetEmulator());

  it("signed out: each element's pieces sit where they sit with the element alone", async () => {
    const together = await compareLayouts(await fixture<HTMLElement>(sessionTag()), false);
    // The sign-up form is the one with the most sections: each spans the form, one above the other.
    const signup = together.find((element) => element.localName === 'emx-signup')!;
    const form = signup.querySelector('[part~="form"]')!.getBoundingClientRect();
    const sections = [...signup.querySelectorAll('[part~="section"]')].map((section) => section.getBoundingClientRect());
    expect(sections.length, 'sign-up sections').to.be.greaterThan(1);
    for (const section of sections) expect(Math.round(section.width), 'a section as wide as the form').to.equal(Math.round(form.width));
  });

  it("every element is a block under its own tag and under a shop's tag name, and `hidden` hides it", async () => {
    const page = await fixture<HTMLElement>(sessionTag());
    for (const tag of TAGS) {
      const shopTag = tag.replace(/^emx-/, 'shop-');
      if (!customElements.get(shopTag)) customElements.define(shopTag, class extends (customElements.get(tag) as CustomElementConstructor) {});
      for (const name of [tag, shopTag]) {
        const element = document.createElement(name);
        page.append(element);
        expect(getComputedStyle(element).display, `<${name}>`).to.equal('block');
        element.hidden = true;
        expect(getComputedStyle(element).display, `<${name} hidden>`).to.equal('none');
      }
    }
  });

  it("signed in (Jane, her profile, addresses and company): each element's pieces sit where they sit with the element alone", async () => {
    const page = await fixture<EmxSessionElement>(sessionTag());
    await page.session?.login(JANE);
    const together = await compareLayouts(page, true);
    expect(together.find((element) => element.localName === 'emx-address-book')!.querySelectorAll('[part~="card"]').length, 'address cards').to.be.greaterThan(0);
  });
});
