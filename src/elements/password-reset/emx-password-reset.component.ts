import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { PasswordResetRequest } from '../../api/index.js';
import { emxEvent } from '../../events.js';
import { requestCustomerPasswordReset, resetCustomerPassword } from '../../session/password-reset.js';
import { EmxElement } from '../shared/emx-element.js';
import { flowLink, formFeedback, passwordField, submitButton, textField } from '../shared/fields.js';
import { FormController } from '../shared/form-controller.js';
import { offerToSavePassword } from '../shared/password-credential.js';
import { DEFAULT_PASSWORD_POLICY, passwordPolicyHint, passwordPolicyProblem, type PasswordPolicy } from '../shared/password-policy.js';
import { takeUrlParameter } from '../shared/url-token.js';
import { passwordResetMessages, type PasswordResetMessageKey } from './messages.js';

/** `request`: ask for the email; `requested`: "check your inbox"; `reset`: the new-password form; `completed`: done. */
type Step = 'request' | 'requested' | 'reset' | 'completed';

/**
 * "Forgot password?" from start to end: asks for the email and sends the reset link, then, on
 * the page the link opens, sets the new password.
 *
 * The request always ends in the same "check your inbox" answer, whether or not an account
 * exists for the email, so the form cannot be used to find out who is a customer. When the page
 * is opened with the reset token in its URL (`#token=…` or `?token=…`, see `token-param`), the
 * element takes the token out of the address bar and history at once (it stays in memory only)
 * and shows the new-password form. The browser is offered the new password for saving only
 * under an email typed in this element; a link never speaks for the signed-in customer. Needs
 * an `<emx-session>` somewhere on the page.
 *
 * Parts are styling hooks in the light DOM: select them as `emx-password-reset [part~="input"]`.
 *
 * @summary Password reset: request the link by email, then choose a new password with the emailed token.
 *
 * @event emx-password-reset - A reset link was requested (`detail.step` `requested`, also for "send again") or the new password was set (`completed`).
 * @event emx-error - A request failed; `detail`: `operation` (`password-reset-request`, `password-reset`), `code`, `status`, `error`.
 * @event emx-navigate - "Back to sign in" or "Sign in" was chosen and no `login-href` is set; `detail.to` is `login`.
 *
 * @csspart base - The element's box.
 * @csspart heading - The heading of the current step.
 * @csspart text - Explanations.
 * @csspart form - The email form, the "send again" form and the new-password form.
 * @csspart error-summary - Live region (`role="alert"`) with what went wrong.
 * @csspart status - Live region (`role="status"`) with what went right ("we sent a new link").
 * @csspart field - One label, hint, input and error.
 * @csspart label - A field's label.
 * @csspart hint - The password policy under the new password.
 * @csspart input - The email and password inputs.
 * @csspart input-group - A password input with its toggle.
 * @csspart password-toggle - The show/hide password buttons.
 * @csspart icon - The toggles' eye icons.
 * @csspart field-error - A field's error text.
 * @csspart button - Every button that starts an action.
 * @csspart submit - "Send link", "Send the link again", "Save new password".
 * @csspart send-again - The "Send the link again" button.
 * @csspart request-new-link - The "Request a new link" button shown for an unusable link.
 * @csspart links - The row of links under a step.
 * @csspart link - "Back to sign in", "Use a different email address" and "Sign in" (a link or a link-styled button).
 * @csspart notice - The text shown while no session is configured.
 *
 * @cssproperty --emx-color-primary - Buttons, links, focus ring. Default blue, lighter in dark mode.
 * @cssproperty --emx-color-on-primary - Text on primary buttons.
 * @cssproperty --emx-color-text - Text.
 * @cssproperty --emx-color-text-muted - Hints and secondary text.
 * @cssproperty --emx-color-surface - Background of the element.
 * @cssproperty --emx-color-field - Background of inputs.
 * @cssproperty --emx-color-border - Input borders.
 * @cssproperty --emx-color-danger - Errors.
 * @cssproperty --emx-color-success - Confirmations.
 * @cssproperty --emx-color-scheme - `light dark` (default, follows the visitor's setting), `light` or `dark`.
 * @cssproperty --emx-focus-ring-color - Focus outline colour (default: primary).
 * @cssproperty --emx-focus-ring-width - Focus outline width (default 3px).
 * @cssproperty --emx-radius - Corner radius (default 0.5rem).
 * @cssproperty --emx-space - Base spacing (default 1rem).
 * @cssproperty --emx-font-family - Font (default: inherited from the page).
 * @cssproperty --emx-font-size - Base font size (default 1rem).
 * @cssproperty --emx-max-width - Maximum width of the element (default 28rem).
 */
