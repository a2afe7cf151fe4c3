import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { EmporixError, type Address } from '../../api/index.js';
import { emxEvent, type EmxEventDetails } from '../../events.js';
import {
  addCustomerAddress,
  addCustomerAddressTags,
  deleteCustomerAddress,
  listCustomerAddresses,
  removeCustomerAddressTags,
  updateCustomerAddress,
} from '../../session/addresses.js';
import { countryChoices, displayNames } from '../shared/display-names.js';
import { EmxElement } from '../shared/emx-element.js';
import { addressFields } from '../shared/customer-fields.js';
import { actionButton, flowLink, formFeedback, submitButton, type Choice } from '../shared/fields.js';
import { FormController } from '../shared/form-controller.js';
import type { LocalizeController, MessageRef } from '../shared/localize.js';
import type { SharedMessageKey } from '../shared/messages.js';
import { ADDRESS_FIELDS, changesBetween, defaultFirst, formValuesOf, newAddressOf, type AddressFormValues } from '../shared/address-values.js';
import { addressBookStyles } from './emx-address-book.styles.js';
import { addressBookMessages, type AddressBookMessageKey } from './messages.js';

type Key = AddressBookMessageKey | SharedMessageKey;
type AddressForm = FormController<typeof ADDRESS_FIELDS, Key>;
type ChangeAction = EmxEventDetails['emx-address-change']['action'];

/** The list, or one of the forms in its place. `edit` keeps what the server holds after each step of a save. */
type View = { readonly kind: 'list' } | { readonly kind: 'add' } | { readonly kind: 'edit'; address: Address; saved?: 'update' | 'tags' };

const EXTRA_LINES = ['extraLine1', 'extraLine2', 'extraLine3', 'extraLine4'] as const;
let bookCount = 0;

function isNotFound(error: unknown): boolean {
  return error instanceof EmporixError && error.status === 404;
}

function joined(separator: string, ...parts: Array<string | undefined>): string {
  return parts.filter(Boolean).join(separator);
}

/** One line naming the address, for the status message and the delete confirmation. */
function summaryOf(address: Address): string {
  return joined(', ', address.contactName, joined(' ', address.street, address.streetNumber), joined(' ', address.zipCode, address.city));
}

/**
 * Runs started by buttons outside any form (load the list, make an address the default): the
 * controller gives them busy state, translated failures and `emx-error`. It is never attached
 * to a `<form>`, so its submit never fires, and a failure never moves the focus.
 */
function buttonRuns(host: EmxAddressBookElement, localize: LocalizeController<Key>, operation: string) {
  return new FormController(host, localize, { operation, fields: {}, submit: () => Promise.resolve() });
}

