import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { EmporixError, type Customer } from '../../api/index.js';
import { emxEvent } from '../../events.js';
import { changeCustomerPassword, confirmCustomerEmailChange, requestCustomerEmailChange, updateCustomerProfile } from '../../session/account.js';
import type { CustomerIdentity, EmporixSession } from '../../session/index.js';
import { codeChoices, currencyNames, nameFields, titleName, wordList } from '../shared/customer-fields.js';
import { displayNames } from '../shared/display-names.js';
import { EmxElement } from '../shared/emx-element.js';
import { actionButton, checkboxField, flowLink, formFeedback, passwordField, selectField, submitButton, textField } from '../shared/fields.js';
import { DEFAULT_PASSWORD_POLICY, FormController, type FieldValue, type PasswordPolicy } from '../shared/form-controller.js';
import { offerToSavePassword } from '../shared/password-credential.js';
import { passwordPolicyHint, passwordPolicyProblem } from '../shared/password-policy.js';
import { takeUrlParameter } from '../shared/url-token.js';
import { accountStyles } from './emx-account.styles.js';
import { accountMessages, type AccountMessageKey } from './messages.js';
import { profileChanges, profileFormValues, rebaseEdits, type ProfileFormValues } from './profile.js';

/** The areas of the element, each with its own heading and form. */
const SECTIONS = ['profile', 'password', 'email'] as const;
type Section = (typeof SECTIONS)[number];

const LOAD_PROFILE = 'profile-load';
const CONFIRM_EMAIL = 'email-change-confirmation';

const hasRegistrationNumber = (values: Readonly<Record<string, FieldValue>>) => String(values.companyRegistrationId ?? '').trim() !== '';

/** The profile form's values, with the currency written the way the service stores it. */
function normalized(values: ProfileFormValues): ProfileFormValues {
  return { ...values, preferredCurrency: values.preferredCurrency.toUpperCase() };
}

/**
 * Puts a refusal that is about one field (a wrong current password, a taken email) on that
 * field: the form places server problems by their `details`.
 */