export class EmxPasswordResetElement extends EmxElement<PasswordResetMessageKey> {

  /** URL of the shop's sign-in page (relative, `http:` or `https:`); without it, or with another kind of URL, "Back to sign in" and "Sign in" fire `emx-navigate`. */
  @property({ attribute: 'login-href' }) loginHref = '';

  /** Site the request comes from (`site` of the request); defaults to the session's `site-code`. */
  @property() site = '';

  /** Name of the parameter (in the URL's fragment or query) that carries the reset token in the emailed link. Read once, on connect. */
  @property({ attribute: 'token-param' }) tokenParam = 'token';

  /**
   * The rules for the new password, checked before sending: `{minLength, requireDigit}`, as
   * JSON in the attribute. Default: the Emporix default, 8 characters with a digit. The server
   * checks its own policy too; a password it refuses is reported on the field.
   */
  @property({ attribute: 'password-policy', type: Object }) passwordPolicy: PasswordPolicy = DEFAULT_PASSWORD_POLICY;

  #step: Step = 'request';
  /** The emailed token; kept in memory only, once it has left the URL. */
  #token: string | undefined;
  #tokenTaken = false;
  /** The email typed in this element's request step, for "send again" and the password manager. */
  #requestedEmail = '';

  readonly #request = new FormController(this, this.localize, {
    operation: 'password-reset-request',
    fields: { email: { required: true, email: true } },
    submit: async ({ email }, signal) => {
      await this.#sendLink(email, signal);
      this.#resend.reset();
      this.#show('requested');
    },
  });

  readonly #resend = new FormController(this, this.localize, {
    operation: 'password-reset-request',
    fields: {},
    submit: (_values, signal) => this.#sendLink(this.#requestedEmail, signal),
    success: () => ({ key: 'password-reset.sent_again', params: { email: this.#requestedEmail } }),
  });

  readonly #reset = new FormController(this, this.localize, {
    operation: 'password-reset',
    fields: {
      password: { required: true, secret: true, validate: (value) => passwordPolicyProblem(value, this.passwordPolicy) },
      confirmation: { required: true, secret: true, validate: (value, values) => (value === values.password ? undefined : 'validation.mismatch') },
    },
    submit: async ({ password }, signal) => {
      await resetCustomerPassword(this.session.require(), { token: this.#token ?? '', password }, { signal });
      // A used token is worthless; dropping it keeps it out of memory too.
      this.#token = undefined;
      const email = this.#knownEmail();
      if (email) offerToSavePassword({ email, password });
      this.#reset.reset(['password', 'confirmation']);
      this.#show('completed');
      this.dispatchEvent(emxEvent('emx-password-reset', { step: 'completed' }));
    },
  });

  constructor() {
    super(passwordResetMessages);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#tokenTaken) return;
    this.#tokenTaken = true;
    this.#token = takeUrlParameter(this.tokenParam);
    if (this.#token) this.#step = 'reset';
  }

  protected override render() {
    let content;
    if (!this.session.snapshot) content = this.#renderNotConfigured();
    else if (this.#step === 'requested') content = this.#renderRequested();
    else if (this.#step === 'reset') content = this.#renderNewPassword();
    else if (this.#step === 'completed') content = this.#renderCompleted();
    else content = this.#renderRequest();
    return this.renderBase('password-reset', content);
  }

  #renderNotConfigured() {
    const t = this.localize;
    return html`${this.renderHeading(t.term('password-reset.heading'))}
      <p part="notice text">${t.term('password-reset.not_configured')}</p>`;
  }

  #renderRequest() {
    const t = this.localize;
    const form = this.#request;
    return html`${this.renderHeading(t.term('password-reset.heading'))}
      <p part="text">${t.term('password-reset.intro')}</p>
      <form part="form" ${form.attach()}>
        ${formFeedback(form.feedback)}
        ${textField(form.field('email'), { label: t.term('password-reset.email'), type: 'email', autocomplete: 'username' })}
        ${submitButton(form.action(), { label: t.term('password-reset.request'), busyLabel: t.term('password-reset.requesting') })}
      </form>
      <div part="links">${this.#loginLink('password-reset.back_to_login')}</div>`;
  }

  #renderRequested() {
    const t = this.localize;
    const form = this.#resend;
    return html`${this.renderHeading(t.term('password-reset.requested_heading'))}
      <p part="text">${t.term('password-reset.requested', { email: this.#requestedEmail })}</p>
      <p part="text">${t.term('password-reset.requested_hint')}</p>
      <form part="form" ${form.attach()}>
        ${formFeedback(form.feedback)}
        ${submitButton(form.action(), {
          label: t.term('password-reset.send_again'),
          busyLabel: t.term('password-reset.sending_again'),
          part: 'send-again',
        })}
      </form>
      <div part="links">
        <button part="link" type="button" @click=${() => this.#show('request')}>${t.term('password-reset.other_email')}</button>
        ${this.#loginLink('password-reset.back_to_login')}
      </div>`;
  }

  #renderNewPassword() {
    const t = this.localize;
    const form = this.#reset;
    const email = this.#knownEmail();
    return html`${this.renderHeading(t.term('password-reset.new_password_heading'))}
      <form part="form" ${form.attach()}>
        ${formFeedback(form.feedback)}
        ${form.failure?.code === 'invalid_token'
          ? html`<button part="button request-new-link" type="button" @click=${() => this.#requestNewLink()}>
              ${t.term('password-reset.request_new_link')}
            </button>`
          : nothing}
        ${email
          ? // Tells a password manager which account the new password belongs to.
            html`<input type="email" autocomplete="username" .value=${email} hidden readonly />`
          : nothing}
        ${passwordField(form.field('password'), {
          label: t.term('password-reset.new_password'),
          autocomplete: 'new-password',
          hint: t.render(passwordPolicyHint(this.passwordPolicy)),
        })}
        ${passwordField(form.field('confirmation'), { label: t.term('password-reset.confirmation'), autocomplete: 'new-password' })}
        ${submitButton(form.action(), { label: t.term('password-reset.save'), busyLabel: t.term('password-reset.saving') })}
      </form>`;
  }

  #renderCompleted() {
    const t = this.localize;
    return html`${this.renderHeading(t.term('password-reset.completed_heading'))}
      <p part="text">${t.term('password-reset.completed')}</p>
      <div part="links">${this.#loginLink('password-reset.sign_in')}</div>`;
  }

  #loginLink(label: PasswordResetMessageKey) {
    return flowLink(this, { to: 'login', href: this.loginHref, label: this.localize.term(label) });
  }

  async #sendLink(email: string, signal: AbortSignal): Promise<void> {
    const session = this.session.require();
    const site = this.site || session.config.anonymousContext.siteCode;
    const request: PasswordResetRequest = site ? { email, site } : { email };
    await requestCustomerPasswordReset(session, request, { signal });
    this.#requestedEmail = email;
    this.dispatchEvent(emxEvent('emx-password-reset', { step: 'requested' }));
  }

  /**
   * Whose password this is, when the visitor said so: the email typed in the request step here.
   * Never the signed-in customer's: a reset link can be anyone's (someone else's link opened
   * while signed in), and the password manager would file the new password under the wrong
   * account. Without it, no username is given and no credential is offered for saving.
   */
  #knownEmail(): string | undefined {
    return this.#requestedEmail || undefined;
  }

  /** From an unusable link back to the email form; the dead token is dropped. */
  #requestNewLink(): void {
    this.#token = undefined;
    this.#show('request');
  }

  #show(step: Step): void {
    this.#step = step;
    this.requestUpdate();
  }
}
