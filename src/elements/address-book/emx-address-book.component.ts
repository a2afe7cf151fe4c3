import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { EmxElement } from '../shared/emx-element.js';
import { flowLink, formFeedback } from '../shared/fields.js';
import { addressCards, cardPart, type CardActions, type Subheading } from './address-card.js';
import { AddressEditor } from './address-editor.js';
import { AddressList } from './address-list.js';
import { DeleteDialog } from './delete-dialog.js';
import { addressBookStyles } from './emx-address-book.styles.js';
import { addressBookMessages, type AddressBookMessageKey } from './messages.js';

let bookCount = 0;

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

  readonly #list = new AddressList(this, this.localize, this.session, this.nextFocus, () => this.#startOver());
  readonly #editor = new AddressEditor(this, { localize: this.localize, session: this.session, list: this.#list, focus: this.nextFocus });
  readonly #dialog = new DeleteDialog(this, {
    localize: this.localize,
    session: this.session,
    deleted: (address) => {
      const next = this.#list.remove(address);
      this.nextFocus.request(() => (next ? cardPart(this, next.id, 'card-heading') : undefined));
      this.#list.changed('delete', address.id, { key: 'addresses.deleted' });
    },
    dismissed: (address, interrupted) => {
      this.nextFocus.request(() => cardPart(this, address.id, 'delete'));
      this.requestUpdate();
      // The DELETE may have reached the server before it was dropped.
      if (interrupted) void this.#list.load();
    },
  });

  readonly #cardActions: CardActions = {
    edit: (address) => this.#editor.open({ kind: 'edit', address }),
    makeDefault: (address) => void this.#list.makeDefault(address),
    delete: (address) => {
      this.#list.notice = undefined;
      this.#dialog.open(address);
    },
  };

  readonly #subheading: Subheading = (part, id, text, dir) => this.renderSubheading(part, id, text, dir);

  constructor() {
    super(addressBookMessages);
  }

  /** Which view shows: the list, or the add or edit form in its place. */
  get #view(): 'list' | 'add' | 'edit' {
    return this.#editor.editing?.kind ?? 'list';
  }

  protected override render() {
    const snapshot = this.session.snapshot;
    let content;
    if (!snapshot) content = this.#renderNotConfigured();
    else if (snapshot.status !== 'customer') content = this.#renderSignedOut();
    else if (this.#view === 'list') content = this.#renderList();
    else content = this.#editor.render(this.renderHeading(this.localize.term('addresses.heading')), this.#subheading, this.#id);
    return this.renderBase('address-book', content);
  }

  /** A new customer (or none): nothing of the previous one stays, and nothing pending lands. */
  #startOver(): void {
    this.#list.reset();
    this.#editor.reset();
    this.#dialog.reset();
    this.nextFocus.clear();
  }

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
    const list = this.#list;
    const addresses = list.addresses;
    const loading = list.loader.action('address-list').busy;
    const errors = [list.actions.error, list.loader.error].flatMap((error) => (error ? [t.render(error)] : [])).join(' ');
    return html`${this.renderHeading(t.term('addresses.heading'))}
      ${formFeedback({ errorId: `${this.#id}-errors`, error: errors || undefined, status: list.notice && t.render(list.notice) })}
      <p part="loading" role="status">${loading && !addresses ? t.term('addresses.loading') : nothing}</p>
      ${list.loadFailed
        ? list.button('retry', t.term('addresses.retry'), () => void list.load(), { busy: loading, busyLabel: t.term('addresses.retrying') })
        : nothing}
      ${addresses?.length === 0 ? html`<p part="empty text">${t.term('addresses.empty')}</p>` : nothing}
      ${addresses?.length
        ? addressCards({ localize: t, list, subheading: this.#subheading, actions: this.#cardActions, idPrefix: this.#id }, loading)
        : nothing}
      ${addresses ? list.button('add', t.term('addresses.add'), () => this.#editor.open({ kind: 'add' })) : nothing}
      ${this.#dialog.render(this.#subheading, this.#id)}`;
  }
}
