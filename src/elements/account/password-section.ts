import { html, nothing } from 'lit';
import { emxEvent } from '../../events.js';
import { changeCustomerPassword } from '../../session/account.js';
import type { CustomerIdentity } from '../../session/index.js';
import { formFeedback, passwordField, submitButton } from '../shared/fields.js';
import { FormController } from '../shared/form-controller.js';
import { offerToSavePassword } from '../shared/password-credential.js';
import { passwordPolicyHint, passwordPolicyProblem, type PasswordPolicy } from '../shared/password-policy.js';
import { onField, type AccountSectionContext } from './account-section.js';

/** The password area: the current password and a new one, checked against the element's policy. */
export class PasswordSection {
  readonly #context: AccountSectionContext;
  readonly #policy: () => PasswordPolicy;

  readonly #form;

  /** `policy` is the element's `password-policy`, read when it is needed. */
  constructor(context: AccountSectionContext, policy: () => PasswordPolicy) {
    this.#context = context;
    this.#policy = policy;
    const form = new FormController(context.host, context.localize, {
      operation: 'password-change',
      fields: {
        currentPassword: { required: true, secret: true },
        newPassword: { required: true, secret: true, validate: (value) => passwordPolicyProblem(value, this.#policy()) },
        confirmation: { required: true, secret: true, validate: (value, values) => (value === values.newPassword ? undefined : 'validation.mismatch') },
      },
      submit: async ({ currentPassword, newPassword }, signal) => {
        try {
          await changeCustomerPassword(context.session.require(), { currentPassword, newPassword }, { signal });
        } catch (error) {
          throw onField(error, 'invalid_credentials', 'currentPassword', 'wrong_current_password');
        }
        const email = context.session.snapshot?.customer?.email;
        if (email) offerToSavePassword({ email, password: newPassword });
        form.reset(['currentPassword', 'newPassword', 'confirmation']);
        context.host.dispatchEvent(emxEvent('emx-password-change', {}));
      },
      success: { key: 'account.password_changed' },
    });
    this.#form = form;
    context.session.onCustomerChange(() => form.reset());
  }

  render(customer: CustomerIdentity) {
    const t = this.#context.localize;
    const form = this.#form;
    return this.#context.section(
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
            hint: t.render(passwordPolicyHint(this.#policy())),
          })}
          ${passwordField(form.field('confirmation'), { label: t.term('account.repeat_password'), autocomplete: 'new-password' })}
          ${submitButton(form.action(), { label: t.term('account.change_password'), busyLabel: t.term('account.changing_password') })}
        </form>`,
    );
  }
}
