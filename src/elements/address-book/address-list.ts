import type { ReactiveControllerHost } from 'lit';
import { EmporixError, type Address, type AddressInput } from '../../api/index.js';
import { emxEvent, type EmxEventDetails } from '../../events.js';
import { listCustomerAddresses, updateCustomerAddress } from '../../session/addresses.js';
import { defaultFirst } from '../shared/address-values.js';
import { actionButton } from '../shared/fields.js';
import type { LocalizeController, MessageRef } from '../shared/localize.js';
import { RunController } from '../shared/run-controller.js';
import type { SessionController } from '../shared/session-controller.js';
import { cardPart, summaryOf } from './address-card.js';
import type { FocusAfterRender } from '../shared/focus-after-render.js';
import type { AddressBookKey } from './messages.js';

type Host = ReactiveControllerHost & HTMLElement;
type ChangeAction = EmxEventDetails['emx-address-change']['action'];

export function isNotFound(error: unknown): boolean {
  return error instanceof EmporixError && error.status === 404;
}

/**
 * The customer's addresses as the element shows them: the list loaded from the server, updated
 * on the spot after each change and then loaded again; "Make default"; and what the last change
 * did, for the status region. It follows the signed-in customer: another one (or none) starts
 * over, and a removed element forgets whom it showed, so that connected again it starts over.
 */
export class AddressList {
  #addresses: readonly Address[] | undefined;
  loadFailed = false;
  /** What the last change did, for the list's status region. */
  notice: MessageRef<AddressBookKey> | undefined;
  /** The address whose "Make default" runs. */
  defaulting: string | undefined;

  /** Loading the list; its buttons are outside any form, so a failure does not move the focus. */
  readonly loader: RunController;
  /** "Make default". */
  readonly actions: RunController;
  readonly #host: Host;
  readonly #session: SessionController;
  readonly #focus: FocusAfterRender;
  readonly #startOver: () => void;

  /** `startOver` resets every part of the element when the customer changes. */
  constructor(host: Host, localize: LocalizeController<AddressBookKey>, session: SessionController, focus: FocusAfterRender, startOver: () => void) {
    this.#host = host;
    this.#session = session;
    this.#focus = focus;
    this.#startOver = startOver;
    session.onCustomerChange(() => this.#showCustomer(), { whenReconnected: true });
    this.loader = new RunController(host, localize);
    this.actions = new RunController(host, localize);
  }

  /** Another customer (or none, or the element connected again): start over, and load their list. */
  #showCustomer(): void {
    this.#startOver();
    if (this.#session.snapshot?.status === 'customer') void this.load();
  }

  /** Nothing of the previous customer stays, and nothing pending lands. */
  reset(): void {
    this.loader.reset();
    this.actions.reset();
    this.#addresses = undefined;
    this.loadFailed = false;
    this.notice = this.defaulting = undefined;
  }

  /** The addresses as the server holds them (after a change, as it will); `undefined` until the first list arrived. */
  get addresses(): readonly Address[] | undefined {
    return this.#addresses;
  }

  /** The addresses in the order shown: the default first. */
  get shown(): Address[] {
    return defaultFirst(this.#addresses ?? []);
  }

  /** Any run on the list: its buttons wait, so nothing acts on a list about to change. */
  get busy(): boolean {
    return this.loader.pending !== undefined || this.actions.pending !== undefined;
  }

  /** A button acting on the list: it waits while any run on the list is pending; `busy` says its own run is. */
  button(part: string, label: string, onClick: () => void, options: { busy?: boolean; busyLabel?: string; describedBy?: string } = {}) {
    const { busy = false, busyLabel = label, describedBy } = options;
    return actionButton({ busy, blocked: this.busy }, { label, busyLabel, part, describedBy, onClick });
  }

  /** Shows a new address at once; the emulator and Emporix make a customer's first address the default. */
  add(input: AddressInput, id: string): void {
    const addresses = this.#addresses ?? [];
    this.#addresses = [...addresses, { ...input, id, isDefault: addresses.length === 0 }];
  }

  /** Shows what the server now holds for an address. */
  replace(saved: Address): void {
    this.#addresses = this.#addresses?.map((address) => (address.id === saved.id ? saved : address));
  }

  /** Takes a deleted address off the list; returns the one shown after it, which takes the focus. */
  remove(deleted: Address): Address | undefined {
    const shown = this.shown;
    const next = shown[shown.findIndex((candidate) => candidate.id === deleted.id) + 1];
    this.#addresses = this.#addresses?.filter((candidate) => candidate.id !== deleted.id);
    return next;
  }

  async load(): Promise<void> {
    const loaded = await this.loader.run('address-list', async (signal) => {
      const addresses = await listCustomerAddresses(this.#session.require(), { signal });
      if (!signal.aborted) this.#addresses = addresses;
    });
    this.loadFailed = !loaded && this.loader.failure !== undefined;
    this.#host.requestUpdate();
  }

  /** Announces a change, tells the page, and loads the list again to show what the server holds. */
  changed(action: ChangeAction, addressId: string, notice: MessageRef<AddressBookKey>): void {
    this.notice = notice;
    this.#host.dispatchEvent(emxEvent('emx-address-change', { action, addressId }));
    void this.load();
  }

  async makeDefault(address: Address): Promise<void> {
    this.notice = undefined;
    this.defaulting = address.id;
    const done = await this.actions.run('address-default', (signal) =>
      updateCustomerAddress(this.#session.require(), address.id, { isDefault: true }, { signal }),
    );
    this.defaulting = undefined;
    if (!done) {
      if (isNotFound(this.actions.failure)) void this.load();
      this.#host.requestUpdate();
      return;
    }
    this.#addresses = this.#addresses?.map((candidate) => ({ ...candidate, isDefault: candidate.id === address.id }));
    this.#focus.request(() => cardPart(this.#host, address.id, 'card-heading'));
    this.changed('default', address.id, { key: 'addresses.now_default', params: { address: summaryOf(address) } });
  }
}
