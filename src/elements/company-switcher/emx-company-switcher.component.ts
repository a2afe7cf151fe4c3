import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LEGAL_ENTITY_NOT_ASSIGNED } from '../../session/legal-entities.js';
import type { LegalEntity } from '../../session/types.js';
import { EmxElement } from '../shared/emx-element.js';
import { RunController } from '../shared/run-controller.js';
import { companySwitcherStyles } from './emx-company-switcher.styles.js';
import { companySwitcherMessages, type CompanySwitcherMessageKey } from './messages.js';

/** The run's name, and the `operation` of its `emx-error`. */
const SWITCH = 'legal-entity-switch';

let instances = 0;

function nameOf(entity: LegalEntity | undefined): string {
  return entity?.name || entity?.id || '';
}

/**
 * The company a business customer acts for, and the choice of another: for a B2B contact
 * assigned to several legal entities (companies), a labelled native `<select>` and a "Switch"
 * button; for one, the company's name. The switch is one token refresh
 * (`session.switchLegalEntity`) that every open tab follows at once; the choice is remembered in
 * this browser for this customer and restored after the next sign-in.
 *
 * While the switch runs the button says so; a failure is announced next to the select with a
 * "Try again" button, and the company active before stays active. A company the customer is no
 * longer assigned to is refused with its own message, and the list is loaded again. When the
 * customer has several companies and none is chosen yet (`snapshot.legalEntityRequired`), the
 * select asks for one: a shop should not start a checkout before.
 *
 * Renders nothing while no customer is signed in, and for a customer without companies (or a
 * short note, with `empty-note`). Needs an `<emx-session>` somewhere on the page.
 *
 * Parts are styling hooks in the light DOM: select them as `emx-company-switcher [part~="select"]`.
 *
 * @summary Business customers: shows the company they act for and switches to another one.
 *
 * @event emx-error - A switch failed; `detail`: `operation` (`legal-entity-switch`), `code` (`legal_entity_not_assigned` for a company the customer is no longer assigned to), `status`, `error`.
 *
 * The switch itself is announced by `<emx-session>` (`emx-legal-entity-change`, in every tab).
 *
 * @csspart base - The element's box.
 * @csspart form - The select and its button.
 * @csspart field - The label, hint, select and error.
 * @csspart label - The select's label ("Company").
 * @csspart hint - "Please choose the company you are buying for.", while none is chosen.
 * @csspart select - The native select of the customer's companies.
 * @csspart button - Every button.
 * @csspart submit - The "Switch" button.
 * @csspart error-summary - Live region (`role="alert"`) with why the switch failed; the select refers to it.
 * @csspart retry - The "Try again" button after a failed switch.
 * @csspart status - Live region (`role="status"`) with the company now active.
 * @csspart company - The line that names the one company of a customer with only one.
 * @csspart company-name - The company's name in that line.
 * @csspart note - The note for a customer without companies (with `empty-note`).
 *
 * @cssproperty --emx-color-primary - Buttons, focus ring. Default blue, lighter in dark mode.
 * @cssproperty --emx-color-on-primary - Text on primary buttons.
 * @cssproperty --emx-color-text - Text.
 * @cssproperty --emx-color-text-muted - Hints and secondary text.
 * @cssproperty --emx-color-surface - Background of the element.
 * @cssproperty --emx-color-field - Background of the select.
 * @cssproperty --emx-color-border - Select border.
 * @cssproperty --emx-color-danger - Errors.
 * @cssproperty --emx-color-success - Confirmations.
 * @cssproperty --emx-color-scheme - `light dark` (default, follows the visitor's setting), `light` or `dark`.
 * @cssproperty --emx-focus-ring-color - Focus outline colour (default: primary).
 * @cssproperty --emx-focus-ring-width - Focus outline width (default 3px).
 * @cssproperty --emx-radius - Corner radius (default 0.5rem).
 * @cssproperty --emx-space - Base spacing (default 1rem).
 * @cssproperty --emx-font-family - Font (default: inherited from the page).
 * @cssproperty --emx-font-size - Base font size (default 1rem).
 * @cssproperty --emx-max-width - Maximum width of the element (default 28rem).
 */
export class EmxCompanySwitcherElement extends EmxElement<CompanySwitcherMessageKey> {
  static override styles = companySwitcherStyles;

  /** Show a short note ("Your account is not linked to a company.") for a signed-in customer without companies, instead of nothing. */
  @property({ attribute: 'empty-note', type: Boolean }) emptyNote = false;

  readonly #run = new RunController(this, this.localize);
  readonly #id = `emx-company-switcher-${++instances}`;
  /** The company picked in the select and not active yet (kept after a failure, for "Try again"). */
  #picked: string | undefined;

