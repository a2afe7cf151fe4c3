import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { emxEvent, type EmxEventDetails } from '../../events.js';
import type { ActionState, FieldBinding, FormFeedback } from './form-controller.js';
import { isNavigableHref } from './navigable-url.js';

/**
 * Templates for the pieces every form is made of. Each labels its control, ties hint and error
 * to it (`aria-describedby`, `aria-invalid`) and carries the documented `part` names, so a shop
 * styles `emx-login [part~="input"]` and the like.
 */

/** Options every field takes. */
export interface FieldOptions {
  label: string;
  /** A short help text under the label, read with the field. */
  hint?: string;
  /** The `autocomplete` token: `email`, `username`, `given-name`, `postal-code`, … */
  autocomplete?: string;
}

export interface TextFieldOptions extends FieldOptions {
  type?: 'text' | 'email' | 'tel' | 'url' | 'search';
  inputmode?: 'text' | 'email' | 'tel' | 'url' | 'search' | 'numeric' | 'decimal' | 'none';
  /** Left to right in every language, like a code or token (emails, phones, URLs and postcodes are already). */
  ltr?: boolean;
}

export interface PasswordFieldOptions extends FieldOptions {
  autocomplete: 'current-password' | 'new-password';
}

export interface Choice {
  value: string;
  label: string;
}

export interface SelectFieldOptions extends FieldOptions {
  options: readonly Choice[];
  /** Text of an empty first option, for a select with no default. */
  placeholder?: string;
}

export interface ChoiceGroupOptions {
  /** The group's legend. */
  label: string;
  hint?: string;
  options: readonly Choice[];
}

