import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { emxEvent, type EmxEventDetails } from '../../events.js';
import type { CustomerIdentity } from '../../session/index.js';
import { resendCustomerOptIn, signUpCustomer } from '../../session/signup.js';
import { wordList } from '../shared/customer-fields.js';
import { EmxElement } from '../shared/emx-element.js';
import { flowLink, formFeedback, passwordField, submitButton, textField } from '../shared/fields.js';
import { FormController, type FieldBinding } from '../shared/form-controller.js';
import { offerToSavePassword } from '../shared/password-credential.js';
import { DEFAULT_PASSWORD_POLICY, passwordPolicyHint, passwordPolicyProblem, type PasswordPolicy } from '../shared/password-policy.js';
import { signupStyles } from './emx-signup.styles.js';
import { addressSection, b2bSection, preferencesSection, profileSection } from './form-sections.js';
import { signupMessages, type SignupMessageKey } from './messages.js';
import { OptInSection } from './opt-in-section.js';
import { sameEmail, showsSection, signupFields, signupRequest, text, type SignupSection, type SignupValues } from './signup-request.js';

export type { SignupSection } from './signup-request.js';

/** How the tenant activates new accounts (a tenant setting the storefront API cannot read). */
export type SignupActivation = 'employee' | 'double-opt-in' | 'automatic';

const ALL_SECTIONS: readonly SignupSection[] = ['profile', 'preferences', 'b2b', 'address', 'credentials'];
const PENDING: Record<SignupActivation, EmxEventDetails['emx-signup']['pending']> = {
  employee: 'activation',
  'double-opt-in': 'opt-in',
  automatic: 'none',
};

interface SignedUp {
  readonly customerNumber: string;
  /** The email the customer signs in with (and where an opt-in email goes). */
  readonly email: string;
}

