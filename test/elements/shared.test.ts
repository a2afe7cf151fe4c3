/**
 * The shared pieces every element is built from, driven through a test-only element that uses
 * every kind of field: what the elements promise about validation, feedback, focus, language
 * and cleanup holds for all of them.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { css } from 'lit';
import { EmporixError } from '../../src/api/index.js';
import '../../src/elements/session/emx-session.js';
import type { EmxSessionElement } from '../../src/elements/session/emx-session.js';
import { EmxElement } from '../../src/elements/shared/emx-element.js';
import { checkboxField, choiceGroup, formFeedback, passwordField, selectField, submitButton, textField } from '../../src/elements/shared/fields.js';
import { FormController, type FieldValue, type FormValues } from '../../src/elements/shared/form-controller.js';
import { DEFAULT_PASSWORD_POLICY } from '../../src/elements/shared/password-policy.js';
import { passwordPolicyProblem } from '../../src/elements/shared/password-policy.js';
import { defineMessages, setMessages } from '../../src/elements/shared/localize.js';
import { sharedMessages } from '../../src/elements/shared/messages.js';
import { CLIENT_ID, TENANT, emulatorUrl, resetEmulator, until } from '../support/emulator.js';
import { errorSummaryOf, fieldErrorOf, fillMessage, headingOf, isolated, query, statusOf, submitButtonOf, type, waitForFocus } from '../support/dom.js';

const testMessages = defineMessages({
  en: { 'test.heading': 'Test form', 'test.saved': 'Saved {name}.' },
  de: { 'test.heading': 'Testformular', 'test.saved': '{name} gespeichert.' },
});
const en = sharedMessages.en;

const fields = {
  name: { required: true, validate: (value: unknown) => (String(value).length < 2 ? { key: 'validation.min_length' as const, params: { min: 2 } } : undefined) },
  code: { pattern: /^\d{4}$/ },
  email: { email: true },
  password: { required: true, secret: true, validate: (value: FieldValue) => passwordPolicyProblem(value, DEFAULT_PASSWORD_POLICY) },
  repeat: { secret: true, validate: (value: unknown, values: Readonly<Record<string, unknown>>) => (value !== values.password ? 'validation.mismatch' : undefined) },
  country: { required: true },
  terms: { initial: false, required: true },
  tags: { initial: [] as string[], required: true },
  zipCode: { serverFields: ['customerAddress.zipCode'] },
} as const;

/** Every field kind on one form; `answer` decides how the "server" replies. */
class TestFormElement extends EmxElement<keyof typeof testMessages.en> {
  static override styles = css`
    :where(emx-test-form) {
      display: block;
    }
  `;

  readonly submitted: Array<FormValues<typeof fields>> = [];
  answer: () => Promise<unknown> = () => Promise.resolve();

  readonly form = new FormController(this, this.localize, {
    operation: 'test',
    fields,
    submit: (values) => {
      this.submitted.push(values);
      return this.answer();
    },
    success: ({ name }) => ({ key: 'test.saved', params: { name } }),
  });

  constructor() {
    super(testMessages);
  }

  get localizeForTest() {
    return this.localize;
  }

  protected override render() {
    const form = this.form;
    return html`<div class="emx-root" part="base">
      ${this.renderHeading(this.localize.term('test.heading'))}
      <form part="form" ${form.attach()}>
        ${formFeedback(form.feedback)}
        ${textField(form.field('name'), { label: 'Name', autocomplete: 'name', hint: 'As on your ID' })}
        ${textField(form.field('code'), { label: 'Code', inputmode: 'numeric' })}
        ${textField(form.field('email'), { label: 'Email', type: 'email', autocomplete: 'email' })}
        ${passwordField(form.field('password'), { label: 'Password', autocomplete: 'new-password' })}
        ${passwordField(form.field('repeat'), { label: 'Repeat password', autocomplete: 'new-password' })}
        ${selectField(form.field('country'), {
          label: 'Country',
          autocomplete: 'country',
          placeholder: 'Choose…',
          options: [
            { value: 'DE', label: 'Germany' },
            { value: 'FR', label: 'France' },
          ],
        })}
        ${checkboxField(form.field('terms'), { label: 'I accept the terms' })}
        ${choiceGroup(form.field('tags'), {
          label: 'Use for',
          options: [
            { value: 'BILLING', label: 'Billing' },
            { value: 'SHIPPING', label: 'Shipping' },
          ],
        })}
        ${textField(form.field('zipCode'), { label: 'Postal code', autocomplete: 'postal-code' })}
        ${submitButton(form.action(), { label: 'Save', busyLabel: 'Saving…' })}
      </form>
    </div>`;
  }
}
customElements.define('emx-test-form', TestFormElement);

