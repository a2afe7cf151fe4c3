import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { EmporixSession, CustomerIdentity } from '../../session/index.js';
import { EmxElement } from '../shared/emx-element.js';
import { actionButton, flowLink, formFeedback, passwordField, submitButton, textField } from '../shared/fields.js';
import { FormController } from '../shared/form-controller.js';
import { offerToSavePassword } from '../shared/password-credential.js';
import { loginStyles } from './emx-login.styles.js';
import { loginMessages, type LoginMessageKey } from './messages.js';

/**
 * Another way to sign in, shown as a button above the password form (the social-login module
 * provides these). Its failures appear in the form's error summary.
 */
export interface LoginAlternative {
  /** Stable id, unique among the alternatives; the `operation` of its `emx-error`. */
  readonly id: string;
  /** The button's text, e.g. "Continue with Google". */
  readonly label: string;
  /** Starts the sign-in (it may leave the page); the session announces the login. */
  start(session: EmporixSession, signal: AbortSignal): Promise<unknown>;
}

function displayName(customer: CustomerIdentity | undefined): string {
  const profile = customer?.profile;
  const name = [profile?.firstName, profile?.lastName].filter(Boolean).join(' ');
  return name || customer?.email || customer?.customerNumber || '';
}

/**
 * Email and password sign-in for Emporix customers, and who is signed in once they are.
 *
 * Renders into its own light DOM so password managers fill and save it like any form of the
 * page; after a successful login it also hands the credential to the browser where the
 * Credential Management API exists. Needs an `<emx-session>` somewhere on the page.
 *
 * Parts are styling hooks in the light DOM: select them as `emx-login [part~="input"]`
 * (`::part()` only reaches shadow trees).
 *
 * @summary Customer sign-in: email and password, specific failure messages, signed-in state and sign-out.
 *
 * @event emx-error - A sign-in, resend or sign-out failed; `detail`: `operation` (`login`, `resend-activation`, `logout`), `code`, `status`, `error`.
 * @event emx-navigate - "Create account" or "Forgot password?" was chosen and no `*-href` is set; `detail.to`: `signup` or `password-reset`.
 *
 * The login itself is announced by `<emx-session>` (`emx-login`, `emx-logout`, `emx-session-change`).
 *
 * @csspart base - The element's box (light DOM: style it as `emx-login [part~="base"]`).
 * @csspart heading - "Sign in", or "Signed in as …" once signed in.
 * @csspart alternatives - The list of other sign-in buttons above the form (empty by default).
 * @csspart form - The sign-in form, and the sign-out form.
 * @csspart error-summary - Live region (`role="alert"`) with what went wrong.
 * @csspart status - Live region (`role="status"`) with what went right.
 * @csspart field - One label, hint, input and error.
 * @csspart label - A field's label.
 * @csspart input - The email and password inputs.
 * @csspart input-group - The password input with its toggle.
 * @csspart password-toggle - The show/hide password button.
 * @csspart icon - The toggle's eye icon.
 * @csspart field-error - A field's error text.
 * @csspart button - Every button that starts an action.
 * @csspart submit - The "Sign in" and "Sign out" buttons.
 * @csspart resend-activation - The "Send the activation email again" button.
 * @csspart sign-out - The "Sign out" button.
 * @csspart links - The row of "Forgot password?" and "Create account".
 * @csspart link - "Forgot password?" and "Create account" (a link or a link-styled button).
 * @csspart customer-email - The signed-in customer's email.
 * @csspart notice - The text shown while no session is configured.
 * @csspart text - Plain paragraphs.
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
export class EmxLoginElement extends EmxElement<LoginMessageKey> {
  static override styles = loginStyles;

  /** URL of the shop's sign-up page; without it "Create account" fires `emx-navigate`. */
  @property({ attribute: 'signup-href' }) signupHref = '';

  /** URL of the shop's password-reset page; without it "Forgot password?" fires `emx-navigate`. */
  @property({ attribute: 'password-reset-href' }) passwordResetHref = '';

  /** Other ways to sign in, rendered as buttons above the form. Empty by default. */
  @property({ attribute: false }) alternatives: readonly LoginAlternative[] = [];

  readonly #login = new FormController(this, this.localize, {
    operation: 'login',
    fields: {
      email: { required: true, email: true },
      password: { required: true, secret: true },
    },
    submit: async ({ email, password }) => {
      const snapshot = await this.session.require().login({ email, password });
      offerToSavePassword({ email, password, name: displayName(snapshot.customer) });
      this.#login.reset(['password']);
    },
  });

  readonly #signOut = new FormController(this, this.localize, {
    operation: 'logout',
    fields: {},
    submit: () => this.session.require().logout(),
  });

  constructor() {
    super(loginMessages);
  }

  protected override render() {
    const snapshot = this.session.snapshot;
    let content;
    if (!snapshot) content = this.#renderNotConfigured();
    else if (snapshot.status === 'customer') content = this.#renderSignedIn(snapshot.customer);
    else content = this.#renderSignIn();
    return html`<div class="emx-root" part="base">${content}</div>`;
  }

  #renderNotConfigured() {
    const t = this.localize;
    return html`${this.renderHeading(t.term('login.heading'))}
      <p part="notice text">${t.term('login.not_configured')}</p>`;
  }

  #renderSignedIn(customer: CustomerIdentity | undefined) {
    const t = this.localize;
    const name = displayName(customer);
    return html`${this.renderHeading(t.term('login.signed_in_as', { name }))}
      ${customer?.email && customer.email !== name ? html`<p part="customer-email">${customer.email}</p>` : nothing}
      <form part="form" ${this.#signOut.attach()}>
        ${formFeedback(this.#signOut.feedback)}
        ${submitButton(this.#signOut.action(), { label: t.term('login.sign_out'), busyLabel: t.term('login.signing_out'), part: 'sign-out' })}
      </form>`;
  }

  #renderSignIn() {
    const t = this.localize;
    const form = this.#login;
    return html`${this.renderHeading(t.term('login.heading'))} ${this.#renderAlternatives()}
      <form part="form" ${form.attach()}>
        ${formFeedback(form.feedback)} ${form.failure?.code === 'optin_pending' ? this.#renderResend() : nothing}
        ${textField(form.field('email'), { label: t.term('login.email'), type: 'email', autocomplete: 'username' })}
        ${passwordField(form.field('password'), { label: t.term('login.password'), autocomplete: 'current-password' })}
        ${submitButton(form.action(), { label: t.term('login.submit'), busyLabel: t.term('login.submitting') })}
      </form>
      <div part="links">
        ${flowLink(this, { to: 'password-reset', href: this.passwordResetHref, label: t.term('login.forgot_password') })}
        ${flowLink(this, { to: 'signup', href: this.signupHref, label: t.term('login.create_account') })}
      </div>`;
  }

  #renderResend() {
    const t = this.localize;
    const email = String(this.#login.values.email).trim();
    return actionButton(this.#login.action('resend-activation'), {
      label: t.term('login.resend_activation'),
      busyLabel: t.term('login.resending_activation'),
      part: 'resend-activation',
      onClick: () =>
        void this.#login.run('resend-activation', () => this.session.require().resendOptIn(email), {
          success: { key: 'login.activation_resent', params: { email } },
        }),
    });
  }

  #renderAlternatives() {
    if (this.alternatives.length === 0) return nothing;
    return html`<ul part="alternatives">
      ${this.alternatives.map(
        (alternative) =>
          html`<li>
            ${actionButton(this.#login.action(alternative.id), {
              label: alternative.label,
              busyLabel: alternative.label,
              onClick: () => void this.#login.run(alternative.id, (signal) => alternative.start(this.session.require(), signal)),
            })}
          </li>`,
      )}
    </ul>`;
  }
}