/**
 * Account creation for Emporix customers (`POST /customer/{tenant}/signup`) with every field of
 * the sign-up contract, and the double opt-in confirmation when the page is opened from its
 * email link. Renders into its own light DOM so password managers offer to save the new
 * password; after a successful sign-up it also hands the credential to the browser. Needs an
 * `<emx-session>` somewhere on the page.
 *
 * **Sections.** `sections` lists the optional parts to show (default: all):
 * - `profile`: title, first, middle and last name, phone, company;
 * - `b2b`: the company registration number. When it is given, first name, last name and company
 *   become required (the contract's rule, checked here before sending). `b2b` brings the
 *   `profile` fields along, since the rule needs them;
 * - `preferences`: language, currency and shop, preset from the session's anonymous context
 *   (`<emx-session language currency site-code>`), choices from `languages`, `currencies`, `sites`;
 * - `address`: a checkbox that reveals one address with every field of the contract (contact
 *   name, company, street, number, supplement, extra lines 1–4, postcode, city, state, country,
 *   phone, tags BILLING / SHIPPING and custom ones);
 * - `credentials`: a contact email address besides the sign-in email. The contract requires
 *   `customerDetails.contactEmail` to equal `email`, so a different contact address is sent as
 *   separate sign-up credentials: `email` and `contactEmail` carry the contact address and
 *   `signup: {email, password}` the sign-in email and the password. Without this section (or
 *   with the field left empty) the contact email is the sign-in email.
 *
 * Only fields the customer filled are sent; the request is sent once per submit, never retried.
 *
 * **After sign-up** the element shows what happens next, by `activation`: the tenant's setting is
 * not readable through the storefront API, so the shop states it. `employee` (the Emporix
 * default): "waiting for activation"; `double-opt-in`: "check your inbox" with a button to send
 * the email again; `automatic`: "you can sign in now".
 *
 * **Double opt-in.** When the page's URL has the opt-in token (`#optin-token=…` or
 * `?optin-token=…`, the name set by `optin-param`), the element takes it out of the address bar
 * (`history.replaceState`) and offers "Confirm and sign in" for the account the link was sent
 * to. Only that click confirms it (the contract then signs the customer in: `<emx-session>` fires
 * `emx-login` with method `opt-in`), so a link someone else sent cannot sign the visitor into
 * their account unnoticed. While a customer is signed in, the element does not confirm: it says
 * who is signed in and offers "Sign out and continue". A link that was already used, is invalid
 * or has expired offers the way to sign in and to send a new link.
 *
 * Parts are styling hooks in the light DOM: select them as `emx-signup [part~="input"]`.
 *
 * @summary Customer sign-up with profile, B2B, preferences, address and separate credentials, and the double opt-in confirmation.
 *
 * @event emx-signup - The account was created; `detail`: `customerNumber`, `email` (the sign-in email), `pending` (`activation`, `opt-in` or `none`, from `activation`).
 * @event emx-error - A sign-up, confirmation or resend failed; `detail`: `operation` (`signup`, `confirm-opt-in`, `resend-opt-in`), `code`, `status`, `error`.
 * @event emx-navigate - "Sign in" or "Forgot password?" was chosen and no `*-href` is set; `detail.to`: `login` or `password-reset`.
 *
 * @csspart base - The element's box (light DOM: style it as `emx-signup [part~="base"]`).
 * @csspart heading - "Create account", and the heading of each later state.
 * @csspart form - The sign-up form, the resend form and the confirmation's form.
 * @csspart section - A group of fields under a legend; also named by its section: `account`, `profile`, `b2b`, `preferences`, `address`.
 * @csspart legend - A section's title.
 * @csspart error-summary - Live region (`role="alert"`) with what went wrong.
 * @csspart status - Live region (`role="status"`) with what went right.
 * @csspart field - One label, hint, control and error.
 * @csspart label - A field's label.
 * @csspart optional - The "(optional)" mark of a label.
 * @csspart hint - Help text under a label (password policy, contact email, B2B rule, tags).
 * @csspart input - Text, email, phone and password inputs.
 * @csspart select - Title, language, currency, shop and country.
 * @csspart input-group - The password input with its toggle.
 * @csspart password-toggle - The show/hide password button.
 * @csspart icon - The toggle's eye icon.
 * @csspart checkbox-field - The "Add an address now" checkbox with its label.
 * @csspart checkbox - A checkbox.
 * @csspart choice-group - The address tags.
 * @csspart choice - One tag checkbox with its label.
 * @csspart choice-label - A tag's label.
 * @csspart field-error - A field's error text.
 * @csspart row - Fields side by side (street and number, postcode and city).
 * @csspart button - Every button that starts an action.
 * @csspart submit - "Create account", "Send the email again", "Send a new link".
 * @csspart retry - "Try again" after a confirmation failed on the way.
 * @csspart confirm - "Confirm and sign in" on the page the opt-in link opens.
 * @csspart sign-out - "Sign out and continue" when the opt-in link is opened while a customer is signed in.
 * @csspart links - "Sign in" and "Forgot password?" under a taken email; "Sign in" after the sign-up.
 * @csspart sign-in-prompt - "Already have an account? Sign in" under the form.
 * @csspart link - A link, or a link-styled button firing `emx-navigate`.
 * @csspart text - Plain paragraphs.
 * @csspart notice - The text shown while no session is configured or a customer is signed in.
 *
 * @cssproperty --emx-color-primary - Buttons, links, focus ring. Default blue, lighter in dark mode.
 * @cssproperty --emx-color-on-primary - Text on primary buttons.
 * @cssproperty --emx-color-text - Text.
 * @cssproperty --emx-color-text-muted - Hints and secondary text.
 * @cssproperty --emx-color-surface - Background of the element.
 * @cssproperty --emx-color-field - Background of inputs.
 * @cssproperty --emx-color-border - Input and section borders.
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
export class EmxSignupElement extends EmxElement<SignupMessageKey> {
  static override styles = signupStyles;

  /**
   * The optional sections to show, as an attribute space-separated:
   * `sections="profile preferences b2b address credentials"` (the default). `sections=""` leaves
   * just email and password.
   */
  @property({ converter: wordList }) sections: readonly SignupSection[] = ALL_SECTIONS;

  /** What follows a sign-up on this tenant: `employee` (default), `double-opt-in` or `automatic`. */
  @property() activation: SignupActivation = 'employee';

  /** Name of the parameter (in the URL's fragment or query) carrying the double opt-in token. */
  @property({ attribute: 'optin-param' }) optinParam = 'optin-token';

  /** URL of the shop's sign-in page (relative, `http:` or `https:`); without it, or with another kind of URL, "Sign in" fires `emx-navigate`. */
  @property({ attribute: 'login-href' }) loginHref = '';

  /** URL of the shop's password-reset page (relative, `http:` or `https:`); without it, or with another kind of URL, "Forgot password?" fires `emx-navigate`. */
  @property({ attribute: 'password-reset-href' }) passwordResetHref = '';

  /**
   * The rules for the password, checked before sending: `{minLength, requireDigit}`, as JSON in
   * the attribute. Default: the Emporix default, 8 characters with a digit. A password the
   * server refuses is reported on the field.
   */
  @property({ attribute: 'password-policy', type: Object }) passwordPolicy: PasswordPolicy = DEFAULT_PASSWORD_POLICY;

  /** Title codes offered, in order (texts the shared `title.<CODE>`; built in: MR, MS, MRS, DR, PROF). */
  @property({ converter: wordList }) titles: readonly string[] = ['MR', 'MS', 'DR', 'PROF'];

  /** Language codes offered as preferred language, named by `Intl.DisplayNames`; the session's language is added. */
  @property({ converter: wordList }) languages: readonly string[] = ['en', 'de', 'fr', 'it', 'es'];

  /** ISO 4217 codes offered as preferred currency; the session's currency is added. */
  @property({ converter: wordList }) currencies: readonly string[] = ['EUR', 'USD', 'GBP', 'CHF'];

  /** Site codes offered as preferred shop; the session's site is added. Without any, the field is left out. */
  @property({ converter: wordList }) sites: readonly string[] = [];

  readonly #signup = new FormController(this, this.localize, {
    operation: 'signup',
    fields: signupFields(() => this.sections, (password) => passwordPolicyProblem(password, this.passwordPolicy)),
    submit: (values, signal) => this.#send(values, signal),
  });

  /** "Send the email again" after a double opt-in sign-up: the address is known. */
  readonly #resend = new FormController(this, this.localize, {
    operation: 'resend-opt-in',
    fields: {},
    submit: (_values, signal) => resendCustomerOptIn(this.session.require(), this.#signedUp?.email ?? '', { signal }),
    success: () => ({ key: 'signup.resent', params: { email: this.#signedUp?.email ?? '' } }),
  });

  /** The double opt-in confirmation when the page is opened from its email link. */
  readonly #optIn = new OptInSection(this, {
    localize: this.localize,
    session: () => this.session.require(),
    param: () => this.optinParam,
    heading: (text) => this.renderHeading(text),
    signInLink: () => this.#signInLink(),
  });

  #signedUp: SignedUp | undefined;
  /** The sign-in email of the last submit: a 409 is about that address, and only while it is in the field. */
  #submittedEmail = '';
  #preferencesPreset = false;

  constructor() {
    super(signupMessages);
  }

  /** The session's context presets the preferences, once it is there. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.session.snapshot) this.#presetPreferences();
  }

  protected override render() {
    // `emx-signup` scopes the element's own layout rules, whatever tag name it is registered under.
    return this.renderBase('signup', this.#renderContent());
  }

  #renderContent() {
    const snapshot = this.session.snapshot;
    if (!snapshot) return this.#renderNotice('signup.not_configured');
    const customer = snapshot.status === 'customer' ? snapshot.customer : undefined;
    if (this.#optIn.shows(customer)) return this.#optIn.render(customer);
    if (this.#signedUp) return this.#renderSignedUp(this.#signedUp);
    if (snapshot.status === 'customer') return this.#renderNotice('signup.signed_in', snapshot.customer);
    return this.#renderForm();
  }

  // ---------------------------------------------------------------- sending

  #shows(section: SignupSection): boolean {
    return showsSection(this.sections, section);
  }

  async #send(values: SignupValues, signal: AbortSignal): Promise<void> {
    const request = signupRequest(values, this.sections);
    const loginEmail = values.email;
    this.#submittedEmail = loginEmail;
    const { id } = await signUpCustomer(this.session.require(), request, { signal });
    offerToSavePassword({ email: loginEmail, password: values.password, name: [values.firstName, values.lastName].filter(Boolean).join(' ') });
    this.#signup.reset(['password']);
    this.#signedUp = { customerNumber: id, email: loginEmail };
    this.dispatchEvent(emxEvent('emx-signup', { customerNumber: id, email: loginEmail, pending: PENDING[this.activation] ?? 'activation' }));
  }

  /** The session's anonymous context fills the preferences once, when the session is known. */
  #presetPreferences(): void {
    if (this.#preferencesPreset) return;
    this.#preferencesPreset = true;
    const context = this.session.require().config.anonymousContext;
    this.#signup.setValues({
      preferredLanguage: context.language ?? '',
      preferredCurrency: context.currency ?? '',
      preferredSite: context.siteCode ?? '',
    });
  }

  // ---------------------------------------------------------------- views

  readonly #refresh = (): void => this.requestUpdate();

  #renderNotice(key: 'signup.not_configured' | 'signup.signed_in', customer?: CustomerIdentity) {
    const t = this.localize;
    return html`${this.renderHeading(t.term('signup.heading'))}
      <p part="notice text">${t.term(key, { name: customer?.email ?? customer?.customerNumber ?? '' })}</p>`;
  }

  #signInLink() {
    return flowLink(this, { to: 'login', href: this.loginHref, label: this.localize.term('signup.sign_in') });
  }

  #renderForm() {
    const t = this.localize;
    const form = this.#signup;
    const preferences = this.#shows('preferences') ? preferencesSection(form, t, this, this.session.require().config.anonymousContext) : nothing;
    return html`${this.renderHeading(t.term('signup.heading'))}
      <form part="form" ${form.attach()} @input=${this.#refresh} @change=${this.#refresh}>
        ${formFeedback(form.feedback)} ${this.#renderAccount()} ${this.#shows('profile') ? profileSection(form, t, this.titles) : nothing}
        ${this.#shows('b2b') ? b2bSection(form, t) : nothing} ${preferences}
        ${this.#shows('address') ? addressSection(form, t, form.values.withAddress === true) : nothing}
        ${submitButton(form.action(), { label: t.term('signup.submit'), busyLabel: t.term('signup.submitting') })}
      </form>
      <p part="sign-in-prompt text">
        ${t.term('signup.have_account')} ${this.#signInLink()}
      </p>`;
  }

  #renderAccount() {
    const t = this.localize;
    const form = this.#signup;
    const emailTaken = this.#emailTaken();
    return html`<fieldset part="section account">
      <legend part="legend">${t.term('signup.section.account')}</legend>
      ${textField(this.#emailField(emailTaken), { label: t.term('signup.email'), type: 'email', autocomplete: 'username' })}
      ${emailTaken
        ? html`<div part="links">
            ${this.#signInLink()}
            ${flowLink(this, { to: 'password-reset', href: this.passwordResetHref, label: t.term('signup.forgot_password') })}
          </div>`
        : nothing}
      ${passwordField(form.field('password'), {
        label: t.term('signup.password'),
        autocomplete: 'new-password',
        hint: t.render(passwordPolicyHint(this.passwordPolicy)),
      })}
      ${this.#shows('credentials')
        ? textField(form.field('contactEmail'), {
            label: t.term('signup.contact_email'),
            hint: t.term('signup.contact_email_hint'),
            type: 'email',
            autocomplete: 'email',
          })
        : nothing}
    </fieldset>`;
  }

  /** A 409 concerns the sign-in email that was sent, as long as it is still what the field holds. */
  #emailTaken(): boolean {
    return this.#signup.failure?.code === 'conflict_resource' && sameEmail(text(this.#signup.values.email), this.#submittedEmail);
  }

  #emailField(taken: boolean): FieldBinding {
    const field = this.#signup.field('email');
    return taken && !field.error ? { ...field, error: this.localize.term('signup.email_taken') } : field;
  }

  #renderSignedUp(signedUp: SignedUp) {
    const t = this.localize;
    const { email } = signedUp;
    if (this.activation === 'double-opt-in') {
      return html`${this.renderHeading(t.term('signup.check_inbox_heading'))}
        <p part="text">${t.term('signup.check_inbox', { email })}</p>
        <form part="form" ${this.#resend.attach()}>
          ${formFeedback(this.#resend.feedback)}
          ${submitButton(this.#resend.action(), { label: t.term('signup.resend'), busyLabel: t.term('signup.resending') })}
        </form>`;
    }
    const key = this.activation === 'automatic' ? 'signup.created_active' : 'signup.created_pending';
    return html`${this.renderHeading(t.term('signup.created_heading'))}
      <p part="text">${t.term(key, { email })}</p>
      <p part="links text">${this.#signInLink()}</p>`;
  }
}
