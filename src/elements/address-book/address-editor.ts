import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Address } from '../../api/index.js';
import { emxEvent } from '../../events.js';
import { addCustomerAddress, addCustomerAddressTags, removeCustomerAddressTags, updateCustomerAddress } from '../../session/addresses.js';
import { ADDRESS_FIELDS, changesBetween, formValuesOf, newAddressOf, type AddressFormValues } from '../shared/address-values.js';
import { addressFields } from '../shared/customer-fields.js';
import { countryChoices, displayNames } from '../shared/display-names.js';
import { formFeedback, submitButton, type Choice } from '../shared/fields.js';
import { FormController } from '../shared/form-controller.js';
import type { LocalizeController } from '../shared/localize.js';
import type { SessionController } from '../shared/session-controller.js';
import { cardPart, type Subheading } from './address-card.js';
import { isNotFound, type AddressList } from './address-list.js';
import type { FocusAfterRender } from '../shared/focus-after-render.js';
import type { AddressBookKey, AddressBookMessageKey } from './messages.js';

type Host = ReactiveControllerHost & HTMLElement;
type AddressForm = FormController<typeof ADDRESS_FIELDS, AddressBookKey>;

/** The form in the list's place. `edit` keeps what the server holds after each step of a save. */
export type Editing = { readonly kind: 'add' } | { readonly kind: 'edit'; address: Address; saved?: 'update' | 'tags' };

export interface AddressEditorOptions {
  readonly localize: LocalizeController<AddressBookKey>;
  readonly session: SessionController;
  readonly list: AddressList;
  readonly focus: FocusAfterRender;
}

/**
 * The add and edit form and its save. Adding sends the filled fields in one `POST`; editing
 * sends what changed in steps (fields, then tags), so a retry after a failed step sends only
 * what is still missing. Its two forms are controllers of the host.
 */
export class AddressEditor {
  #editing: Editing | undefined;
  readonly #host: Host;
  readonly #options: AddressEditorOptions;
  readonly #adder: AddressForm;
  readonly #editor: AddressForm;

