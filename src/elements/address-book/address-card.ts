import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Address } from '../../api/index.js';
import { EXTRA_LINES } from '../shared/address-values.js';
import { displayNames } from '../shared/display-names.js';
import type { LocalizeController } from '../shared/localize.js';
import type { AddressBookKey } from './messages.js';

/** The element's focusable subheading (a card's, the form's, the confirmation's). */
export type Subheading = (part: string, id: string, text: string, dir?: 'auto') => TemplateResult;

/** What the buttons of a card do. */
export interface CardActions {
  edit(address: Address): void;
  makeDefault(address: Address): void;
  delete(address: Address): void;
}

/** What the cards need of the address list (see `AddressList`): the addresses and its buttons. */
export interface CardList {
  readonly shown: readonly Address[];
  /** The address whose "Make default" runs. */
  readonly defaulting: string | undefined;
  button(part: string, label: string, onClick: () => void, options?: { busy?: boolean; busyLabel?: string; describedBy?: string }): TemplateResult;
}

export interface CardsContext {
  readonly localize: LocalizeController<AddressBookKey>;
  readonly list: CardList;
  readonly subheading: Subheading;
  readonly actions: CardActions;
  /** Prefix of the ids in the cards, unique on the page. */
  readonly idPrefix: string;
}

function joined(separator: string, ...parts: Array<string | undefined>): string {
  return parts.filter(Boolean).join(separator);
}

/** One line naming the address, for the status message and the delete confirmation. */
export function summaryOf(address: Address): string {
  return joined(', ', address.contactName, joined(' ', address.street, address.streetNumber), joined(' ', address.zipCode, address.city));
}

/** The element with part `part` in the card of `addressId`, where the focus goes after a change. */
export function cardPart(root: ParentNode, addressId: string, part: string): HTMLElement | null | undefined {
  const card = [...root.querySelectorAll<HTMLElement>('[part~="card"]')].find((candidate) => candidate.dataset.addressId === addressId);
  return card?.querySelector<HTMLElement>(`[part~="${part}"]`);
}

/** The list of cards, the default address first. */
export function addressCards(context: CardsContext, loading: boolean) {
  const regionName = displayNames(context.localize.lang, 'region');
  return html`<ul part="list" aria-busy=${loading ? 'true' : 'false'}>
      ${repeat(
        context.list.shown,
        (address) => address.id,
        (address, index) => addressCard(context, address, `${context.idPrefix}-address-${index}`, regionName),
      )}
    </ul>`;
}

function addressCard(context: CardsContext, address: Address, id: string, regionName: (code: string) => string) {
  const { localize: t, list, actions } = context;
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
      ${context.subheading('card-heading', id, address.contactName || t.term('addresses.unnamed'), 'auto')}
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
        ${list.button('edit', t.term('addresses.edit'), () => actions.edit(address), { describedBy })}
        ${address.isDefault
          ? nothing
          : list.button('make-default', t.term('addresses.make_default'), () => actions.makeDefault(address), {
              busy: list.defaulting === address.id,
              busyLabel: t.term('addresses.making_default'),
              describedBy,
            })}
        ${list.button('delete', t.term('addresses.delete'), () => actions.delete(address), { describedBy })}
      </div>
    </li>`;
}