/**
 * The signed-in customer's address book: every address with the default first and its tags,
 * add and edit with every field of an Emporix address, make default, tag, and delete after a
 * confirmation. Signed out, it invites the visitor to sign in. Needs an `<emx-session>` on the page.
 *
 * Edits go to the contract's endpoints: the fields through `PATCH …/addresses/{id}` (only the
 * changed ones), tag changes through `POST` / `DELETE …/addresses/{id}/tags?tags=A,B`, the
 * default through `PATCH` with `isDefault: true`. After each change the list is updated on the
 * spot and then loaded again from the server.
 *
 * Parts are styling hooks in the light DOM: select them as `emx-address-book [part~="card"]`
 * (`::part()` only reaches shadow trees).
 *
 * @summary Address book: list, add, edit, delete, default address and tags.
 *
 * @event emx-address-change - An address was added, changed, tagged, made default or deleted; `detail`: `action` (`add`, `update`, `tags`, `default`, `delete`), `addressId`.
 * @event emx-error - Loading or changing addresses failed; `detail`: `operation` (`address-list`, `address-add`, `address-update`, `address-default`, `address-delete`), `code`, `status`, `error`.
 * @event emx-navigate - "Sign in" was chosen while signed out and no `login-href` is set; `detail.to`: `login`.
 *
 * @csspart base - The element's box (light DOM: style it as `emx-address-book [part~="base"]`).
 * @csspart heading - "Your addresses".
 * @csspart error-summary - Live region (`role="alert"`) with what went wrong.
 * @csspart status - Live region (`role="status"`) with what went right.
 * @csspart loading - Live region saying the list is loading.
 * @csspart retry - The "Try again" button after the list failed to load.
 * @csspart empty - The text shown when there are no addresses yet.
 * @csspart list - The list of addresses.
 * @csspart card - One address.
 * @csspart default-card - The default address's card (besides `card`).
 * @csspart card-heading - The address's contact name.
 * @csspart labels - The default badge and the tags of an address.
 * @csspart badge - A badge on a card.
 * @csspart default-badge - The "Default address" badge (besides `badge`).
 * @csspart tags - The list of an address's tags.
 * @csspart tag - One tag (Billing and Shipping translated, others as they are).
 * @csspart address-lines - The address, one line per `address-line`.
 * @csspart address-line - One line of the address.
 * @csspart actions - An address's buttons.
 * @csspart edit - The "Edit" button.
 * @csspart make-default - The "Make default" button.
 * @csspart delete - The "Delete" button.
 * @csspart add - The "Add an address" button.
 * @csspart form - The add and edit form, and the delete confirmation's form.
 * @csspart address-form - The add and edit form.
 * @csspart form-heading - "New address" or "Edit address".
 * @csspart field - One label, hint, input and error.
 * @csspart field-row - Fields side by side.
 * @csspart street-row - The street and house number row (besides `field-row`).
 * @csspart city-row - The postal code and city row (besides `field-row`).
 * @csspart label - A field's label or a group's legend.
 * @csspart optional - The "(optional)" mark.
 * @csspart hint - A field's help text.
 * @csspart input - A text input.
 * @csspart select - The country select.
 * @csspart choice-group - The tag checkboxes.
 * @csspart choice - One checkbox with its label.
 * @csspart checkbox - A checkbox.
 * @csspart choice-label - A checkbox's label.
 * @csspart field-error - A field's error text.
 * @csspart more-lines - The disclosure holding the additional lines 1 to 4.
 * @csspart more-lines-toggle - Its summary, "More address lines".
 * @csspart form-actions - The row of a form's buttons.
 * @csspart button - Every button.
 * @csspart submit - "Save address" and "Delete address".
 * @csspart cancel - "Cancel" in a form and in the confirmation.
 * @csspart dialog - The delete confirmation (a modal `<dialog>`).
 * @csspart confirm-form - Its form.
 * @csspart dialog-heading - "Delete this address?".
 * @csspart confirm-address - The address the confirmation is about.
 * @csspart confirm-delete - The "Delete address" button.
 * @csspart link - "Sign in" (a link, or a link-styled button).
 * @csspart notice - The text shown while no session is configured.
 * @csspart text - Plain paragraphs.
 *
 * @cssproperty --emx-color-primary - Buttons, links, focus ring, the default address. Default blue, lighter in dark mode.
 * @cssproperty --emx-color-on-primary - Text on primary and danger buttons and on the default badge.
 * @cssproperty --emx-color-text - Text.
 * @cssproperty --emx-color-text-muted - Hints, tags and secondary text.
 * @cssproperty --emx-color-surface - Background of the element and of the confirmation.
 * @cssproperty --emx-color-field - Background of inputs.
 * @cssproperty --emx-color-border - Input and card borders.
 * @cssproperty --emx-color-danger - Errors and the delete buttons.
 * @cssproperty --emx-color-success - Confirmations.
 * @cssproperty --emx-color-scheme - `light dark` (default, follows the visitor's setting), `light` or `dark`.
 * @cssproperty --emx-focus-ring-color - Focus outline colour (default: primary).
 * @cssproperty --emx-focus-ring-width - Focus outline width (default 3px).
 * @cssproperty --emx-radius - Corner radius (default 0.5rem).
 * @cssproperty --emx-space - Base spacing (default 1rem).
 * @cssproperty --emx-font-family - Font (default: inherited from the page).
 * @cssproperty --emx-font-size - Base font size (default 1rem).
 * @cssproperty --emx-max-width - Maximum width of the element and of the confirmation (default 28rem).
 */
export class EmxAddressBookElement extends EmxElement<AddressBookMessageKey> {
  static override styles = addressBookStyles;

  /** URL of the shop's sign-in page (relative, `http:` or `https:`); without it, or with another kind of URL, "Sign in" fires `emx-navigate`. */
  @property({ attribute: 'login-href' }) loginHref = '';