function onField(error: unknown, code: string, field: string, type: string): unknown {
  if (!(error instanceof EmporixError) || error.code !== code) return error;
  return new EmporixError({ kind: error.kind, status: error.status, code, message: error.message, details: [{ field, type }], cause: error });
}

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
  /** Whose data the forms hold; another customer (or none) starts them afresh. */
  #customerKey: string | undefined;
  /** The profile an edit started from (its values and version); `undefined` while viewing. */
  #editing: Customer | undefined;
  /** A save went through without the profile that follows it. */
  #reloadProfile = false;
  /** The session whose logins the element follows, and how to stop. */
  #followed: { session: EmporixSession; stop: () => void } | undefined;
  /** The sign-in email the email form was last filled with. */
  #prefilledEmail: string | undefined;
  /** While a requested change waits for its link to be opened: the email it changes from. */
  #emailBeforeChange: string | undefined;
  /** The emailed token; kept in memory only, once it has left the URL. */
  #emailToken: string | undefined;
  #tokenTaken = false;
  #confirmationStarted = false;
  /** Set once the change is confirmed: the new email when the session knows it, else `''`. */
  #confirmedEmail: string | undefined;
  /** Where the focus goes after the next render, when a change of view removed the focused control. */
  #focusTarget: string | undefined;

  readonly #profileForm = new FormController(this, this.localize, {
    operation: 'profile-update',
    fields: {
      title: {},
      firstName: { required: hasRegistrationNumber },
      middleName: {},
      lastName: { required: hasRegistrationNumber },
      // The contract: a contact email, once set, can be changed but not removed.
      contactEmail: { email: true, required: () => Boolean(this.#editing?.contactEmail) },
      contactPhone: {},
      company: { required: hasRegistrationNumber },
      preferredLanguage: {},
      preferredCurrency: { pattern: /^[A-Za-z]{3}$/ },
      preferredSite: {},
      companyRegistrationId: {},
    },
    submit: (values, signal) => this.#saveProfile(normalized(values), signal),
    success: (values) => ({ key: this.#changesOf(normalized(values)) ? 'account.profile_saved' : 'account.profile_unchanged' }),
  });

  readonly #passwordForm = new FormController(this, this.localize, {
    operation: 'password-change',
    fields: {
      currentPassword: { required: true, secret: true },
      newPassword: { required: true, secret: true, validate: (value) => passwordPolicyProblem(value, this.passwordPolicy) },
      confirmation: { required: true, secret: true, validate: (value, values) => (value === values.newPassword ? undefined : 'validation.mismatch') },
    },
    submit: async ({ currentPassword, newPassword }, signal) => {
      try {
        await changeCustomerPassword(this.session.require(), { currentPassword, newPassword }, { signal });
      } catch (error) {
        throw onField(error, 'invalid_credentials', 'currentPassword', 'wrong_current_password');
      }
      const email = this.session.snapshot?.customer?.email;
      if (email) offerToSavePassword({ email, password: newPassword });
      this.#passwordForm.reset(['currentPassword', 'newPassword', 'confirmation']);
      this.dispatchEvent(emxEvent('emx-password-change', {}));
    },
    success: { key: 'account.password_changed' },
  });

  readonly #emailForm = new FormController(this, this.localize, {
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
        await requestCustomerEmailChange(this.session.require(), { email, password, newEmail, syncContactEmail }, { signal });
      } catch (error) {
        throw onField(error, 'conflict_resource', 'newEmail', 'email_taken');
      }
      this.#emailBeforeChange = email;
      this.#emailForm.reset(['password']);
      this.#focusTarget = `#${this.#idPrefix}-email`;
      this.dispatchEvent(emxEvent('emx-email-change', { step: 'requested', newEmail }));
    },
    success: ({ newEmail }) => ({ key: 'account.email_change_sent', params: { email: newEmail } }),
  });

  /** Confirms the emailed link: at once on load, again from its "Try again" form after a transient failure. */
  readonly #confirmation = new FormController(this, this.localize, {
    operation: CONFIRM_EMAIL,
    fields: {},
    submit: (_values, signal) => this.#confirmEmailChange(signal),
  });

  constructor() {
    super(accountMessages);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#tokenTaken) return;
    this.#tokenTaken = true;
    this.#emailToken = takeUrlParameter(this.emailTokenParam);
  }

  override disconnectedCallback(): void {
    // A confirmation cut short by leaving the page runs again when the element comes back.
    if (this.#confirmation.action(CONFIRM_EMAIL).busy) this.#confirmationStarted = false;
    super.disconnectedCallback();
    this.#followed?.stop();
    this.#followed = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const snapshot = this.session.snapshot;
    const customer = snapshot?.status === 'customer' ? snapshot.customer : undefined;
    const customerKey = customer && (customer.customerNumber ?? customer.email ?? '');
    if (customerKey !== this.#customerKey) this.#startOver(customerKey);
    if (customer) this.#prefillEmail(customer);
    // Only while on the page: a removed element must not hold a subscription.
    this.#followLogins(this.isConnected && snapshot ? this.session.require() : undefined);
    if (this.#reloadProfile && !this.#profileForm.action().blocked) {
      this.#reloadProfile = false;
      void this.#loadProfile();
    }
    if (snapshot && this.#emailToken && !this.#confirmationStarted) {
      this.#confirmationStarted = true;
      void this.#confirmation.run(CONFIRM_EMAIL, (signal) => this.#confirmEmailChange(signal));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.#focusTarget) return;
    const target = this.querySelector<HTMLElement>(this.#focusTarget);
    this.#focusTarget = undefined;
    target?.focus();
  }

  protected override render() {
    const snapshot = this.session.snapshot;
    const t = this.localize;
    let content;
    if (!snapshot) content = html`<p part="notice text">${t.term('account.not_configured')}</p>`;
    else if (snapshot.status === 'customer' && snapshot.customer) content = this.#renderSections(snapshot.customer);
    else {
      content = html`<p part="text">${t.term('account.signed_out')}</p>
        <div part="links">${flowLink(this, { to: 'login', href: this.loginHref, label: t.term('account.sign_in') })}</div>`;
    }
    return html`<div class="emx-root" part="base">${this.renderHeading(t.term('account.heading'))} ${this.#renderConfirmation()} ${content}</div>`;
  }

  // ---------------------------------------------------------------- state

  /** Another customer, or none: nothing of the previous one stays in the forms. */
  #startOver(customerKey: string | undefined): void {
    this.#customerKey = customerKey;
    for (const form of [this.#profileForm, this.#passwordForm, this.#emailForm]) form.reset();
    this.#editing = this.#emailBeforeChange = this.#prefilledEmail = undefined;
    this.#reloadProfile = false;
  }

  /**
   * A login loads the profile itself, so the element loads it only when the session has none
   * once a login is over (the login's load failed), or from the start (a stored session without one).
   */
  #followLogins(session: EmporixSession | undefined): void {
    if (this.#followed?.session === session) return;
    this.#followed?.stop();
    this.#followed = session && { session, stop: session.on('login', () => this.#loadMissingProfile()) };
    this.#loadMissingProfile();
  }

  #loadMissingProfile(): void {
    const snapshot = this.session.snapshot;
    if (snapshot?.status === 'customer' && !snapshot.customer?.profile) void this.#loadProfile();
  }

  /** The current sign-in email, in the email form. */
  #prefillEmail(customer: CustomerIdentity): void {
    if (customer.email && customer.email !== this.#prefilledEmail) {
      this.#prefilledEmail = customer.email;
      const contactEmail = customer.profile?.contactEmail;
      this.#emailForm.setValues({
        email: customer.email,
        syncContactEmail: !contactEmail || contactEmail.toLowerCase() === customer.email.toLowerCase(),
      });
    }
  }

  #loadProfile(): Promise<boolean> {
    return this.#profileForm.run(LOAD_PROFILE, (signal) => this.session.require().loadProfile({ signal }));
  }

  #changesOf(values: ProfileFormValues) {
    const changes = this.#editing && profileChanges(values, this.#editing);
    return changes && Object.keys(changes).length > 0 ? changes : undefined;
  }

  #openEditor(profile: Customer): void {
    this.#profileForm.reset();
    this.#profileForm.setValues(profileFormValues(profile));
    this.#editing = profile;
    this.#focusTarget = '[part~="profile-form"] [name]';
  }

  #closeEditor(): void {
    this.#editing = undefined;
    this.#focusTarget = '[part~="edit-profile"]';
    this.requestUpdate();
  }

  async #saveProfile(values: ProfileFormValues, signal: AbortSignal): Promise<void> {
    const base = this.#editing;
    const changes = this.#changesOf(values);
    if (!base || !changes) return this.#closeEditor();
    const version = base.metadata?.version;
    let saved: Customer | undefined;
    try {
      saved = await updateCustomerProfile(this.session.require(), version === undefined ? changes : { ...changes, metadata: { version } }, { signal });
    } catch (error) {
      if (error instanceof EmporixError && error.code === 'version_conflict') await this.#rebase(base, signal);
      throw error;
    }
    // Saved, but the session could not reload the profile (it dropped the outdated one): load it once this run is over.
    this.#reloadProfile = saved === undefined;
    this.#closeEditor();
    this.dispatchEvent(emxEvent('emx-profile-change', {}));
  }

  /** Someone saved the profile meanwhile: continue from theirs, with the customer's edits on top. */
  async #rebase(base: Customer, signal: AbortSignal): Promise<void> {
    // When even this load fails, the next save meets the conflict again and tries again.
    const latest = await this.session
      .require()
      .loadProfile({ signal })
      .catch(() => undefined);
    if (!latest) return;
    this.#profileForm.setValues(rebaseEdits(this.#profileForm.values as ProfileFormValues, base, latest));
    this.#editing = latest;
  }

  async #confirmEmailChange(signal: AbortSignal): Promise<void> {
    if (!this.#emailToken) return;
    const signedInEmail = () => (this.session.snapshot?.status === 'customer' ? this.session.snapshot.customer?.email : undefined);
    const before = signedInEmail();
    await confirmCustomerEmailChange(this.session.require(), this.#emailToken, { signal });
    this.#emailToken = undefined;
    // Signed in, the session has reloaded the profile, whose email is the new one (unless that reload failed).
    const after = signedInEmail();
    const newEmail = after !== before ? after : undefined;
    this.#confirmedEmail = newEmail ?? '';
    this.#emailBeforeChange = undefined;
    this.dispatchEvent(emxEvent('emx-email-change', newEmail ? { step: 'confirmed', newEmail } : { step: 'confirmed' }));
  }

  #useOtherEmail(): void {
    const { email, newEmail, syncContactEmail } = this.#emailForm.values;
    this.#emailForm.reset();
    this.#emailForm.setValues({ email, newEmail, syncContactEmail });
    this.#emailBeforeChange = undefined;
    this.#focusTarget = '[part~="email-form"] [name="newEmail"]';
  }

  // ---------------------------------------------------------------- rendering

  #renderSections(customer: CustomerIdentity) {
    const chosen = this.sections.split(/\s+/).filter((name): name is Section => (SECTIONS as readonly string[]).includes(name));
    return [...new Set(chosen)].map((section) => {
      if (section === 'profile') return this.#renderProfile(customer);
      if (section === 'password') return this.#renderPassword(customer);
      return this.#renderEmail();
    });
  }

  /** An area under the element's heading: its heading one level below, focusable for when its view changes. */
  #section(name: string, heading: string, content: unknown): TemplateResult {
    const id = `${this.#idPrefix}-${name}`;
    return html`<section part=${`section ${name}-section`} aria-labelledby=${id}>
      ${this.renderSubheading('section-heading', id, heading)} ${content}
    </section>`;
  }

  #renderConfirmation() {
    if (!this.#emailToken && this.#confirmedEmail === undefined) return nothing;
    const t = this.localize;
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
    return this.#section(
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

  #renderProfile(customer: CustomerIdentity) {
    const t = this.localize;
    const form = this.#profileForm;
    const profile = customer.profile;
    let content;
    if (this.#editing) content = this.#renderProfileForm();
    else if (profile) content = this.#renderProfileView(customer, profile);
    else if (form.failure && !form.action(LOAD_PROFILE).busy) {
      content = actionButton(form.action(LOAD_PROFILE), {
        label: t.term('account.profile_retry'),
        busyLabel: t.term('account.profile_retrying'),
        part: 'retry',
        onClick: () => void this.#loadProfile(),
      });
    } else content = html`<p part="text">${t.term('account.profile_loading')}</p>`;
    return this.#section('profile', t.term('account.profile_heading'), html`${formFeedback(form.feedback)} ${content}`);
  }

  #renderProfileView(customer: CustomerIdentity, profile: Customer) {
    const t = this.localize;
    const name = [titleName(t, profile.title ?? ''), profile.firstName, profile.middleName, profile.lastName].filter(Boolean).join(' ');
    const rows: Array<[string, string | undefined]> = [
      [t.term('account.name'), name],
      [t.term('account.login_email'), customer.email],
      [t.term('account.contact_email'), profile.contactEmail],
      [t.term('account.phone'), profile.contactPhone],
      [t.term('account.company'), profile.company],
      [t.term('account.company_registration_id'), profile.b2b?.companyRegistrationId],
      [t.term('account.language'), profile.preferredLanguage && displayNames(t.lang, 'language')(profile.preferredLanguage)],
      [t.term('account.currency'), profile.preferredCurrency && currencyNames(t.lang)(profile.preferredCurrency)],
      [t.term('account.site'), profile.preferredSite],
    ];
    return html`<dl part="profile">
        ${rows.map(
          ([label, value]) =>
            html`<div part="profile-row">
              <dt part="profile-label">${label}</dt>
              <dd part=${value ? 'profile-value' : 'profile-value not-given'}>${value || t.term('account.not_given')}</dd>
            </div>`,
        )}
      </dl>
      <div part="actions">
        <button part="button edit-profile" type="button" @click=${() => this.#openEditor(profile)}>${t.term('account.edit_profile')}</button>
      </div>`;
  }

  #renderProfileForm() {
    const t = this.localize;
    const form = this.#profileForm;
    return html`<form part="form profile-form" ${form.attach()}>
      ${nameFields(form, t, 'account', codeChoices(this.titles, String(form.values.title), (code) => titleName(t, code)))}
      ${textField(form.field('contactEmail'), {
        label: t.term('account.contact_email'),
        type: 'email',
        autocomplete: 'email',
        hint: t.term('account.contact_email_hint'),
      })}
      ${textField(form.field('contactPhone'), { label: t.term('account.phone'), type: 'tel', autocomplete: 'tel' })}
      ${textField(form.field('company'), { label: t.term('account.company'), autocomplete: 'organization' })}
      ${textField(form.field('companyRegistrationId'), {
        label: t.term('account.company_registration_id'),
        autocomplete: 'off',
        hint: t.term('account.company_registration_id_hint'),
      })}
      ${this.#preferenceField('preferredLanguage', this.languages, {
        label: t.term('account.language'),
        hint: t.term('account.language_hint'),
        autocomplete: 'language',
        nameOf: displayNames(t.lang, 'language'),
      })}
      ${this.#preferenceField('preferredCurrency', this.currencies, {
        label: t.term('account.currency'),
        hint: t.term('account.currency_hint'),
        autocomplete: 'transaction-currency',
        nameOf: currencyNames(t.lang),
      })}
      ${this.#preferenceField('preferredSite', this.sites, { label: t.term('account.site'), autocomplete: 'off', nameOf: (code) => code })}
      <div part="actions">
        ${submitButton(form.action(), { label: t.term('account.save_profile'), busyLabel: t.term('account.saving_profile') })}
        <button
          part="button cancel"
          type="button"
          @click=${() => {
            if (form.action().blocked) return;
            form.reset();
            this.#closeEditor();
          }}
        >
          ${t.term('account.cancel')}
        </button>
      </div>
    </form>`;
  }

  /** A select when the shop lists the codes, a text field otherwise. */
  #preferenceField(
    name: 'preferredLanguage' | 'preferredCurrency' | 'preferredSite',
    codes: readonly string[],
    options: { label: string; hint?: string; autocomplete: string; nameOf: (code: string) => string },
  ) {
    const field = this.#profileForm.field(name);
    if (codes.length === 0) return textField(field, options);
    return selectField(field, {
      label: options.label,
      autocomplete: options.autocomplete,
      placeholder: this.localize.term('account.no_preference'),
      options: codeChoices(codes, String(field.value), options.nameOf),
    });
  }

  #renderPassword(customer: CustomerIdentity) {
    const t = this.localize;
    const form = this.#passwordForm;
    return this.#section(
      'password',
      t.term('account.password_heading'),
      html`${formFeedback(form.feedback)}
        <form part="form password-form" ${form.attach()}>
          ${customer.email
            ? // Tells a password manager which account the new password belongs to.
              html`<input type="email" autocomplete="username" .value=${customer.email} hidden readonly />`
            : nothing}
          ${passwordField(form.field('currentPassword'), { label: t.term('account.current_password'), autocomplete: 'current-password' })}
          ${passwordField(form.field('newPassword'), {
            label: t.term('account.new_password'),
            autocomplete: 'new-password',
            hint: t.render(passwordPolicyHint(this.passwordPolicy)),
          })}
          ${passwordField(form.field('confirmation'), { label: t.term('account.repeat_password'), autocomplete: 'new-password' })}
          ${submitButton(form.action(), { label: t.term('account.change_password'), busyLabel: t.term('account.changing_password') })}
        </form>`,
    );
  }

  #renderEmail() {
    const t = this.localize;
    const form = this.#emailForm;
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
    return this.#section('email', t.term('account.email_heading'), html`${formFeedback(form.feedback)} ${content}`);
  }
}