  constructor(host: Host, options: AddressEditorOptions) {
    this.#host = host;
    this.#options = options;
    const { list } = options;
    this.#adder = new FormController(host, options.localize, {
      operation: 'address-add',
      fields: ADDRESS_FIELDS,
      submit: async (values, signal) => {
        const input = newAddressOf(values);
        const { id } = await addCustomerAddress(options.session.require(), input, { signal });
        list.add(input, id);
        this.#showList(() => cardPart(host, id, 'card-heading'));
        list.changed('add', id, { key: 'addresses.added' });
      },
    });
    this.#editor = new FormController(host, options.localize, {
      operation: 'address-update',
      fields: ADDRESS_FIELDS,
      submit: async (values, signal) => {
        const editing = this.#editing;
        if (editing?.kind !== 'edit') return;
        try {
          await this.#saveEdit(editing, values, signal);
        } catch (error) {
          if (isNotFound(error)) void list.load();
          throw error;
        }
        const { id } = editing.address;
        this.#showList(() => cardPart(host, id, 'card-heading'));
        if (editing.saved) list.changed(editing.saved, id, { key: 'addresses.saved' });
        else list.notice = { key: 'addresses.unchanged' };
      },
    });
  }

  /** Which form shows in the list's place, if any. */
  get editing(): Editing | undefined {
    return this.#editing;
  }

  open(editing: Editing): void {
    this.#options.list.notice = undefined;
    const form = this.#formOf(editing);
    form.reset();
    if (editing.kind === 'edit') form.setValues(formValuesOf(editing.address));
    this.#editing = editing;
    this.#options.focus.request(() => this.#host.querySelector<HTMLElement>('[part~="address-form"] [name="contactName"]'));
    this.#host.requestUpdate();
  }

  /** Back to the list; what an interrupted or partly saved edit did is loaded from the server. */
  close(): void {
    const editing = this.#editing;
    if (!editing) return;
    const { list } = this.#options;
    const form = this.#formOf(editing);
    const interrupted = form.action().busy;
    form.reset();
    if (editing.kind === 'edit') {
      const { id } = editing.address;
      this.#showList(() => cardPart(this.#host, id, 'edit'));
      if (editing.saved) this.#host.dispatchEvent(emxEvent('emx-address-change', { action: editing.saved, addressId: id }));
      if (editing.saved || interrupted) void list.load();
    } else {
      this.#showList(() => this.#host.querySelector<HTMLElement>('[part~="add"]'));
      if (interrupted) void list.load();
    }
  }

  /** Gone without a trace: the list shows, and nothing pending lands. */
  reset(): void {
    this.#adder.reset();
    this.#editor.reset();
    this.#editing = undefined;
  }

  /**
   * The add or edit form, below the element's `heading`. Once an address has a country the
   * select offers no empty choice, as the contract has no way to remove it (`''` is not a code).
   */
  render(heading: TemplateResult, subheading: Subheading, idPrefix: string) {
    const editing = this.#editing;
    if (!editing) return undefined;
    const t = this.#options.localize;
    const form = this.#formOf(editing);
    const headingKey: AddressBookMessageKey = editing.kind === 'add' ? 'addresses.form.add_heading' : 'addresses.form.edit_heading';
    const storedCountry = editing.kind === 'edit' ? (editing.address.country ?? '') : '';
    const headingId = `${idPrefix}-form-heading`;
    return html`${heading}
      <form part="form address-form" aria-labelledby=${headingId} ${form.attach()}>
        ${subheading('form-heading', headingId, t.term(headingKey))} ${formFeedback(form.feedback)}
        ${addressFields(
          form,
          {
            contactName: t.term('addresses.form.contact_name'),
            companyName: t.term('addresses.form.company'),
            street: t.term('addresses.form.street'),
            streetNumber: t.term('addresses.form.street_number'),
            streetAppendix: t.term('addresses.form.street_appendix'),
            extraLine: (number) => t.term('addresses.form.extra_line', { number }),
            moreLines: t.term('addresses.form.more_lines'),
            zipCode: t.term('addresses.form.zip_code'),
            city: t.term('addresses.form.city'),
            state: t.term('addresses.form.state'),
            country: t.term('addresses.form.country'),
            noCountry: storedCountry ? undefined : t.term('addresses.form.choose_country'),
            contactPhone: t.term('addresses.form.phone'),
            tags: t.term('addresses.form.tags'),
            tag: (tag) => t.term(`addresses.tag.${tag}`),
            otherTags: t.term('addresses.form.other_tags'),
            otherTagsHint: t.term('addresses.form.other_tags_hint'),
          },
          ['field-row street-row', 'field-row city-row'],
          this.#countryChoices(String(form.values.country)),
        )}
        <div part="form-actions">
          ${submitButton(form.action(), { label: t.term('addresses.form.save'), busyLabel: t.term('addresses.form.saving') })}
          <button part="button cancel" type="button" @click=${() => this.close()}>${t.term('addresses.cancel')}</button>
        </div>
      </form>`;
  }

  #formOf(editing: Editing): AddressForm {
    return editing.kind === 'add' ? this.#adder : this.#editor;
  }

  #showList(focus: () => HTMLElement | null | undefined): void {
    this.#editing = undefined;
    this.#options.focus.request(focus);
    this.#host.requestUpdate();
  }

  /**
   * Sends what the edit changed: the fields through PATCH, then the tags through the tag
   * endpoints. After each step `editing.address` holds what the server has, so a retry after a
   * failure sends only what is still missing.
   */
  async #saveEdit(editing: Editing & { kind: 'edit' }, values: AddressFormValues, signal: AbortSignal): Promise<void> {
    const session = this.#options.session.require();
    const { id } = editing.address;
    const { fields, addedTags, removedTags } = changesBetween(editing.address, values);
    if (Object.keys(fields).length > 0) {
      await updateCustomerAddress(session, id, fields, { signal });
      editing.address = { ...editing.address, ...fields };
      editing.saved = 'update';
    }
    if (addedTags.length > 0) {
      await addCustomerAddressTags(session, id, addedTags, { signal });
      editing.address = { ...editing.address, tags: [...(editing.address.tags ?? []), ...addedTags] };
      editing.saved ??= 'tags';
    }
    if (removedTags.length > 0) {
      await removeCustomerAddressTags(session, id, removedTags, { signal });
      editing.address = { ...editing.address, tags: (editing.address.tags ?? []).filter((tag) => !removedTags.includes(tag)) };
      editing.saved ??= 'tags';
    }
    this.#options.list.replace(editing.address);
  }

  /** Every country named in the element's language, plus the address's own code should the list lack it. */
  #countryChoices(current: string): readonly Choice[] {
    const { lang } = this.#options.localize;
    const choices = countryChoices(lang);
    if (!current || choices.some((choice) => choice.value === current)) return choices;
    return [{ value: current, label: displayNames(lang, 'region')(current) }, ...choices];
  }
}
