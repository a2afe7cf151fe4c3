import { html, nothing, type TemplateResult } from 'lit';
import type { AnonymousLoginContext } from '../../api/index.js';
import { addressFields, codeChoices, currencyNames, nameFields, titleName } from '../shared/customer-fields.js';
import { countryChoices, displayNames } from '../shared/display-names.js';
import { checkboxField, selectField, textField } from '../shared/fields.js';
import type { FormController } from '../shared/form-controller.js';
import type { LocalizeController } from '../shared/localize.js';
import type { SharedMessageKey } from '../shared/messages.js';
import type { SignupMessageKey } from './messages.js';
import type { signupFields } from './signup-request.js';

// The optional fieldsets of the sign-up form, one template each; the element picks which to show.

export type SignupLocalize = LocalizeController<SignupMessageKey | SharedMessageKey>;
export type SignupForm = FormController<ReturnType<typeof signupFields>, SignupMessageKey | SharedMessageKey>;

/** The codes the element offers (`languages`, `currencies`, `sites`). */
export interface OfferedPreferences {
  readonly languages: readonly string[];
  readonly currencies: readonly string[];
  readonly sites: readonly string[];
}

/** Title, first, middle and last name, phone, company. */
export function profileSection(form: SignupForm, t: SignupLocalize, titles: readonly string[]): TemplateResult {
  return html`<fieldset part="section profile">
    <legend part="legend">${t.term('signup.section.profile')}</legend>
    ${nameFields(form, t, 'signup', codeChoices(titles, undefined, (code) => titleName(t, code)))}
    ${textField(form.field('phone'), { label: t.term('signup.phone'), type: 'tel', autocomplete: 'tel' })}
    ${textField(form.field('company'), { label: t.term('signup.company'), autocomplete: 'organization' })}
  </fieldset>`;
}

/** The company registration number, with the rule it brings. */
export function b2bSection(form: SignupForm, t: SignupLocalize): TemplateResult {
  return html`<fieldset part="section b2b">
    <legend part="legend">${t.term('signup.section.b2b')}</legend>
    ${textField(form.field('companyRegistrationId'), {
      label: t.term('signup.company_registration_id'),
      ltr: true,
      hint: t.term('signup.company_registration_id_hint'),
    })}
  </fieldset>`;
}

/** Language, currency and shop; the session's own are offered besides the element's lists. */
export function preferencesSection(form: SignupForm, t: SignupLocalize, offered: OfferedPreferences, context: AnonymousLoginContext): TemplateResult {
  const sites = codeChoices(offered.sites, context.siteCode, (code) => code);
  return html`<fieldset part="section preferences">
    <legend part="legend">${t.term('signup.section.preferences')}</legend>
    ${selectField(form.field('preferredLanguage'), {
      label: t.term('signup.language'),
      options: codeChoices(offered.languages, context.language, displayNames(t.lang, 'language')),
      placeholder: t.term('signup.no_preference'),
      autocomplete: 'language',
    })}
    ${selectField(form.field('preferredCurrency'), {
      label: t.term('signup.currency'),
      options: codeChoices(offered.currencies, context.currency, currencyNames(t.lang)),
      placeholder: t.term('signup.no_preference'),
      autocomplete: 'transaction-currency',
    })}
    ${sites.length > 0
      ? selectField(form.field('preferredSite'), {
          label: t.term('signup.site'),
          options: sites,
          placeholder: t.term('signup.no_preference'),
        })
      : nothing}
  </fieldset>`;
}

/** "Add an address now", and the address's fields once it is ticked. */
export function addressSection(form: SignupForm, t: SignupLocalize, open: boolean): TemplateResult {
  return html`${checkboxField(form.field('withAddress'), { label: t.term('signup.with_address') })}
  ${open
    ? html`<fieldset part="section address">
        <legend part="legend">${t.term('signup.section.address')}</legend>
        ${addressFields(
          form,
          {
            contactName: t.term('signup.contact_name'),
            companyName: t.term('signup.company_name'),
            street: t.term('signup.street'),
            streetNumber: t.term('signup.street_number'),
            streetAppendix: t.term('signup.street_appendix'),
            extraLine: (number) => t.term('signup.extra_line', { number }),
            zipCode: t.term('signup.zip_code'),
            city: t.term('signup.city'),
            state: t.term('signup.state'),
            country: t.term('signup.country'),
            noCountry: t.term('signup.country_none'),
            contactPhone: t.term('signup.address_phone'),
            tags: t.term('signup.tags'),
            tag: (tag) => t.term(`signup.tag.${tag}`),
            otherTags: t.term('signup.custom_tags'),
            otherTagsHint: t.term('signup.custom_tags_hint'),
          },
          ['row', 'row'],
          countryChoices(t.lang),
        )}
      </fieldset>`
    : nothing}`;
}
