import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { EmporixError } from '../../api/index.js';
import type { CustomerIdentity } from '../../session/types.js';
import type { ResolvedSocialProvider, SocialLogin } from '../../session/social.js';
import type { SocialLoginError } from '../../session/social-error.js';
import { socialLoginOf, watchSocialLogin } from '../../session/social-access.js';
import { resendCustomerOptIn } from '../../session/signup.js';
import { EmxElement } from '../shared/emx-element.js';
import { actionButton, flowLink, formFeedback, passwordField, submitButton, textField } from '../shared/fields.js';
import { FormController, type FormFeedback } from '../shared/form-controller.js';
import { offerToSavePassword } from '../shared/password-credential.js';
import { loginStyles } from './emx-login.styles.js';
import { loginMessages, type LoginMessageKey } from './messages.js';

/** The form's run for a provider's button, prefixed so that no provider id collides with the form's own runs (`submit`, `resend-activation`). */
function socialAction(providerId: string): string {
  return `social:${providerId}`;
}

/**
 * Resolves when the page is shown again from the back-forward cache (the customer came back from
 * the provider with Back), or when `signal` aborts.
 */
function pageShownAgain(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    window.addEventListener('pageshow', () => resolve(), { once: true, signal });
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

function displayName(customer: CustomerIdentity | undefined): string {
  const name = [customer?.name?.firstName, customer?.name?.lastName].filter(Boolean).join(' ');
  return name || customer?.email || customer?.customerNumber || '';
}

/**
 * Email and password sign-in for Emporix customers, and who is signed in once they are.
 *
 * Above the form, one "Continue with …" button per social-login provider configured on the
 * session (`<emx-session providers>`). After the redirect back from the provider, the element
 * says "Signing you in…" while the session completes the sign-in, and shows why it failed when it
 * did (`socialLoginOf(session).lastError`) until the customer dismisses the message or signs in again.
 *
 * Renders into its own light DOM so password managers fill and save it like any form of the
 * page; after a successful login it also hands the credential to the browser where the
 * Credential Management API exists. Needs an `<emx-session>` somewhere on the page.
 *
 * A page with the element sends nothing until the visitor starts on the form: the first focus
 * or keystroke fetches the anonymous token that authorizes the login, so the submit itself costs
 * only the login and the profile.
 *
 * Parts are styling hooks in the light DOM: select them as `emx-login [part~="input"]`
 * (`::part()` only reaches shadow trees).
 *
 * @summary Customer sign-in: email and password or social login, specific failure messages, signed-in state and sign-out.
 *
 * @event emx-error - A sign-in, resend or sign-out failed; `detail`: `operation` (`login`, `resend-activation`, `logout`), `code`, `status`, `error`. A failed social sign-in is announced once, by `<emx-session>` (operation `social-login`).
 * @event emx-navigate - "Create account" or "Forgot password?" was chosen and no `*-href` is set; `detail.to`: `signup` or `password-reset`.
 *
 * The login itself is announced by `<emx-session>` (`emx-login`, `emx-logout`, `emx-session-change`).
 *
 * @csspart base - The element's box (light DOM: style it as `emx-login [part~="base"]`).
 * @csspart heading - "Sign in", or "Signed in as …" once signed in.
 * @csspart alternatives - The list of social sign-in buttons above the form (absent without providers); `aria-busy` while a sign-in completes.
 * @csspart alternative - One item of that list, with `data-provider` set to the provider's id.
 * @csspart social-button - A provider's "Continue with …" button.
 * @csspart social-icon - The provider's icon in its button, when the provider has one.
 * @csspart form - The sign-in form, and the sign-out form.
 * @csspart error-summary - Live region (`role="alert"`) with what went wrong.
 * @csspart status - Live region (`role="status"`) with what went right, and "Signing you in…" after the redirect back from a provider.
 * @csspart dismiss - The button that dismisses a social sign-in's failure.
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
 * @csspart company - "Buying for …": the company (legal entity) a business customer acts for, once one is active.
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

  /** URL of the shop's sign-up page (relative, `http:` or `https:`); without it, or with another kind of URL, "Create account" fires `emx-navigate`. */
  @property({ attribute: 'signup-href' }) signupHref = '';

  /** URL of the shop's password-reset page (relative, `http:` or `https:`); without it, or with another kind of URL, "Forgot password?" fires `emx-navigate`. */
  @property({ attribute: 'password-reset-href' }) passwordResetHref = '';

  /** The email of an account the last sign-in found waiting for its opt-in: "send again" stays offered, also after a failed resend. */
  #waitingForOptIn: string | undefined;

  /** Whether the anonymous token for the login was asked for already (see `#prepare`). */
  #prepared = false;

  readonly #login = new FormController(this, this.localize, {
    operation: 'login',
    fields: {
      email: { required: true, email: true },
      password: { required: true, secret: true },
    },
    submit: async ({ email, password }, signal) => {
      this.#waitingForOptIn = undefined;
      const snapshot = await this.session
        .require()
        .login({ email, password }, { signal })
        .catch((error: unknown) => {
          if (error instanceof EmporixError && error.code === 'optin_pending') this.#waitingForOptIn = email;
          throw error;
        });
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
    this.session.watch((session, changed) => watchSocialLogin(session, changed));
  }

  /**
   * Signed in, the password leaves the form at once: the login answers only after the profile
   * has loaded, and a sign-out before that must not bring the form back filled in.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.session.snapshot?.status === 'customer') this.#login.reset(['password']);
  }

  protected override render() {
    const snapshot = this.session.snapshot;
    let content;
    if (!snapshot) content = this.#renderNotConfigured();
    else if (snapshot.status === 'customer') content = this.#renderSignedIn(snapshot.customer);
    else content = this.#renderSignIn(socialLoginOf(this.session.require()));
    return this.renderBase('login', content);
  }

  #renderNotConfigured() {
    const t = this.localize;
    return html`${this.renderHeading(t.term('login.heading'))}
      <p part="notice text">${t.term('login.not_configured')}</p>`;
  }

  #renderSignedIn(customer: CustomerIdentity | undefined) {
    const t = this.localize;
    const name = displayName(customer);
    const company = customer?.legalEntities?.find((entity) => entity.id === customer.legalEntityId);
    return html`${this.renderHeading(t.term('login.signed_in_as', { name }))}
      ${customer?.email && customer.email !== name ? html`<p part="customer-email">${customer.email}</p>` : nothing}
      ${company ? html`<p part="company">${t.term('login.company', { company: company.name || company.id })}</p>` : nothing}
      <form part="form" ${this.#signOut.attach()}>
        ${formFeedback(this.#signOut.feedback)}
        ${submitButton(this.#signOut.action(), { label: t.term('login.sign_out'), busyLabel: t.term('login.signing_out'), part: 'sign-out' })}
      </form>`;
  }

  /** `social` is undefined on a page without social login (no providers): the form alone. */
  #renderSignIn(social: SocialLogin | undefined) {
    const t = this.localize;
    const form = this.#login;
    const feedback = this.#feedback(social);
    const showsSocialError = feedback.error !== undefined && form.feedback.error === undefined;
    // Submitting clears the social failure: from then on the summary speaks of the password attempt.
    return html`${this.renderHeading(t.term('login.heading'))} ${this.#renderProviders(social)}
      <form part="form" ${form.attach()} @submit=${() => social?.clearLastError()} @focusin=${this.#prepare} @input=${this.#prepare}>
        ${formFeedback(feedback)} ${showsSocialError && social ? this.#renderDismiss(social) : nothing}
        ${this.#waitingForOptIn ? this.#renderResend(this.#waitingForOptIn) : nothing}
        ${textField(form.field('email'), { label: t.term('login.email'), type: 'email', autocomplete: 'username' })}
        ${passwordField(form.field('password'), { label: t.term('login.password'), autocomplete: 'current-password' })}
        ${submitButton(form.action(), { label: t.term('login.submit'), busyLabel: t.term('login.submitting') })}
      </form>
      <div part="links">
        ${flowLink(this, { to: 'password-reset', href: this.passwordResetHref, label: t.term('login.forgot_password') })}
        ${flowLink(this, { to: 'signup', href: this.signupHref, label: t.term('login.create_account') })}
      </div>`;
  }

  /**
   * The contract authorizes the login with an anonymous token: fetched once, as soon as the
   * visitor starts on the form (a submit right away shares that request), the submit sends only
   * the login and the profile. A failure here is left to the submit, which asks again and
   * reports it; focus landing on that report must not start another fetch in the background.
   */
  readonly #prepare = (): void => {
    // Signed in meanwhile (another tab), or the session just left: this form is about to go.
    const status = this.session.snapshot?.status;
    if (this.#prepared || !status || status === 'customer') return;
    this.#prepared = true;
    this.session
      .require()
      .getAnonymousToken()
      .catch(() => undefined);
  };

  /**
   * The form's feedback, completed by the social sign-in's, which comes from the session: after
   * the redirect back no run of this form knows about it.
   */
  #feedback(social: SocialLogin | undefined): FormFeedback {
    const feedback = this.#login.feedback;
    const socialError = social?.lastError;
    return {
      errorId: feedback.errorId,
      error: feedback.error ?? (socialError && this.#socialErrorText(socialError)),
      status: social?.completing ? this.localize.term('login.social.completing') : feedback.status,
    };
  }

  #socialErrorText(error: SocialLoginError): string {
    // The provider's own `error_description` is left out: untranslated free text, kept only in the error's `message`.
    return this.localize.lookup(`login.social.error.${error.code}`) ?? this.localize.term('error.unknown');
  }

  #renderDismiss(social: SocialLogin) {
    return html`<button part="button dismiss" type="button" @click=${() => social.clearLastError()}>${this.localize.term('login.social.dismiss')}</button>`;
  }

  #renderResend(email: string) {
    const t = this.localize;
    return actionButton(this.#login.action('resend-activation'), {
      label: t.term('login.resend_activation'),
      busyLabel: t.term('login.resending_activation'),
      part: 'resend-activation',
      onClick: () =>
        void this.#login.run('resend-activation', () => resendCustomerOptIn(this.session.require(), email), {
          success: { key: 'login.activation_resent', params: { email } },
        }),
    });
  }

  #renderProviders(social: SocialLogin | undefined) {
    if (!social || social.providers.length === 0) return nothing;
    return html`<ul part="alternatives" aria-busy=${social.completing ? 'true' : nothing}>
      ${social.providers.map((provider) => html`<li part="alternative" data-provider=${provider.id}>${this.#renderProvider(social, provider)}</li>`)}
    </ul>`;
  }

  #renderProvider(social: SocialLogin, provider: ResolvedSocialProvider) {
    const t = this.localize;
    const action = this.#login.action(socialAction(provider.id));
    const name = { provider: provider.label };
    return actionButton(
      // While the session completes a sign-in, starting another would race it.
      { busy: action.busy, blocked: action.blocked || social.completing },
      {
        label: t.term('login.social.continue_with', name),
        busyLabel: t.term('login.social.connecting', name),
        part: 'social-button',
        icon: provider.icon ? html`<img part="social-icon" src=${provider.icon} alt="" width="20" height="20" />` : undefined,
        onClick: () => void this.#signInWith(social, provider.id),
      },
    );
  }

  #signInWith(social: SocialLogin, providerId: string): Promise<boolean> {
    const signIn = async (signal: AbortSignal): Promise<void> => {
      try {
        const signedIn = await social.signIn(providerId);
        // A redirect resolves as the page starts to leave: the button stays busy until it is gone.
        if (!signedIn) await pageShownAgain(signal);
      } catch (error) {
        // Social login keeps the failure (shown from `lastError`) and <emx-session> announces it: not a second time here.
        if (error !== social.lastError) throw error;
      }
    };
    // The customer is at the provider, at their own pace: no deadline.
    return this.#login.run(socialAction(providerId), signIn, { deadline: false });
  }
}