const control = <T extends HTMLElement = HTMLInputElement>(element: Element, name: string) => query<T>(element, `[name="${name}"]`);

function fillValid(element: TestFormElement): void {
  type(control(element, 'name'), '  Jane  ');
  type(control(element, 'password'), ' secret12 ');
  type(control(element, 'repeat'), ' secret12 ');
  const country = control<HTMLSelectElement>(element, 'country');
  country.value = 'FR';
  country.dispatchEvent(new Event('change', { bubbles: true }));
  control(element, 'terms').click();
  query<HTMLInputElement>(element, 'input[name="tags"][value="SHIPPING"]').click();
}

async function submit(element: TestFormElement): Promise<void> {
  submitButtonOf(element).click();
  await element.updateComplete;
}

describe('shared form pieces', () => {
  it('checks every rule before sending, and ties each problem to its field', async () => {
    const element = await fixture<TestFormElement>(html`<emx-test-form></emx-test-form>`);
    type(control(element, 'name'), 'J');
    type(control(element, 'code'), '12a');
    type(control(element, 'email'), 'no-at-sign.example.com');
    type(control(element, 'password'), 'short');
    type(control(element, 'repeat'), 'other');

    await submit(element);

    expect(element.submitted).to.have.length(0);
    const problems = Object.fromEntries(
      ['name', 'code', 'email', 'password', 'repeat', 'country', 'terms'].map((name) => [name, fieldErrorOf(control(element, name))]),
    );
    expect(problems).to.deep.equal({
      name: fillMessage(en['validation.min_length'], { min: 2 }),
      code: en['validation.pattern'],
      email: en['validation.email'],
      password: fillMessage(en['validation.password_policy'], { min: 8 }),
      repeat: en['validation.mismatch'],
      country: en['validation.required'],
      terms: en['validation.required_check'],
    });
    expect(query(element, 'fieldset').getAttribute('aria-describedby')).to.contain(control(element, 'tags').id.replace(/-0$/, '-error'));
    expect(control(element, 'name').getAttribute('aria-describedby')?.split(' ')).to.have.length(2);
    expect(errorSummaryOf(element)).to.equal(en['form.invalid']);
    await waitForFocus(control(element, 'name'));
    await expect(element).to.be.accessible();

    type(control(element, 'name'), 'Jane');
    await element.updateComplete;
    expect(control(element, 'name').hasAttribute('aria-invalid')).to.equal(false);
  });

  it('submits typed values of every kind and announces success', async () => {
    const element = await fixture<TestFormElement>(html`<emx-test-form></emx-test-form>`);
    fillValid(element);

    await submit(element);
    await until(() => statusOf(element), 1000, 'the success message');

    expect(element.submitted).to.deep.equal([
      {
        name: 'Jane',
        code: '',
        email: '',
        password: ' secret12 ',
        repeat: ' secret12 ',
        country: 'FR',
        terms: true,
        tags: ['SHIPPING'],
        zipCode: '',
      },
    ]);
    expect(statusOf(element)).to.equal(`Saved ${isolated('Jane')}.`);
    expect(query(element, '[part~="status"]').getAttribute('role')).to.equal('status');
    expect(errorSummaryOf(element)).to.equal('');
    await expect(element).to.be.accessible();
  });

  it('a right-to-left override in a name cannot reorder the sentence around it', async () => {
    const element = await fixture<TestFormElement>(html`<emx-test-form></emx-test-form>`);
    fillValid(element);
    const name = '\u202Eevil';
    type(control(element, 'name'), name);

    await submit(element);
    await until(() => statusOf(element), 1000, 'the success message');

    expect(statusOf(element)).to.equal(`Saved \u2068${name}\u2069.`);
    // Laid out, the sentence's full stop still follows the name instead of jumping before it.
    const node = [...query(element, '[part~="status"]').childNodes].find((child) => child.nodeType === Node.TEXT_NODE && child.textContent?.includes(name));
    if (!node?.textContent) throw new Error('no text node with the name');
    const rectOf = (start: number, end: number) => {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      return range.getBoundingClientRect();
    };
    const content = node.textContent;
    const nameRect = rectOf(content.indexOf(name), content.indexOf(name) + name.length);
    const stopRect = rectOf(content.lastIndexOf('.'), content.lastIndexOf('.') + 1);
    const savedRect = rectOf(0, 'Saved'.length);
    expect(stopRect.left, 'the full stop after the name').to.be.at.least(nameRect.right - 1);
    expect(savedRect.right, '"Saved" before the name').to.be.at.most(nameRect.left + 1);
  });

  it('puts server field problems on their fields and keeps every value', async () => {
    const element = await fixture<TestFormElement>(html`<emx-test-form></emx-test-form>`);
    fillValid(element);
    type(control(element, 'zipCode'), '0000');
    element.answer = () =>
      Promise.reject(
        new EmporixError({
          kind: 'http',
          status: 400,
          code: 'validation_failure',
          message: 'Bad request',
          details: [{ field: 'customerAddress.zipCode', type: 'invalid' }, { field: 'customerDetails.name', type: 'required' }],
        }),
      );
    const reported = oneEvent(element, 'emx-error');

    await submit(element);

    expect((await reported).detail).to.include({ operation: 'test', code: 'validation_failure', status: 400 });
    await until(() => fieldErrorOf(control(element, 'zipCode')), 1000, 'the zip code problem');
    expect(fieldErrorOf(control(element, 'zipCode'))).to.equal(en['validation.rejected']);
    expect(fieldErrorOf(control(element, 'name'))).to.equal(en['validation.required']);
    expect(errorSummaryOf(element)).to.equal(en['form.invalid']);
    expect(control(element, 'zipCode').value).to.equal('0000');
    expect(control(element, 'password').value).to.equal(' secret12 ');
    expect(control(element, 'terms').checked).to.equal(true);
    await waitForFocus(control(element, 'name'));
    await expect(element).to.be.accessible();
  });

  it('never fills a password field, and drops the answer of a run whose element left the page', async () => {
    const page = await fixture<HTMLElement>(html`<div><emx-test-form></emx-test-form></div>`);
    const element = query<TestFormElement>(page, 'emx-test-form');
    element.form.setValues({ name: 'Prefilled', password: 'not-from-the-kit' });
    await element.updateComplete;
    expect(control(element, 'name').value).to.equal('Prefilled');
    expect(control(element, 'password').value).to.equal('');

    fillValid(element);
    let answer!: () => void;
    element.answer = () => new Promise<void>((resolve) => (answer = resolve));
    await submit(element);
    expect(submitButtonOf(element).getAttribute('aria-busy')).to.equal('true');

    element.remove();
    answer();
    page.append(element);
    await element.updateComplete;
    expect(statusOf(element)).to.equal('');
    expect(submitButtonOf(element).hasAttribute('aria-busy')).to.equal(false);
  });

  it('follows lang inside shadow roots and takes whole new languages from the page', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const section = document.createElement('section');
    section.lang = 'de';
    const element = document.createElement('emx-test-form') as TestFormElement;
    section.append(element);
    shadow.append(section);
    await element.updateComplete;
    expect(headingOf(element)).to.equal('Testformular');

    section.setAttribute('lang', 'fr-CA');
    await until(() => headingOf(element) === 'Test form', 1000, 'English as the fallback');

    setMessages('fr', { 'test.heading': 'Formulaire de test' });
    try {
      await until(() => headingOf(element) === 'Formulaire de test', 1000, 'the added French text');
      expect(element.localizeForTest.lang).to.equal('fr-CA');
    } finally {
      setMessages('fr', { 'test.heading': undefined });
    }
  });

  it('leaves no session subscription or language observer behind after many mounts', async () => {
    await resetEmulator();
    const provider = await fixture<EmxSessionElement>(
      html`<emx-session tenant=${TENANT} client-id=${CLIENT_ID} api-url=${emulatorUrl()}></emx-session>`,
    );
    const session = provider.session!;
    let subscriptions = 0;
    const subscribe = session.subscribe.bind(session);
    session.subscribe = (listener) => {
      subscriptions++;
      const unsubscribe = subscribe(listener);
      return () => {
        subscriptions--;
        unsubscribe();
      };
    };
    let observers = 0;
    const { observe, disconnect } = MutationObserver.prototype;
    const observing = new WeakSet<MutationObserver>();
    MutationObserver.prototype.observe = function (this: MutationObserver, ...args) {
      if (!observing.has(this)) observers++;
      observing.add(this);
      return observe.apply(this, args);
    };
    MutationObserver.prototype.disconnect = function (this: MutationObserver) {
      if (observing.delete(this)) observers--;
      return disconnect.apply(this);
    };
    try {
      for (let round = 0; round < 300; round++) {
        const element = document.createElement('emx-test-form') as TestFormElement;
        provider.append(element);
        await element.updateComplete;
        element.remove();
      }
      expect(subscriptions).to.equal(0);
      expect(observers).to.equal(0);
    } finally {
      MutationObserver.prototype.observe = observe;
      MutationObserver.prototype.disconnect = disconnect;
    }
  });
});
