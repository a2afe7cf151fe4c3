import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { wordList } from '../shared/customer-fields.js';
import { EmxElement } from '../shared/emx-element.js';
import { flowLink } from '../shared/fields.js';
import { DEFAULT_PASSWORD_POLICY, type PasswordPolicy } from '../shared/password-policy.js';
import type { AccountSectionContext } from './account-section.js';
import { EmailSection } from './email-section.js';
import { accountStyles } from './emx-account.styles.js';
import { accountMessages, type AccountMessageKey } from './messages.js';
import { PasswordSection } from './password-section.js';
import { ProfileSection } from './profile-section.js';

/** The areas of the element, each with its own heading and form. */
const SECTIONS = ['profile', 'password', 'email'] as const;
type Section = (typeof SECTIONS)[number];

let accountCount = 0;

/**
 * The signed-in customer's account: the profile (view, and edit through PATCH /me), changing the
 * password, and changing the sign-in email address with its confirmation link.
 *
 * Each area is a section with its own heading and form; `sections` chooses which show and in
 * which order. Saving the profile sends only what changed, with the profile's version, so a
 * change made elsewhere meanwhile is not overwritten: the element then loads the newer profile,
 * keeps the customer's edits and asks to save again. When the page is opened with the
 * email-change token in its URL (`#email-token=…` or `?email-token=…`, see `email-token-param`), the element takes
 * it out of the address bar and history and confirms the change, signed in or not. Signed out,
 * it invites to sign in. Needs an `<emx-session>` somewhere on the page.
 *
 * Parts are styling hooks in the light DOM: select them as `emx-account [part~="input"]`.
 *
 * @summary Customer account: profile, password change and email change with confirmation.
 *
 * @event emx-profile-change - The profile was saved.
 * @event emx-password-change - The password was changed.
 * @event emx-email-change - An email change was requested (`detail.step` `requested`, `detail.newEmail`) or confirmed through the link (`confirmed`, `detail.newEmail` when the customer is signed in).
 * @event emx-error - A request failed; `detail`: `operation` (`profile-load`, `profile-update`, `password-change`, `email-change`, `email-change-confirmation`), `code`, `status`, `error`.
 * @event emx-navigate - "Sign in" was chosen while signed out and no `login-href` is set; `detail.to` is `login`.
 *
 * @csspart base - The element's box.
 * @csspart heading - "Your account".
 * @csspart section - Each area: profile, password, email, and the email confirmation.
 * @csspart profile-section - The profile area.
 * @csspart password-section - The password area.
 * @csspart email-section - The email area.
 * @csspart email-confirmation-section - The confirmation of an email change opened from its link.
 * @csspart section-heading - The heading of an area.
 * @csspart text - Explanations.
 * @csspart profile - The profile as a list of labels and values.
 * @csspart profile-row - One label and value of the profile.
 * @csspart profile-label - A profile label.
 * @csspart profile-value - A profile value (also `not-given` when empty).
 * @csspart not-given - A profile value that is empty.
 * @csspart form - Each area's form.
 * @csspart profile-form - The profile form.
 * @csspart password-form - The password form.
 * @csspart email-form - The email form.
 * @csspart actions - The row of "Edit profile", and of "Save profile" and "Cancel".
 * @csspart error-summary - Live region (`role="alert"`) of an area with what went wrong.
 * @csspart status - Live region (`role="status"`) of an area with what went right.
 * @csspart field - One label, hint, input and error.
 * @csspart checkbox-field - The "also use as contact email" field.
 * @csspart label - A field's label.
 * @csspart optional - The "(optional)" mark of a label.
 * @csspart hint - A field's help text.
 * @csspart input - Text, email, phone and password inputs.
 * @csspart select - Title, and language, currency and shop when the shop lists them.
 * @csspart checkbox - The "also use as contact email" checkbox.
 * @csspart input-group - A password input with its toggle.
 * @csspart password-toggle - The show/hide password buttons.
 * @csspart icon - The toggles' eye icons.
 * @csspart field-error - A field's error text.
 * @csspart button - Every button that starts an action.
 * @csspart submit - "Save profile", "Change password", "Send confirmation link".
 * @csspart edit-profile - The "Edit profile" button.
 * @csspart cancel - The "Cancel" button of the profile form.
 * @csspart retry - "Load the profile again" and "Try again" (email confirmation).
 * @csspart links - A row of links.
 * @csspart link - "Sign in" and "Use a different address" (a link or a link-styled button).
 * @csspart notice - The text shown while no session is configured.
 *
 * @cssproperty --emx-color-primary - Buttons, links, focus ring. Default blue, lighter in dark mode.
 * @cssproperty --emx-color-on-primary - Text on primary buttons.
 * @cssproperty --emx-color-text - Text.
 * @cssproperty --emx-color-text-muted - Hints, profile labels and secondary text.
 * @cssproperty --emx-color-surface - Background of the element.
 * @cssproperty --emx-color-field - Background of inputs.
 * @cssproperty --emx-color-border - Input borders and the lines between areas.
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
export class EmxAccountElement extends EmxElement<AccountMessageKey> {
  static override styles = accountStyles;

  /** URL of the shop's sign-in page (relative, `http:` or `https:`); without it, or with another kind of URL, "Sign in" fires `emx-navigate`. */
  @property({ attribute: 'login-href' }) loginHref = '';

  /** Which areas show, in this order: any of `profile`, `password`, `email`, space-separated. */
  @property() sections = 'profile password email';

  /** Name of the parameter (in the URL's fragment or query) that carries the email-change token in the emailed link. Read once, on connect. */
  @property({ attribute: 'email-token-param' }) emailTokenParam = 'email-token';

  /**
   * The rules for a new password, checked before sending: `{minLength, requireDigit}`, as JSON
   * in the attribute. Default: 8 characters with a digit. A password the server refuses is
   * reported on the field.
   */
  @property({ attribute: 'password-policy', type: Object }) passwordPolicy: PasswordPolicy = DEFAULT_PASSWORD_POLICY;

  /** Title codes offered in the profile form; texts are the shared `title.<CODE>`. */
  @property({ converter: wordList }) titles: readonly string[] = ['MR', 'MS', 'DR', 'PROF'];

  /** Language codes (e.g. `en_US de_DE`) offered as preferred language; without them it is a text field. */
  @property({ converter: wordList }) languages: readonly string[] = [];

  /** Currency codes (e.g. `EUR CHF`) offered as preferred currency; without them it is a text field. */
  @property({ converter: wordList }) currencies: readonly string[] = [];

  /** Site codes offered as preferred shop; without them it is a text field. */
  @property({ converter: wordList }) sites: readonly string[] = [];

  readonly #idPrefix = `emx-account-${++accountCount}`;
  readonly #context: AccountSectionContext = {
    host: this,
    session: this.session,
    localize: this.localize,
    headingId: (name) => `${this.#idPrefix}-${name}`,
    section: (name, heading, content) => this.#section(name, heading, content),
    focusAfterRender: (selector) => this.nextFocus.request(selector),
  };
  readonly #profile = new ProfileSection(this.#context, this);
  readonly #password = new PasswordSection(this.#context, () => this.passwordPolicy);
  readonly #email = new EmailSection(this.#context, () => this.emailTokenParam);

  constructor() {
    super(accountMessages);
  }

  protected override render() {
    const snapshot = this.session.snapshot;
    const t = this.localize;
    let content;
    if (!snapshot) content = html`<p part="notice text">${t.term('account.not_configured')}</p>`;
    else if (snapshot.status === 'customer' && snapshot.customer) {
      const customer = snapshot.customer;
      const chosen = this.sections.split(/\s+/).filter((name): name is Section => (SECTIONS as readonly string[]).includes(name));
      content = [...new Set(chosen)].map((section) => {
        if (section === 'profile') return this.#profile.render(customer);
        if (section === 'password') return this.#password.render(customer);
        return this.#email.render();
      });
    } else {
      content = html`<p part="text">${t.term('account.signed_out')}</p>
        <div part="links">${flowLink(this, { to: 'login', href: this.loginHref, label: t.term('account.sign_in') })}</div>`;
    }
    return this.renderBase('account', html`${this.renderHeading(t.term('account.heading'))} ${this.#email.renderConfirmation()} ${content}`);
  }

  /** An area under the element's heading: its heading one level below, focusable for when its view changes. */
  #section(name: string, heading: string, content: unknown): TemplateResult {
    const id = this.#context.headingId(name);
    return html`<section part=${`section ${name}-section`} aria-labelledby=${id}>
      ${this.renderSubheading('section-heading', id, heading)} ${content}
    </section>`;
  }
}
