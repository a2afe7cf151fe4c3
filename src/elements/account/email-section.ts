import { html, nothing, type ReactiveController } from 'lit';
import { emxEvent } from '../../events.js';
import { confirmCustomerEmailChange, requestCustomerEmailChange } from '../../session/account.js';
import type { CustomerIdentity } from '../../session/index.js';
import { checkboxField, formFeedback, passwordField, submitButton, textField } from '../shared/fields.js';
import { FormController } from '../shared/form-controller.js';
import { takeUrlParameter } from '../shared/url-token.js';
import { onField, type AccountSectionContext } from './account-section.js';

const CONFIRM_EMAIL = 'email-change-confirmation';

/**
 * The email areas: requesting a change of the sign-in email address, and confirming it when the
 * page is opened from the emailed link (signed in or not). The link's token is taken out of the
 * address bar and history on connect and kept in memory only.
 */
export class EmailSection implements ReactiveController {
  readonly #context: AccountSectionContext;
  /** The name of the URL parameter with the token (the element's `email-token-param`). */
  readonly #tokenParam: () => string;
  /** The sign-in email the email form was last filled with. */
  #prefilledEmail: string | undefined;
  /** While a requested change waits for its link to be opened: the email it changes from. */
  #emailBeforeChange: string | undefined;
  /** The emailed token; kept in memory only, once it has left the URL. */
  #token: string | undefined;
  #tokenTaken = false;
  #confirmationStarted = false;
  /** Set once the change is confirmed: the new email when the session knows it, else `''`. */
  #confirmedEmail: string | undefined;

  readonly #form;
  /** Confirms the emailed link: at once on load, again from its "Try again" form after a transient failure. */
  readonly #confirmation;

