import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CustomerIdentity, EmporixSession } from '../../session/index.js';
import { resendCustomerOptIn } from '../../session/signup.js';
import { actionButton, formFeedback, submitButton, textField } from '../shared/fields.js';
import { FormController } from '../shared/form-controller.js';
import type { LocalizeController } from '../shared/localize.js';
import type { SharedMessageKey } from '../shared/messages.js';
import { takeUrlParameter } from '../shared/url-token.js';
import type { SignupMessageKey } from './messages.js';

/** `ready`: waiting for the customer's click; `failed`: on the way (retry) or the link was refused. */
type OptInState = 'ready' | 'confirming' | 'confirmed' | 'failed';

/** What the section needs of the element it belongs to. */
export interface OptInSectionOptions {
  readonly localize: LocalizeController<SignupMessageKey | SharedMessageKey>;
  readonly session: () => EmporixSession;
  /** The name of the URL parameter carrying the token (`optin-param`); empty: no confirmation. */
  readonly param: () => string;
  readonly heading: (text: string) => TemplateResult;
  readonly signInLink: () => TemplateResult;
}

/**
 * The double opt-in confirmation on the page its email link opens: takes the token out of the
 * address bar when the element connects, offers "Confirm and sign in", and shows what followed
 * (signed in, link already used, confirmation failed on the way, a customer already signed in),
 * with a new link by email when the token no longer works.
 */
export class OptInSection implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: OptInSectionOptions;
  #token: string | undefined;
  #state: OptInState = 'ready';
  /** The code of the confirmation's failure, kept apart from later resend failures. */
  #failureCode: string | undefined;

  /** The opt-in confirmation, and a new link by email when the token no longer works. */
  readonly #form: FormController<{ email: { required: true; email: true } }, SignupMessageKey | SharedMessageKey>;

  constructor(host: ReactiveControllerHost & HTMLElement, options: OptInSectionOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#form = new FormController(host, options.localize, {
      operation: 'resend-opt-in',
      fields: { email: { required: true, email: true } },
      submit: ({ email }, signal) => resendCustomerOptIn(options.session(), email, { signal }),
      success: ({ email }) => ({ key: 'signup.resent', params: { email } }),
    });
  }

  /** Out of the address bar and the history at once; the section keeps it for a retry. */
  hostConnected(): void {
    const param = this.#options.param();
    if (this.#token || !param) return;
    this.#token = takeUrlParameter(param) || undefined;
  }

  /**
   * Whether the page shows this section: a link was opened, and "Signed in as …" after the
   * confirmation holds only while that customer stays signed in.
   */
  shows(customer: CustomerIdentity | undefined): boolean {
    return this.#token !== undefined && (this.#state !== 'confirmed' || customer !== undefined);
  }

  /**
   * Only on the customer's click, and never over a signed-in customer (the session refuses that
   * too, with `customer_signed_in`). The first attempt shows "confirming…"; a retry keeps the
   * failure view with its busy button.
   */
  async #confirm(token: string): Promise<void> {
    const session = this.#options.session();
    if (session.snapshot.status === 'customer' || this.#form.action().blocked) return;
    if (this.#state === 'ready') this.#state = 'confirming';
    this.#host.requestUpdate();
    const confirmed = await this.#form.run('confirm-opt-in', (signal) => session.confirmOptIn(token, { signal }));
    const failureCode = this.#form.failure?.code;
    if (!this.#host.isConnected || failureCode === 'customer_signed_in') {
      // Removed meanwhile (the request was aborted), or someone signed in first: it takes a new click.
      this.#state = 'ready';
    } else {
      this.#state = confirmed ? 'confirmed' : 'failed';
      this.#failureCode = failureCode;
    }
    this.#host.requestUpdate();
  }

  /** "Sign out and continue": the signed-in customer leaves first, then the link can be confirmed. */
  #signOut(): void {
    void this.#form.run('sign-out', async () => {
      await this.#options.session().logout();
      this.#state = 'ready';
    });
  }

  render(customer: CustomerIdentity | undefined): TemplateResult {
    const token = this.#token ?? '';
    const { localize: t, heading, signInLink } = this.#options;
    if (this.#state === 'confirmed') {
      const name = customer?.name?.firstName ?? customer?.email ?? customer?.customerNumber ?? '';
      return html`${heading(t.term('signup.confirmed_heading'))}
        <p part="text">${t.term('signup.confirmed', { name })}</p>`;
    }
    if (this.#state === 'confirming') {
      return html`${heading(t.term('signup.confirming_heading'))}
        <p part="text" role="status">${t.term('signup.confirming')}</p>`;
    }
    if (customer && this.#failureCode !== 'invalid_token') return this.#renderSignedIn(customer);
    if (this.#state === 'ready') return this.#renderReady(token);
    const form = this.#form;
    if (this.#failureCode === 'invalid_token') {
      // Also what a confirmation whose answer was lost ends in (the browser may resend the GET,
      // which finds the token spent): the account is then confirmed, and signing in works.
      return html`${heading(t.term('signup.link_unusable_heading'))}
        <form part="form" ${form.attach()}>
          ${formFeedback(form.feedback)}
          <p part="text">${t.term('signup.link_used_sign_in')} ${signInLink()}</p>
          <p part="text">${t.term('signup.request_new_link')}</p>
          ${textField(form.field('email'), { label: t.term('signup.email'), type: 'email', autocomplete: 'email' })}
          ${submitButton(form.action(), { label: t.term('signup.send_new_link'), busyLabel: t.term('signup.resending') })}
        </form>`;
    }
    return html`${heading(t.term('signup.confirm_failed_heading'))}
      <form part="form" ${form.attach()}>
        ${formFeedback(form.feedback)}
        ${actionButton(form.action('confirm-opt-in'), {
          label: t.term('signup.confirm_retry'),
          busyLabel: t.term('signup.confirm_retrying'),
          part: 'retry',
          onClick: () => void this.#confirm(token),
        })}
      </form>`;
  }

  /** The link's account is not named: the link is all the page has, and whoever sent it chose it. */
  #renderReady(token: string): TemplateResult {
    const { localize: t, heading } = this.#options;
    const form = this.#form;
    return html`${heading(t.term('signup.confirm_heading'))}
      <form part="form" ${form.attach()}>
        ${formFeedback(form.feedback)}
        <p part="text">${t.term('signup.confirm_intro')}</p>
        ${actionButton(form.action('confirm-opt-in'), {
          label: t.term('signup.confirm'),
          busyLabel: t.term('signup.confirm_retrying'),
          part: 'confirm',
          onClick: () => void this.#confirm(token),
        })}
      </form>`;
  }

  #renderSignedIn(customer: CustomerIdentity): TemplateResult {
    const { localize: t, heading } = this.#options;
    const form = this.#form;
    return html`${heading(t.term('signup.confirm_heading'))}
      <form part="form" ${form.attach()}>
        ${formFeedback(form.feedback)}
        <p part="notice text">${t.term('signup.optin_signed_in', { name: customer.email ?? customer.customerNumber ?? '' })}</p>
        ${actionButton(form.action('sign-out'), {
          label: t.term('signup.sign_out_and_continue'),
          busyLabel: t.term('signup.signing_out'),
          part: 'sign-out',
          onClick: () => this.#signOut(),
        })}
      </form>`;
  }
}