  readonly #id = `emx-address-book-${++bookCount}`;
  /** The customer whose addresses are shown; a change of customer starts over. */
  #customer: string | undefined;
  /** `undefined` until the first list arrived. */
  #addresses: readonly Address[] | undefined;
  #loadFailed = false;
  #view: View = { kind: 'list' };
  /** The address the delete confirmation asks about. */
  #deleting: Address | undefined;
  /** The confirmation was just rendered and waits to be shown as a modal dialog. */
  #confirmationToOpen = false;
  /** The address whose "Make default" runs. */
  #defaulting: string | undefined;
  /** What the last change did, for the list's status region. */
  #notice: MessageRef<Key> | undefined;
  /** Where the focus goes after the next render (the heading when that finds nothing). */
  #focusRequest: (() => HTMLElement | null | undefined) | undefined;

  readonly #loader = buttonRuns(this, this.localize, 'address-list');
  readonly #actions = buttonRuns(this, this.localize, 'address-default');

  readonly #adder: AddressForm = new FormController(this, this.localize, {
    operation: 'address-add',
    fields: ADDRESS_FIELDS,
    submit: async (values, signal) => {
      const input = newAddressOf(values);
      const { id } = await addCustomerAddress(this.session.require(), input, { signal });
      // The emulator and Emporix make a customer's first address the default.
      const added: Address = { ...input, id, isDefault: (this.#addresses ?? []).length === 0 };
      this.#addresses = [...(this.#addresses ?? []), added];
      this.#showList(() => this.#cardPart(id, 'card-heading'));
      this.#changed('add', id, { key: 'addresses.added' });
    },
  });

