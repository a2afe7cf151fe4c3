import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Address } from '../../api/index.js';
import { deleteCustomerAddress } from '../../session/addresses.js';
import { formFeedback, submitButton } from '../shared/fields.js';
import { FormController } from '../shared/form-controller.js';
import type { LocalizeController } from '../shared/localize.js';
import type { SessionController } from '../shared/session-controller.js';
import { summaryOf, type Subheading } from './address-card.js';
import { isNotFound } from './address-list.js';
import type { AddressBookKey } from './messages.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface DeleteDialogOptions {
  readonly localize: LocalizeController<AddressBookKey>;
  readonly session: SessionController;
  /** The address is gone from the server (the dialog has closed). */
  readonly deleted: (address: Address) => void;
  /** Escape or "Cancel" closed the dialog; `interrupted` when a DELETE was pending and may have reached the server. */
  readonly dismissed: (address: Address, interrupted: boolean) => void;
}

/**
 * The delete confirmation: a modal `<dialog>` asking about one address, opened once it is
 * rendered, with "Cancel" focused first. While the deletion runs, Escape does not hide it.
 */
export class DeleteDialog implements ReactiveController {
  /** The address the confirmation asks about. */
  #address: Address | undefined;
  /** The confirmation was just rendered and waits to be shown as a modal dialog. */
  #toOpen = false;
  readonly #host: Host;
  readonly #options: DeleteDialogOptions;
  readonly #removal: FormController<Record<never, never>, AddressBookKey>;

  constructor(host: Host, options: DeleteDialogOptions) {
    this.#host = host;
    this.#options = options;
    this.#removal = new FormController(host, options.localize, {
      operation: 'address-delete',
      fields: {},
      submit: async (_values, signal) => {
        const address = this.#address;
        if (!address) return;
        try {
          await deleteCustomerAddress(options.session.require(), address.id, { signal });
        } catch (error) {
          // Already gone (deleted elsewhere, or a retry after a lost answer): what the customer asked for.
          if (!isNotFound(error)) throw error;
        }
        this.#address = undefined;
        this.#dialog()?.close();
        options.deleted(address);
      },
    });
    host.addController(this);
  }

  /** The address being asked about, while the confirmation shows. */
  get address(): Address | undefined {
    return this.#address;
  }

  open(address: Address): void {
    this.#removal.reset();
    this.#address = address;
    this.#toOpen = true;
    this.#host.requestUpdate();
  }

  /** Gone without a trace: no confirmation, and nothing pending lands. */
  reset(): void {
    this.#removal.reset();
    this.#address = undefined;
    this.#toOpen = false;
  }

  hostUpdated(): void {
    if (!this.#toOpen) return;
    this.#toOpen = false;
    this.#dialog()?.showModal();
  }

  render(subheading: Subheading, idPrefix: string) {
    const address = this.#address;
    if (!address) return nothing;
    const t = this.#options.localize;
    const headingId = `${idPrefix}-confirm-heading`;
    const textId = `${idPrefix}-confirm-address`;
    return html`<dialog
      part="dialog"
      aria-labelledby=${headingId}
      aria-describedby=${textId}
      @cancel=${this.#onCancel}
      @close=${this.#onClosed}
    >
      <form part="form confirm-form" ${this.#removal.attach()}>
        ${subheading('dialog-heading', headingId, t.term('addresses.delete_heading'))}
        <p part="text confirm-address" id=${textId} dir="auto">${summaryOf(address)}</p>
        ${formFeedback(this.#removal.feedback)}
        <div part="form-actions">
          ${submitButton(this.#removal.action(), { label: t.term('addresses.delete_confirm'), busyLabel: t.term('addresses.deleting'), part: 'confirm-delete' })}
          <button part="button cancel" type="button" autofocus @click=${() => this.#dialog()?.close()}>${t.term('addresses.cancel')}</button>
        </div>
      </form>
    </dialog>`;
  }

  #dialog(): HTMLDialogElement | null {
    return this.#host.querySelector('dialog');
  }

  /** Escape or "Cancel" closed the confirmation: nothing is deleted. */
  readonly #onClosed = (): void => {
    const address = this.#address;
    if (!address) return;
    const interrupted = this.#removal.action().busy;
    this.#address = undefined;
    this.#removal.reset();
    this.#options.dismissed(address, interrupted);
  };

  /** While the deletion runs, Escape does not hide it. */
  readonly #onCancel = (event: Event): void => {
    if (this.#removal.action().busy) event.preventDefault();
  };
}
