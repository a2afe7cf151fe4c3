import { html, type ReactiveController } from 'lit';
import { EmporixError, type Customer } from '../../api/index.js';
import { emxEvent } from '../../events.js';
import { updateCustomerProfile } from '../../session/account.js';
import type { CustomerIdentity } from '../../session/index.js';
import { codeChoices, currencyNames, nameFields, titleName } from '../shared/customer-fields.js';
import { displayNames } from '../shared/display-names.js';
import { actionButton, formFeedback, selectField, submitButton, textField } from '../shared/fields.js';
import { FormController, type FieldValue } from '../shared/form-controller.js';
import type { AccountSectionContext, AccountTextKey } from './account-section.js';
import { profileChanges, profileFormValues, rebaseEdits, type ProfileFormValues } from './profile.js';

const LOAD_PROFILE = 'profile-load';

/** The codes the shop offers in the profile form (the element's attributes of the same names). */
export interface ProfileChoices {
  readonly titles: readonly string[];
  readonly languages: readonly string[];
  readonly currencies: readonly string[];
  readonly sites: readonly string[];
}

const hasRegistrationNumber = (values: Readonly<Record<string, FieldValue>>) => String(values.companyRegistrationId ?? '').trim() !== '';

/** The profile form's values, with the currency written the way the service stores it. */
function normalized(values: ProfileFormValues): ProfileFormValues {
  return { ...values, preferredCurrency: values.preferredCurrency.toUpperCase() };
}

/**
 * The profile area: the profile as a list, and its form for editing through PATCH /me. Saving
 * sends only what changed, with the profile's version; after a version conflict it continues
 * from the newer profile with the customer's edits on top.
 */
export class ProfileSection implements ReactiveController {
  readonly #context: AccountSectionContext;
  readonly #choices: ProfileChoices;
  /** The profile an edit started from (its values and version); `undefined` while viewing. */
  #editing: Customer | undefined;
  /** A save went through without the profile that follows it. */
  #reloadProfile = false;
  /** The page's session is a new one to this section: load the profile if it has none. */
  #sessionFollowed = false;

  readonly #form: FormController<ProfileFields, AccountTextKey>;

  constructor(context: AccountSectionContext, choices: ProfileChoices) {
    this.#context = context;
    this.#choices = choices;
    context.host.addController(this);
    this.#form = new FormController(context.host, context.localize, {
      operation: 'profile-update',
      fields: profileFields(() => this.#editing),
      submit: (values, signal) => this.#save(normalized(values), signal),
      success: (values) => ({ key: this.#changesOf(normalized(values)) ? 'account.profile_saved' : 'account.profile_unchanged' }),
    });
    context.session.onCustomerChange(() => {
      this.#form.reset();
      this.#editing = undefined;
      this.#reloadProfile = false;
    });
    // A login loads the profile itself, so the section loads it only when the session has none
    // once a login is over (the login's load failed), or from the start (a stored session without one).
    context.session.watch((session) => {
      this.#sessionFollowed = true;
      return session.on('login', () => this.#loadMissingProfile());
    });
  }

  hostUpdate(): void {
    if (this.#sessionFollowed) {
      this.#sessionFollowed = false;
      this.#loadMissingProfile();
    }
    if (this.#reloadProfile && !this.#form.action().blocked) {
      this.#reloadProfile = false;
      void this.#load();
    }
  }

  render(customer: CustomerIdentity) {
    const t = this.#context.localize;
    const form = this.#form;
    const profile = customer.profile;
    let content;
    if (this.#editing) content = this.#renderForm();
    else if (profile) content = this.#renderView(customer, profile);
    else if (form.failure && !form.action(LOAD_PROFILE).busy) {
      content = actionButton(form.action(LOAD_PROFILE), {
        label: t.term('account.profile_retry'),
        busyLabel: t.term('account.profile_retrying'),
        part: 'retry',
        onClick: () => void this.#load(),
      });
    } else content = html`<p part="text">${t.term('account.profile_loading')}</p>`;
    return this.#context.section('profile', t.term('account.profile_heading'), html`${formFeedback(form.feedback)} ${content}`);
  }

  #load(): Promise<boolean> {
    return this.#form.run(LOAD_PROFILE, (signal) => this.#context.session.require().loadProfile({ signal }));
  }

  #loadMissingProfile(): void {
    const snapshot = this.#context.session.snapshot;
    if (snapshot?.status === 'customer' && !snapshot.customer?.profile) void this.#load();
  }

  #changesOf(values: ProfileFormValues) {
    const changes = this.#editing && profileChanges(values, this.#editing);
    return changes && Object.keys(changes).length > 0 ? changes : undefined;
  }