/** Error first: it is what the user needs to hear first. */
function describedBy(field: FieldBinding, hint: string | undefined): string | undefined {
  const ids = [field.error ? field.errorId : '', hint ? field.hintId : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** Optional fields say so, rather than required ones being starred. */
function optionalMark(field: FieldBinding) {
  return field.required ? nothing : html` <span part="optional">${field.term('field.optional')}</span>`;
}

function hint(field: FieldBinding, text: string | undefined) {
  return text ? html`<p part="hint" id=${field.hintId}>${text}</p>` : nothing;
}

function fieldError(field: FieldBinding) {
  return field.error ? html`<p part="field-error" id=${field.errorId}>${field.error}</p>` : nothing;
}

function invalid(field: FieldBinding) {
  return field.error ? 'true' : nothing;
}

/** Label, hint, the control and its error, in reading order. */
function fieldShell(field: FieldBinding, options: FieldOptions, control: TemplateResult): TemplateResult {
  return html`<div part="field">
    <label part="label" for=${field.id}>${options.label}${optionalMark(field)}</label>
    ${hint(field, options.hint)} ${control} ${fieldError(field)}
  </div>`;
}

/**
 * Emails, passwords, phone numbers, URLs and postcodes are written left to right in every
 * language: on a right-to-left page they keep `dir="ltr"`, so `+49 30 1234` or `a.b@c.de` never
 * reorders (the styles align them with the page's labels).
 */
function writtenLeftToRight(options: TextFieldOptions | PasswordFieldOptions, type: string, secret: boolean): boolean {
  return secret || ['email', 'tel', 'url'].includes(type) || options.autocomplete === 'postal-code' || ('ltr' in options && options.ltr === true);
}

/** An `<input>`; `secret` keeps browsers from capitalising or spell-checking a password shown in clear. */
function inputControl(field: FieldBinding, options: TextFieldOptions | PasswordFieldOptions, type: string, secret = false): TemplateResult {
  return html`<input
    part="input"
    id=${field.id}
    name=${field.name}
    type=${type}
    dir=${writtenLeftToRight(options, type, secret) ? 'ltr' : nothing}
    autocomplete=${ifDefined(options.autocomplete)}
    inputmode=${ifDefined('inputmode' in options ? options.inputmode : undefined)}
    autocapitalize=${secret ? 'off' : nothing}
    spellcheck=${secret ? 'false' : nothing}
    ?required=${field.required}
    aria-invalid=${invalid(field)}
    aria-describedby=${ifDefined(describedBy(field, options.hint))}
    .value=${live(String(field.value))}
  />`;
}

/** A one-line text input. */
export function textField(field: FieldBinding, options: TextFieldOptions): TemplateResult {
  return fieldShell(field, options, inputControl(field, options, options.type ?? 'text'));
}

/** An eye, struck through while the password is shown. */
function eyeIcon(struck: boolean): TemplateResult {
  return html`<svg part="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2">
    <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z" />
    <circle cx="12" cy="12" r="3" />
    <path d="M3 3l18 18" display=${struck ? 'inline' : 'none'} />
  </svg>`;
}

/**
 * A password input with a show/hide toggle: a real button whose name stays "Show password" and
 * whose `aria-pressed` says whether it is shown. The value is never set by the kit.
 */
export function passwordField(field: FieldBinding, options: PasswordFieldOptions): TemplateResult {
  return fieldShell(
    field,
    options,
    html`<div part="input-group">
      ${inputControl(field, options, field.revealed ? 'text' : 'password', true)}
      <button part="password-toggle" type="button" aria-controls=${field.id} aria-pressed=${field.revealed ? 'true' : 'false'} @click=${field.toggleReveal}>
        ${eyeIcon(field.revealed)}<span class="emx-visually-hidden">${field.term('field.show_password')}</span>
      </button>
    </div>`,
  );
}

/** A select; its options are marked selected one by one, so the value holds on first render. */
export function selectField(field: FieldBinding, options: SelectFieldOptions): TemplateResult {
  return fieldShell(
    field,
    options,
    html`<select
      part="select"
      id=${field.id}
      name=${field.name}
      autocomplete=${ifDefined(options.autocomplete)}
      ?required=${field.required}
      aria-invalid=${invalid(field)}
      aria-describedby=${ifDefined(describedBy(field, options.hint))}
    >
      ${options.placeholder !== undefined ? html`<option value="" ?selected=${field.value === ''}>${options.placeholder}</option>` : nothing}
      ${options.options.map((choice) => html`<option value=${choice.value} ?selected=${choice.value === field.value}>${choice.label}</option>`)}
    </select>`,
  );
}

/** One checkbox for a yes/no value (initial `false`). */
export function checkboxField(field: FieldBinding, options: FieldOptions): TemplateResult {
  return html`<div part="field checkbox-field">
    <input
      part="checkbox"
      id=${field.id}
      name=${field.name}
      type="checkbox"
      ?required=${field.required}
      aria-invalid=${invalid(field)}
      aria-describedby=${ifDefined(describedBy(field, options.hint))}
      .checked=${live(field.value === true)}
    />
    <label part="label" for=${field.id}>${options.label}</label>
    ${hint(field, options.hint)} ${fieldError(field)}
  </div>`;
}

/** Checkboxes under a legend for a list value (initial `[]`, e.g. address tags). */
export function choiceGroup(field: FieldBinding, options: ChoiceGroupOptions): TemplateResult {
  const chosen = field.value as readonly string[];
  return html`<fieldset part="field choice-group" aria-describedby=${ifDefined(describedBy(field, options.hint))}>
    <legend part="label">${options.label}${optionalMark(field)}</legend>
    ${hint(field, options.hint)}
    ${options.options.map(
      (choice, index) => html`<div part="choice">
        <input
          part="checkbox"
          id=${`${field.id}-${index}`}
          name=${field.name}
          type="checkbox"
          value=${choice.value}
          aria-invalid=${invalid(field)}
          .checked=${live(chosen.includes(choice.value))}
        />
        <label part="choice-label" for=${`${field.id}-${index}`}>${choice.label}</label>
      </div>`,
    )}
    ${fieldError(field)}
  </fieldset>`;
}

/** The form's live regions: errors (`role="alert"`, focusable for non-field failures) and success (`role="status"`). */
export function formFeedback(feedback: FormFeedback): TemplateResult {
  return html`<div part="error-summary" id=${feedback.errorId} role="alert" tabindex="-1">${feedback.error ?? nothing}</div><div
      part="status"
      role="status"
    >${feedback.status ?? nothing}</div>`;
}

interface ButtonOptions {
  label: string;
  /** Shown instead of `label` while the button's run is pending. */
  busyLabel: string;
  /** More part names, e.g. `sign-out`. */
  part?: string;
  /** Ids of the text that says what the button acts on (e.g. which address), when several share a label. */
  describedBy?: string;
  /** Shown before the text, e.g. a provider's logo; decorative, as the text names the button. */
  icon?: TemplateResult;
}

/** aria-disabled rather than disabled: the button keeps the focus while its run is pending. */
function runButton(type: 'submit' | 'button', parts: string, action: ActionState, options: ButtonOptions, onClick?: () => void): TemplateResult {
  return html`<button
    part=${options.part ? `${parts} ${options.part}` : parts}
    type=${type}
    aria-disabled=${action.blocked ? 'true' : nothing}
    aria-busy=${action.busy ? 'true' : nothing}
    aria-describedby=${ifDefined(options.describedBy)}
    @click=${() => {
      if (onClick && !action.blocked) onClick();
    }}
  >
    ${options.icon ?? nothing}${action.busy ? options.busyLabel : options.label}
  </button>`;
}

/** The submit button: its text says when it is working, and a second press does nothing. */
export function submitButton(action: ActionState, options: ButtonOptions): TemplateResult {
  return runButton('submit', 'button submit', action, options);
}

/** A secondary button that starts a run of its own (`form.run(name, …)`, state from `form.action(name)`). */
export function actionButton(action: ActionState, options: ButtonOptions & { onClick: () => void }): TemplateResult {
  return runButton('button', 'button', action, options, options.onClick);
}

/**
 * A way to another flow: a link when the shop gave its URL (relative, `http:` or `https:` only;
 * see {@link isNavigableHref}), otherwise a button that asks the shop through `emx-navigate`
 * (bubbling from `host`) to take the customer there.
 */
export function flowLink(
  host: EventTarget,
  options: { to: EmxEventDetails['emx-navigate']['to']; href: string | undefined; label: string },
): TemplateResult {
  if (options.href && isNavigableHref(options.href)) return html`<a part="link" href=${options.href}>${options.label}</a>`;
  return html`<button part="link" type="button" @click=${() => host.dispatchEvent(emxEvent('emx-navigate', { to: options.to }))}>${options.label}</button>`;
}