  constructor() {
    super(companySwitcherMessages);
    this.session.onCustomerChange(() => {
      this.#run.reset();
      this.#picked = undefined;
    });
    // Another tab switched: the select shows the company now active, unless a switch of ours is under way.
    this.session.watch((session, changed) =>
      session.on('legal-entity', () => {
        if (this.#run.pending === undefined) this.#picked = undefined;
        changed();
      }),
    );
  }

  override render() {
    const content = this.#renderContent();
    return content === nothing ? nothing : this.renderBase('company-switcher', content);
  }

  #renderContent() {
    const snapshot = this.session.snapshot;
    const customer = snapshot?.status === 'customer' ? snapshot.customer : undefined;
    const entities = customer?.legalEntities ?? [];
    if (!customer) return nothing;
    if (entities.length === 0) {
      return this.emptyNote ? html`<p part="note text">${this.localize.term('company-switcher.none')}</p>` : nothing;
    }
    const active = entities.find((entity) => entity.id === customer.legalEntityId);
    // A refusal that left one company keeps its message in view until the customer moves on.
    if (entities.length === 1 && active && !this.#run.error) {
      return html`<p part="company">${this.localize.term('company-switcher.label')}: <span part="company-name" dir="auto">${nameOf(active)}</span></p>`;
    }
    return this.#renderChoice(entities, active, snapshot?.legalEntityRequired === true);
  }

  #renderChoice(entities: readonly LegalEntity[], active: LegalEntity | undefined, required: boolean) {
    const t = this.localize;
    const run = this.#run;
    const chosen = this.#picked ?? active?.id ?? '';
    const selectId = `${this.#id}-select`;
    const errorId = `${this.#id}-error`;
    const hintId = `${this.#id}-hint`;
    const describedBy = [run.error ? errorId : '', required ? hintId : ''].filter(Boolean).join(' ');
    const action = run.action(SWITCH);
    const refused = run.failure?.code === LEGAL_ENTITY_NOT_ASSIGNED;
    return html`<form part="form" novalidate @submit=${this.#onSubmit}>
        <div part="field">
          <label part="label" for=${selectId}>${t.term('company-switcher.label')}</label>
          ${required ? html`<p part="hint" id=${hintId}>${t.term('company-switcher.required')}</p>` : nothing}
          <select
            part="select"
            id=${selectId}
            name="legalEntityId"
            aria-invalid=${run.error ? 'true' : nothing}
            aria-describedby=${ifDefined(describedBy || undefined)}
            @change=${this.#onChange}
          >
            ${chosen === '' ? html`<option value="" disabled .selected=${true}>${t.term('company-switcher.placeholder')}</option>` : nothing}
            ${entities.map((entity) => html`<option value=${entity.id} .selected=${entity.id === chosen}>${nameOf(entity)}</option>`)}
          </select>
        </div>
        <button part="button submit" type="submit" aria-disabled=${action.blocked ? 'true' : nothing} aria-busy=${action.busy ? 'true' : nothing}>
          ${action.busy ? t.term('company-switcher.switching') : t.term('company-switcher.switch')}
        </button>
      </form>
      <div part="error-summary" id=${errorId} role="alert">${run.error
          ? html`${t.render(run.error)}${active ? ` ${t.term('company-switcher.still_active', { company: nameOf(active) })}` : nothing}${refused
              ? nothing
              : html`<button part="button retry" type="button" @click=${this.#retry}>${t.term('company-switcher.retry')}</button>`}`
          : nothing}</div>
      <div part="status" role="status">${run.success ? t.render(run.success) : nothing}</div>`;
  }

  #onChange = (event: Event): void => {
    this.#picked = (event.target as HTMLSelectElement).value;
    this.#run.clearMessages();
  };

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.#switch();
  };

  #retry = (): void => {
    void this.#switch();
  };

  async #switch(): Promise<void> {
    const id = this.#picked;
    const snapshot = this.session.snapshot;
    if (!id || id === snapshot?.customer?.legalEntityId) {
      this.#picked = undefined;
      this.requestUpdate();
      return;
    }
    const company = nameOf(snapshot?.customer?.legalEntities?.find((entity) => entity.id === id));
    const switched = await this.#run.run(SWITCH, (signal) => this.session.require().switchLegalEntity(id, { signal }), {
      success: { key: 'company-switcher.switched', params: { company } },
    });
    if (switched || this.#run.failure?.code === LEGAL_ENTITY_NOT_ASSIGNED) this.#picked = undefined;
    // The select is what failed: the focus goes there, and it refers to the message.
    if (!switched && this.#run.failure) this.nextFocus.request(`#${this.#id}-select`);
  }
}