  #openEditor(profile: Customer): void {
    this.#form.reset();
    this.#form.setValues(profileFormValues(profile));
    this.#editing = profile;
    this.#context.focusAfterRender('[part~="profile-form"] [name]');
  }

  #closeEditor(): void {
    this.#editing = undefined;
    this.#context.focusAfterRender('[part~="edit-profile"]');
    this.#context.host.requestUpdate();
  }

  async #save(values: ProfileFormValues, signal: AbortSignal): Promise<void> {
    const base = this.#editing;
    const changes = this.#changesOf(values);
    if (!base || !changes) return this.#closeEditor();
    const version = base.metadata?.version;
    let saved: Customer | undefined;
    try {
      saved = await updateCustomerProfile(this.#context.session.require(), version === undefined ? changes : { ...changes, metadata: { version } }, { signal });
    } catch (error) {
      if (error instanceof EmporixError && error.code === 'version_conflict') await this.#rebase(base, signal);
      throw error;
    }
    // Saved, but the session could not reload the profile (it dropped the outdated one): load it once this run is over.
    this.#reloadProfile = saved === undefined;
    this.#closeEditor();
    this.#context.host.dispatchEvent(emxEvent('emx-profile-change', {}));
  }

  /** Someone saved the profile meanwhile: continue from theirs, with the customer's edits on top. */
  async #rebase(base: Customer, signal: AbortSignal): Promise<void> {
    // When even this load fails, the next save meets the conflict again and tries again.
    const latest = await this.#context.session
      .require()
      .loadProfile({ signal })
      .catch(() => undefined);
    if (!latest) return;
    this.#form.setValues(rebaseEdits(this.#form.values as ProfileFormValues, base, latest));
    this.#editing = latest;
  }

  #renderView(customer: CustomerIdentity, profile: Customer) {
    const t = this.#context.localize;
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

  #renderForm() {
    const t = this.#context.localize;
    const form = this.#form;
    const { titles, languages, currencies, sites } = this.#choices;
    return html`<form part="form profile-form" ${form.attach()}>
      ${nameFields(form, t, 'account', codeChoices(titles, String(form.values.title), (code) => titleName(t, code)))}
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
        ltr: true,
        autocomplete: 'off',
        hint: t.term('account.company_registration_id_hint'),
      })}
      ${this.#preferenceField('preferredLanguage', languages, {
        label: t.term('account.language'),
        hint: t.term('account.language_hint'),
        autocomplete: 'language',
        nameOf: displayNames(t.lang, 'language'),
      })}
      ${this.#preferenceField('preferredCurrency', currencies, {
        label: t.term('account.currency'),
        hint: t.term('account.currency_hint'),
        autocomplete: 'transaction-currency',
        nameOf: currencyNames(t.lang),
      })}
      ${this.#preferenceField('preferredSite', sites, { label: t.term('account.site'), autocomplete: 'off', nameOf: (code) => code })}
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
    const field = this.#form.field(name);
    if (codes.length === 0) return textField(field, options);
    return selectField(field, {
      label: options.label,
      autocomplete: options.autocomplete,
      placeholder: this.#context.localize.term('account.no_preference'),
      options: codeChoices(codes, String(field.value), options.nameOf),
    });
  }
}

/** The profile form's fields; `editing` is the profile being edited. */
function profileFields(editing: () => Customer | undefined) {
  return {
    title: {},
    firstName: { required: hasRegistrationNumber },
    middleName: {},
    lastName: { required: hasRegistrationNumber },
    // The contract: a contact email, once set, can be changed but not removed.
    contactEmail: { email: true, required: () => Boolean(editing()?.contactEmail) },
    contactPhone: {},
    company: { required: hasRegistrationNumber },
    preferredLanguage: {},
    preferredCurrency: { pattern: /^[A-Za-z]{3}$/ },
    preferredSite: {},
    companyRegistrationId: {},
  };
}

type ProfileFields = ReturnType<typeof profileFields>;