  constructor(context: AccountSectionContext, tokenParam: () => string) {
    this.#context = context;
    this.#tokenParam = tokenParam;
    // Added before its forms, so that on disconnect it sees the confirmation still running.
    context.host.addController(this);
    const form = new FormController(context.host, context.localize, {
      operation: 'email-change',
      fields: {
        email: { required: true, email: true },
        password: { required: true, secret: true },
        newEmail: {
          required: true,
          email: true,
          validate: (value, values) => (String(value).toLowerCase() === String(values.email).toLowerCase() ? 'account.email_unchanged' : undefined),
        },
        syncContactEmail: { initial: false },
      },
      submit: async ({ email, password, newEmail, syncContactEmail }, signal) => {
        try {
          await requestCustomerEmailChange(context.session.require(), { email, password, newEmail, syncContactEmail }, { signal });
        } catch (error) {
          throw onField(error, 'conflict_resource', 'newEmail', 'email_taken');
        }
        this.#emailBeforeChange = email;
        form.reset(['password']);
        context.focusAfterRender(`#${context.headingId('email')}`);
        context.host.dispatchEvent(emxEvent('emx-email-change', { step: 'requested', newEmail }));
      },
      success: ({ newEmail }) => ({ key: 'account.email_change_sent', params: { email: newEmail } }),
    });
    this.#form = form;
    this.#confirmation = new FormController(context.host, context.localize, {
      operation: CONFIRM_EMAIL,
      fields: {},
      submit: (_values, signal) => this.#confirm(signal),
    });
    context.session.onCustomerChange(() => {
      form.reset();
      this.#emailBeforeChange = this.#prefilledEmail = undefined;
    });
  }

  hostConnected(): void {
    if (this.#tokenTaken) return;
    this.#tokenTaken = true;
    this.#token = takeUrlParameter(this.#tokenParam());
  }

  hostDisconnected(): void {
    // A confirmation cut short by leaving the page runs again when the element comes back.
    if (this.#confirmation.action(CONFIRM_EMAIL).busy) this.#confirmationStarted = false;
  }

  hostUpdate(): void {
    const snapshot = this.#context.session.snapshot;
    const customer = snapshot?.status === 'customer' ? snapshot.customer : undefined;
    if (customer) this.#prefill(customer);
    if (snapshot && this.#token && !this.#confirmationStarted) {
      this.#confirmationStarted = true;
      void this.#confirmation.run(CONFIRM_EMAIL, (signal) => this.#confirm(signal));
    }
  }

  /** The current sign-in email, in the email form. */
  #prefill(customer: CustomerIdentity): void {
    if (customer.email && customer.email !== this.#prefilledEmail) {
      this.#prefilledEmail = customer.email;
      const contactEmail = customer.profile?.contactEmail;
      this.#form.setValues({
        email: customer.email,
        syncContactEmail: !contactEmail || contactEmail.toLowerCase() === customer.email.toLowerCase(),
      });
    }
  }

  async #confirm(signal: AbortSignal): Promise<void> {
    if (!this.#token) return;
    const session = this.#context.session;
    const signedInEmail = () => (session.snapshot?.status === 'customer' ? session.snapshot.customer?.email : undefined);
    const before = signedInEmail();
    await confirmCustomerEmailChange(session.require(), this.#token, { signal });
    this.#token = undefined;
    // Signed in, the session has reloaded the profile, whose email is the new one (unless that reload failed).
    const after = signedInEmail();
    const newEmail = after !== before ? after : undefined;
    this.#confirmedEmail = newEmail ?? '';
    this.#emailBeforeChange = undefined;
    this.#context.host.dispatchEvent(emxEvent('emx-email-change', newEmail ? { step: 'confirmed', newEmail } : { step: 'confirmed' }));
  }

  #useOtherEmail(): void {
    const { email, newEmail, syncContactEmail } = this.#form.values;
    this.#form.reset();
    this.#form.setValues({ email, newEmail, syncContactEmail });
    this.#emailBeforeChange = undefined;
    this.#context.focusAfterRender('[part~="email-form"] [name="newEmail"]');
  }

  /** The confirmation of a change opened from its link: shown above the other areas, signed in or not. */
  renderConfirmation() {
    if (!this.#token && this.#confirmedEmail === undefined) return nothing;
    const t = this.#context.localize;
    const run = this.#confirmation;
    const failed = run.failure !== undefined && !run.action(CONFIRM_EMAIL).blocked;
    let heading: string;
    let text = '';
    if (this.#confirmedEmail !== undefined) {
      heading = t.term('account.confirmed_heading');
      text = this.#confirmedEmail ? t.term('account.confirmed', { email: this.#confirmedEmail }) : t.term('account.confirmed_elsewhere');
    } else if (failed) {
      heading = t.term('account.confirm_failed_heading');
    } else {
      heading = t.term('account.confirming_heading');
      text = t.term('account.confirming');
    }
    return this.#context.section(
      'email-confirmation',
      heading,
      html`${formFeedback(run.feedback)}
        <p part="text" role="status">${text}</p>
        ${failed && run.failure?.isTransient
          ? html`<form part="form" ${run.attach()}>
              ${submitButton(run.action(), { label: t.term('account.confirm_retry'), busyLabel: t.term('account.confirm_retrying'), part: 'retry' })}
            </form>`
          : nothing}`,
    );
  }

  /** The request of a change: the current email and password, and the new email. */
  render() {
    const t = this.#context.localize;
    const form = this.#form;
    const content = this.#emailBeforeChange
      ? html`<p part="text">${t.term('account.email_change_pending', { email: this.#emailBeforeChange })}</p>
          <div part="links">
            <button part="link" type="button" @click=${() => this.#useOtherEmail()}>${t.term('account.other_email')}</button>
          </div>`
      : html`<p part="text">${t.term('account.email_intro')}</p>
          <form part="form email-form" ${form.attach()}>
            ${textField(form.field('email'), { label: t.term('account.current_email'), type: 'email', autocomplete: 'username' })}
            ${passwordField(form.field('password'), { label: t.term('account.password'), autocomplete: 'current-password' })}
            ${textField(form.field('newEmail'), { label: t.term('account.new_email'), type: 'email', autocomplete: 'email' })}
            ${checkboxField(form.field('syncContactEmail'), { label: t.term('account.sync_contact_email') })}
            ${submitButton(form.action(), { label: t.term('account.request_email_change'), busyLabel: t.term('account.requesting_email_change') })}
          </form>`;
    return this.#context.section('email', t.term('account.email_heading'), html`${formFeedback(form.feedback)} ${content}`);
  }
}