  readonly #editor: AddressForm = new FormController(this, this.localize, {
    operation: 'address-update',
    fields: ADDRESS_FIELDS,
    submit: async (values, signal) => {
      const view = this.#view;
      if (view.kind !== 'edit') return;
      try {
        await this.#saveEdit(view, values, signal);
      } catch (error) {
        if (isNotFound(error)) void this.#load();
        throw error;
      }
      const { id } = view.address;
      this.#showList(() => this.#cardPart(id, 'card-heading'));
      if (view.saved) this.#changed(view.saved, id, { key: 'addresses.saved' });
      else this.#notice = { key: 'addresses.unchanged' };
    },
  });

  readonly #removal = new FormController(this, this.localize, {
    operation: 'address-delete',
    fields: {},
    submit: async (_values, signal) => {
      const address = this.#deleting;
      if (!address) return;
      try {
        await deleteCustomerAddress(this.session.require(), address.id, { signal });
      } catch (error) {
        // Already gone (deleted elsewhere, or a retry after a lost answer): what the customer asked for.
        if (!isNotFound(error)) throw error;
      }
      const shown = this.#shownAddresses;
      const next = shown[shown.findIndex((candidate) => candidate.id === address.id) + 1];
      this.#deleting = undefined;
      this.querySelector('dialog')?.close();
      this.#addresses = this.#addresses?.filter((candidate) => candidate.id !== address.id);
      this.#focusRequest = () => (next ? this.#cardPart(next.id, 'card-heading') : undefined);
      this.#changed('delete', address.id, { key: 'addresses.deleted' });
    },
  });

  constructor() {
    super(addressBookMessages);
  }

  /** A removed element drops its runs (the controllers abort them); connected again, it starts over. */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#customer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const snapshot = this.session.snapshot;
    const shown = snapshot?.status === 'customer';
    const customer = shown ? (snapshot.customer?.customerNumber ?? snapshot.customer?.email ?? '') : undefined;
    if (customer === this.#customer) return;
    this.#customer = customer;
    this.#startOver();
    if (customer !== undefined) void this.#load();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#confirmationToOpen) {
      this.#confirmationToOpen = false;
      this.querySelector('dialog')?.showModal();
    }
    if (this.#focusRequest) {
      const target = this.#focusRequest() ?? this.querySelector<HTMLElement>('[part~="heading"]');
      this.#focusRequest = undefined;
      target?.focus();
    }
  }

  protected override render() {
    const snapshot = this.session.snapshot;
    let content;
    if (!snapshot) content = this.#renderNotConfigured();
    else if (snapshot.status !== 'customer') content = this.#renderSignedOut();
    else if (this.#view.kind === 'add') content = this.#renderForm(this.#adder, 'addresses.form.add_heading', '');
    else if (this.#view.kind === 'edit') content = this.#renderForm(this.#editor, 'addresses.form.edit_heading', this.#view.address.country ?? '');
    else content = this.#renderList();
    return html`<div class="emx-root" part="base">${content}</div>`;
  }

  // ---------------------------------------------------------------- state changes

  /** A new customer (or none): nothing of the previous one stays, and nothing pending lands. */
  #startOver(): void {
    for (const form of [this.#loader, this.#actions, this.#adder, this.#editor, this.#removal]) form.reset();
    this.#addresses = undefined;
    this.#loadFailed = false;
    this.#view = { kind: 'list' };
    this.#deleting = this.#defaulting = this.#notice = this.#focusRequest = undefined;
    this.#confirmationToOpen = false;
  }

  async #load(): Promise<void> {
    const loaded = await this.#loader.run('address-list', async (signal) => {
      const addresses = await listCustomerAddresses(this.session.require(), { signal });
      if (!signal.aborted) this.#addresses = addresses;
    });
    this.#loadFailed = !loaded && this.#loader.failure !== undefined;
    this.requestUpdate();
  }

  /** Announces a change, tells the page, and loads the list again to show what the server holds. */
  #changed(action: ChangeAction, addressId: string, notice: MessageRef<Key>): void {
    this.#notice = notice;
    this.dispatchEvent(emxEvent('emx-address-change', { action, addressId }));
    void this.#load();
  }

  #showList(focus: () => HTMLElement | null | undefined): void {
    this.#view = { kind: 'list' };
    this.#focusRequest = focus;
    this.requestUpdate();
  }

  #openForm(view: View & { kind: 'add' | 'edit' }): void {
    this.#notice = undefined;
    const form = view.kind === 'add' ? this.#adder : this.#editor;
    form.reset();
    if (view.kind === 'edit') form.setValues(formValuesOf(view.address));
    this.#view = view;
    this.#focusRequest = () => this.querySelector<HTMLElement>('[part~="address-form"] [name="contactName"]');
    this.requestUpdate();
  }

  /** Back to the list; what an interrupted or partly saved edit did is loaded from the server. */
  #closeForm(): void {
    const view = this.#view;
    const form = view.kind === 'add' ? this.#adder : this.#editor;
    const interrupted = form.action().busy;
    form.reset();
    if (view.kind === 'edit') {
      const { id } = view.address;
      this.#showList(() => this.#cardPart(id, 'edit'));
      if (view.saved) this.dispatchEvent(emxEvent('emx-address-change', { action: view.saved, addressId: id }));
      if (view.saved || interrupted) void this.#load();
    } else {
      this.#showList(() => this.querySelector<HTMLElement>('[part~="add"]'));
      if (interrupted) void this.#load();
    }
  }

  /**
   * Sends what the edit changed: the fields through PATCH, then the tags through the tag
   * endpoints. After each step `view.address` holds what the server has, so a retry after a
   * failure sends only what is still missing.
   */
  async #saveEdit(view: View & { kind: 'edit' }, values: AddressFormValues, signal: AbortSignal): Promise<void> {
    const session = this.session.require();
    const { id } = view.address;
    const { fields, addedTags, removedTags } = changesBetween(view.address, values);
    if (Object.keys(fields).length > 0) {
      await updateCustomerAddress(session, id, fields, { signal });
      view.address = { ...view.address, ...fields };
      view.saved = 'update';
    }
    if (addedTags.length > 0) {
      await addCustomerAddressTags(session, id, addedTags, { signal });
      view.address = { ...view.address, tags: [...(view.address.tags ?? []), ...addedTags] };
      view.saved ??= 'tags';
    }
    if (removedTags.length > 0) {
      await removeCustomerAddressTags(session, id, removedTags, { signal });
      view.address = { ...view.address, tags: (view.address.tags ?? []).filter((tag) => !removedTags.includes(tag)) };
      view.saved ??= 'tags';
    }
    const saved = view.address;
    this.#addresses = this.#addresses?.map((address) => (address.id === id ? saved : address));
  }

  async #makeDefault(address: Address): Promise<void> {
    this.#notice = undefined;
    this.#defaulting = address.id;
    const done = await this.#actions.run('address-default', (signal) => updateCustomerAddress(this.session.require(), address.id, { isDefault: true }, { signal }));
    this.#defaulting = undefined;
    if (!done) {
      if (isNotFound(this.#actions.failure)) void this.#load();
      this.requestUpdate();
      return;
    }
    this.#addresses = this.#addresses?.map((candidate) => ({ ...candidate, isDefault: candidate.id === address.id }));
    this.#focusRequest = () => this.#cardPart(address.id, 'card-heading');
    this.#changed('default', address.id, { key: 'addresses.now_default', params: { address: summaryOf(address) } });
  }

  #confirmDelete(address: Address): void {
    this.#notice = undefined;
    this.#removal.reset();
    this.#deleting = address;
    this.#confirmationToOpen = true;
    this.requestUpdate();
  }

  /** Escape or "Cancel" closed the confirmation: nothing is deleted, the focus goes back to the address's "Delete". */
  readonly #onConfirmationClosed = (): void => {
    const address = this.#deleting;
    if (!address) return;
    const interrupted = this.#removal.action().busy;
    this.#deleting = undefined;
    this.#removal.reset();
    this.#focusRequest = () => this.#cardPart(address.id, 'delete');
    this.requestUpdate();
    // The DELETE may have reached the server before it was dropped.
    if (interrupted) void this.#load();
  };

  /** While the deletion runs, Escape does not hide it. */
  readonly #onConfirmationCancel = (event: Event): void => {
    if (this.#removal.action().busy) event.preventDefault();
  };

  // ---------------------------------------------------------------- lookups

  get #shownAddresses(): Address[] {
    return defaultFirst(this.#addresses ?? []);
  }

  /** Any run on the list: its buttons wait, so nothing acts on a list about to change. */
  get #listBusy(): boolean {
    return this.#loader.action().blocked || this.#actions.action().blocked;
  }

  #cardPart(addressId: string, part: string): HTMLElement | null | undefined {
    const card = [...this.querySelectorAll<HTMLElement>('[part~="card"]')].find((candidate) => candidate.dataset.addressId === addressId);
    return card?.querySelector<HTMLElement>(`[part~="${part}"]`);
  }

  // ---------------------------------------------------------------- templates

  #renderNotConfigured() {
    const t = this.localize;
    return html`${this.renderHeading(t.term('addresses.heading'))}
      <p part="notice text">${t.term('addresses.not_configured')}</p>`;
  }

  #renderSignedOut() {
    const t = this.localize;
    return html`${this.renderHeading(t.term('addresses.heading'))}
      <p part="text">${t.term('addresses.signed_out')}</p>
      <p part="text">${flowLink(this, { to: 'login', href: this.loginHref, label: t.term('addresses.sign_in') })}</p>`;
  }

  #renderList() {
    const t = this.localize;
    const addresses = this.#addresses;
    const loading = this.#loader.action('address-list').busy;
    const errors = [this.#actions.feedback.error, this.#loader.feedback.error].filter(Boolean).join(' ');
    return html`${this.renderHeading(t.term('addresses.heading'))}
      ${formFeedback({ errorId: `${this.#id}-errors`, error: errors || undefined, status: this.#notice && t.render(this.#notice) })}
      <p part="loading" role="status">${loading && !addresses ? t.term('addresses.loading') : nothing}</p>
      ${this.#loadFailed
        ? this.#listButton('retry', t.term('addresses.retry'), () => void this.#load(), { busy: loading, busyLabel: t.term('addresses.retrying') })
        : nothing}
      ${addresses?.length === 0 ? html`<p part="empty text">${t.term('addresses.empty')}</p>` : nothing}
      ${addresses?.length ? this.#renderCards(loading) : nothing}
      ${addresses
        ? this.#listButton('add', t.term('addresses.add'), () => this.#openForm({ kind: 'add' }))
        : nothing}
      ${this.#deleting ? this.#renderConfirmation(this.#deleting) : nothing}`;
  }

  /** A button acting on the list: it waits while any run on the list is pending; `busy` says its own run is. */
  #listButton(part: string, label: string, onClick: () => void, options: { busy?: boolean; busyLabel?: string; describedBy?: string } = {}) {
    const { busy = false, busyLabel = label, describedBy } = options;
    return actionButton({ busy, blocked: this.#listBusy }, { label, busyLabel, part, describedBy, onClick });
  }

  #renderCards(loading: boolean) {
    const regionName = displayNames(this.localize.lang, 'region');
    return html`<ul part="list" aria-busy=${loading ? 'true' : 'false'}>
      ${repeat(
        this.#shownAddresses,
        (address) => address.id,
        (address, index) => this.#renderCard(address, `${this.#id}-address-${index}`, regionName),
      )}
    </ul>`;
  }

  #renderCard(address: Address, id: string, regionName: (code: string) => string) {
    const t = this.localize;
    const tags = address.tags ?? [];
    // The buttons of every card share their labels; the description says which address they act on.
    const describedBy = `${id} ${id}-lines`;
    const lines = [
      address.companyName,
      joined(' ', address.street, address.streetNumber),
      address.streetAppendix,
      ...EXTRA_LINES.map((name) => address[name]),
      joined(' ', address.zipCode, address.city),
      address.state,
      address.country && regionName(address.country),
      address.contactPhone && t.term('addresses.phone', { phone: address.contactPhone }),
    ].filter(Boolean);
    return html`<li part=${address.isDefault ? 'card default-card' : 'card'} data-address-id=${address.id}>
      ${this.renderSubheading('card-heading', id, address.contactName || t.term('addresses.unnamed'), 'auto')}
      ${address.isDefault || tags.length > 0
        ? html`<div part="labels">
            ${address.isDefault ? html`<span part="badge default-badge">${t.term('addresses.default')}</span>` : nothing}
            ${tags.length > 0
              ? html`<ul part="tags" aria-label=${t.term('addresses.tags')}>
                  ${tags.map((tag) => html`<li part="tag" dir="auto">${t.lookup(`addresses.tag.${tag}`) ?? tag}</li>`)}
                </ul>`
              : nothing}
          </div>`
        : nothing}
      <p part="address-lines" id=${`${id}-lines`}>${lines.map((line) => html`<span part="address-line" dir="auto">${line}</span>`)}</p>
      <div part="actions">
        ${this.#listButton('edit', t.term('addresses.edit'), () => this.#openForm({ kind: 'edit', address }), { describedBy })}
        ${address.isDefault
          ? nothing
          : this.#listButton('make-default', t.term('addresses.make_default'), () => void this.#makeDefault(address), {
              busy: this.#defaulting === address.id,
              busyLabel: t.term('addresses.making_default'),
              describedBy,
            })}
        ${this.#listButton('delete', t.term('addresses.delete'), () => this.#confirmDelete(address), { describedBy })}
      </div>
    </li>`;
  }

  #renderConfirmation(address: Address) {
    const t = this.localize;
    const headingId = `${this.#id}-confirm-heading`;
    const textId = `${this.#id}-confirm-address`;
    return html`<dialog
      part="dialog"
      aria-labelledby=${headingId}
      aria-describedby=${textId}
      @cancel=${this.#onConfirmationCancel}
      @close=${this.#onConfirmationClosed}
    >
      <form part="form confirm-form" ${this.#removal.attach()}>
        ${this.renderSubheading('dialog-heading', headingId, t.term('addresses.delete_heading'))}
        <p part="text confirm-address" id=${textId} dir="auto">${summaryOf(address)}</p>
        ${formFeedback(this.#removal.feedback)}
        <div part="form-actions">
          ${submitButton(this.#removal.action(), { label: t.term('addresses.delete_confirm'), busyLabel: t.term('addresses.deleting'), part: 'confirm-delete' })}
          <button part="button cancel" type="button" autofocus @click=${() => this.querySelector('dialog')?.close()}>${t.term('addresses.cancel')}</button>
        </div>
      </form>
    </dialog>`;
  }

  /** Every country named in the element's language, plus the address's own code should the list lack it. */
  #countryChoices(current: string): readonly Choice[] {
    const choices = countryChoices(this.localize.lang);
    if (!current || choices.some((choice) => choice.value === current)) return choices;
    return [{ value: current, label: displayNames(this.localize.lang, 'region')(current) }, ...choices];
  }

  /**
   * The add or edit form. `storedCountry` is the address's country: once an address has one the
   * select offers no empty choice, as the contract has no way to remove it (`''` is not a code).
   */
  #renderForm(form: AddressForm, headingKey: AddressBookMessageKey, storedCountry: string) {
    const t = this.localize;
    const headingId = `${this.#id}-form-heading`;
    return html`${this.renderHeading(t.term('addresses.heading'))}
      <form part="form address-form" aria-labelledby=${headingId} ${form.attach()}>
        ${this.renderSubheading('form-heading', headingId, t.term(headingKey))} ${formFeedback(form.feedback)}
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
          <button part="button cancel" type="button" @click=${() => this.#closeForm()}>${t.term('addresses.cancel')}</button>
        </div>
      </form>`;
  }
}
