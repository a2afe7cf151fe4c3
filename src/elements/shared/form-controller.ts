import { noChange, nothing, type ReactiveControllerHost } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import type { EmporixError } from '../../api/index.js';
import { focusAfterRender } from './focus-after-render.js';
import type { LocalizeController, MessageRef } from './localize.js';
import type { SharedMessageKey } from './messages.js';
import { RunController, type ActionState, type RunOptions, type RunTask } from './run-controller.js';

export type { ActionState } from './run-controller.js';

/** A field holds text (inputs, selects), a flag (one checkbox) or a list (checkbox group, multi-select). */
export type FieldValue = string | boolean | readonly string[];

/** What one field accepts. Rules run in this order: required, email, pattern, `validate`. */
export interface FieldSpec<Key extends string = string> {
  /** Starting value; its type makes the field text (`''`, the default), a flag (`false`) or a list (`[]`). */
  initial?: FieldValue;
  /** A function makes it depend on the other values (e.g. names once a company registration id is given). */
  required?: boolean | ((values: Readonly<Record<string, FieldValue>>) => boolean);
  email?: boolean;
  pattern?: RegExp;
  /** A password: never trimmed, never set by {@link FormController.setValues}, hidden again on submit. */
  secret?: boolean;
  /** A rule of the element's own (e.g. "repeat the password"), run when the built-in ones pass. */
  validate?: (value: FieldValue, values: Readonly<Record<string, FieldValue>>) => MessageRef<Key> | Key | undefined;
  /**
   * Server `details[].field` paths reported on this field. A path equal to the field's name or
   * ending in `.<name>` always matches; list others here (e.g. `customerAddress.zipCode`).
   */
  serverFields?: readonly string[];
}

export type FieldSpecs<Key extends string = string> = Readonly<Record<string, FieldSpec<Key>>>;

type ValueOf<Spec> = Spec extends { initial: infer V } ? (V extends boolean ? boolean : V extends string ? string : readonly string[]) : string;

/** The values a form submits, typed from its field specs (text trimmed unless `secret`). */
export type FormValues<Specs> = { readonly [Name in keyof Specs]: ValueOf<Specs[Name]> };

export interface FormOptions<Specs extends FieldSpecs<Key>, Key extends string> {
  /**
   * Names the operation in `emx-error` and scopes texts: for a failure with code `c`,
   * `<operation>.error.<c>` is looked up before `error.<c>`.
   */
  operation: string;
  fields: Specs;
  /** Sends the form; resolving is success. The signal aborts when the host disconnects. */
  submit: (values: FormValues<Specs>, signal: AbortSignal) => Promise<unknown>;
  /** Announced in the status region after a successful submit; a function builds it from the values sent. */
  success?: MessageRef<Key> | ((values: FormValues<Specs>) => MessageRef<Key>);
}

/** Everything a field template needs; see `fields.ts`. */
export interface FieldBinding {
  readonly id: string;
  readonly name: string;
  readonly value: FieldValue;
  readonly required: boolean;
  /** The translated problem with the current value, when there is one. */
  readonly error: string | undefined;
  readonly errorId: string;
  readonly hintId: string;
  /** A password currently shown in clear text. */
  readonly revealed: boolean;
  readonly toggleReveal: () => void;
  readonly term: (key: SharedMessageKey) => string;
}

/** The form's live regions: the error summary and the status (success) message, translated. */
export interface FormFeedback {
  readonly errorId: string;
  readonly error: string | undefined;
  readonly status: string | undefined;
}

const SUBMIT = 'submit';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
let formCount = 0;

function isEmpty(value: FieldValue): boolean {
  return typeof value === 'boolean' ? !value : value.length === 0;
}

/** The current value of a named control of the form, read the way its kind stores it. */
function readControl(form: HTMLFormElement, name: string, initial: FieldValue): FieldValue | undefined {
  const item = form.elements.namedItem(name);
  if (!item) return undefined;
  const controls = item instanceof RadioNodeList ? [...item] : [item];
  if (typeof initial === 'boolean') return controls.some((control) => control instanceof HTMLInputElement && control.checked);
  if (Array.isArray(initial)) {
    return controls.flatMap((control) => {
      if (control instanceof HTMLSelectElement) return [...control.selectedOptions].map((option) => option.value);
      return control instanceof HTMLInputElement && control.checked ? [control.value] : [];
    });
  }
  return item instanceof RadioNodeList ? item.value : (item as HTMLInputElement).value;
}

/** Hands the `<form>` it sits on to the controller, once per form element. */
class FormBindingDirective extends Directive {
  #form: HTMLFormElement | undefined;

  render(_connect: (form: HTMLFormElement) => void) {
    return nothing;
  }

  override update(part: ElementPart, [connect]: [(form: HTMLFormElement) => void]) {
    if (part.element !== this.#form) {
      this.#form = part.element as HTMLFormElement;
      connect(this.#form);
    }
    return noChange;
  }
}

const formBinding = directive(FormBindingDirective);

/**
 * One step of a flow: a `<form>` with its fields (values, validation, binding to the inputs) and
 * the feedback the user sees; the run that sends it is a {@link RunController}'s. An element holds
 * one per form (several forms, or one per step of a multi-step flow) and renders it with the
 * templates of `fields.ts`:
 *
 * ```ts
 * readonly #form = new FormController(this, this.localize, {
 *   operation: 'password-reset',
 *   fields: { email: { required: true, email: true } },
 *   submit: ({ email }) => requestCustomerPasswordReset(this.session.require(), { email }),
 *   success: ({ email }) => ({ key: 'reset.requested', params: { email } }),
 * });
 * render() {
 *   return html`<form part="form" ${this.#form.attach()}>
 *     ${formFeedback(this.#form.feedback)}
 *     ${textField(this.#form.field('email'), { label: 'Email', type: 'email', autocomplete: 'email' })}
 *     ${submitButton(this.#form.action(), { label: 'Send', busyLabel: 'Sending…' })}
 *   </form>`;
 * }
 * ```
 *
 * Guarantees: nothing is sent while a field is invalid; the first invalid field (or the error
 * summary) gets the focus; a second submit while one runs is ignored; values are kept after any
 * failure; server `details[].field` problems land on their fields; every failure is shown by
 * its code and dispatched as `emx-error`.
 */
export class FormController<Specs extends FieldSpecs<Key>, Key extends string> {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #localize: LocalizeController<Key>;
  readonly #options: FormOptions<Specs, Key>;
  readonly #fields: FieldSpecs<Key>;
  readonly #idPrefix = `emx-form-${++formCount}`;
  readonly #values: Record<string, FieldValue> = {};
  readonly #fieldErrors = new Map<string, MessageRef>();
  readonly #revealed = new Set<string>();
  #form: HTMLFormElement | undefined;
  readonly #runs: RunController;

  constructor(host: ReactiveControllerHost & HTMLElement, localize: LocalizeController<Key>, options: FormOptions<Specs, Key>) {
    this.#host = host;
    this.#localize = localize;
    this.#options = options;
    this.#fields = options.fields;
    for (const [name, spec] of Object.entries(options.fields)) this.#values[name] = spec.initial ?? '';
    // A disconnected host drops the run (the run controller's own rule): nothing it returns is shown.
    this.#runs = new RunController(host, localize, {
      onFailure: (error) => {
        this.#placeServerProblems(error);
        this.#focusProblem();
      },
    });
  }

  /** Put on the step's `<form>` element: `<form ${form.attach()}>` (one form element per controller). */
  attach() {
    return formBinding(this.#connect);
  }

  /** The current values as typed (not trimmed). */
  get values(): Readonly<Record<keyof Specs, FieldValue>> {
    return { ...this.#values } as Record<keyof Specs, FieldValue>;
  }

  /** Fills fields, e.g. from a profile being edited or a default. Password fields are never filled. */
  setValues(values: Partial<Record<keyof Specs, FieldValue>>): void {
    for (const [name, value] of Object.entries(values)) {
      const spec = this.#fields[name];
      if (spec && !spec.secret && value !== undefined) this.#values[name] = value as FieldValue;
    }
    this.#rerender();
  }

  /**
   * Back to the start: with names, just those fields' values (e.g. the password after a login);
   * without, every value, problem and message, and any pending run is dropped.
   */
  reset(names?: ReadonlyArray<keyof Specs & string>): void {
    const fields = names ?? Object.keys(this.#fields);
    for (const name of fields) {
      this.#values[name] = this.#fields[name]?.initial ?? '';
      this.#fieldErrors.delete(name);
      this.#revealed.delete(name);
    }
    if (!names) this.#runs.reset();
    this.#rerender();
  }

  /** Everything `fields.ts` needs to render the field `name`. */
  field(name: keyof Specs & string): FieldBinding {
    const id = `${this.#idPrefix}-${name}`;
    const error = this.#fieldErrors.get(name);
    return {
      id,
      name,
      value: this.#values[name] ?? '',
      required: this.#isRequired(this.#fields[name], this.#values),
      error: error && this.#localize.render(error),
      errorId: `${id}-error`,
      hintId: `${id}-hint`,
      revealed: this.#revealed.has(name),
      toggleReveal: () => {
        if (!this.#revealed.delete(name)) this.#revealed.add(name);
        this.#rerender();
      },
      term: (key) => this.#localize.render({ key }),
    };
  }

  /** State for the button of an action; the submit button's is `action()`. */
  action(name: string = SUBMIT): ActionState {
    return this.#runs.action(this.#operationOf(name));
  }

  /** The failure of the last run, to offer a way out by its code (e.g. "resend the email"). */
  get failure(): EmporixError | undefined {
    return this.#runs.failure;
  }

  get feedback(): FormFeedback {
    const error = this.#fieldErrors.size > 0 ? { key: 'form.invalid' } : this.#runs.error;
    return {
      errorId: `${this.#idPrefix}-errors`,
      error: error && this.#localize.render(error),
      status: this.#runs.success && this.#localize.render(this.#runs.success),
    };
  }

  /**
   * Runs `task` as the action `name` of this form (a button beside the submit: "resend the
   * email", "delete"), with the same busy state, feedback, focus handling and `emx-error`, whose
   * `operation` (and text scope) is `name`. Resolves `true` on success; `false` when it failed,
   * was dropped, or another run was pending. A run still pending after {@link RUN_DEADLINE_MS}
   * is aborted and fails with code `deadline`, unless `deadline: false` (the customer is busy
   * elsewhere at their own pace, e.g. at a sign-in provider).
   */
  run(name: string, task: RunTask, options: RunOptions<Key> = {}): Promise<boolean> {
    return this.#runs.run(this.#operationOf(name), task, options);
  }

  /** The submit runs as the form's operation; other actions as themselves. */
  #operationOf(name: string): string {
    return name === SUBMIT ? this.#options.operation : name;
  }

  readonly #connect = (form: HTMLFormElement): void => {
    this.#form = form;
    // The kit validates itself: consistent messages in the page's language, tied to the fields.
    form.noValidate = true;
    form.addEventListener('submit', this.#onSubmit);
    form.addEventListener('input', this.#onInput);
    form.addEventListener('change', this.#onInput);
  };

  readonly #onInput = (event: Event): void => {
    const name = (event.target as Partial<HTMLInputElement> | null)?.name;
    if (!name || !(name in this.#fields)) return;
    this.#readFromForm(name);
    if (this.#fieldErrors.delete(name)) this.#rerender();
  };

  readonly #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (this.#runs.pending !== undefined) return;
    // Password managers may fill fields without input events: the form itself is the truth.
    for (const name of Object.keys(this.#fields)) this.#readFromForm(name);
    this.#revealed.clear();
    this.#validate();
    if (this.#fieldErrors.size > 0) {
      this.#runs.clearMessages();
      this.#focusProblem();
      return;
    }
    const values = this.#submittedValues();
    const { success } = this.#options;
    void this.run(SUBMIT, (signal) => this.#options.submit(values, signal), {
      success: typeof success === 'function' ? success(values) : success,
    });
  };

  #readFromForm(name: string): void {
    const value = this.#form && readControl(this.#form, name, this.#fields[name]?.initial ?? '');
    if (value !== undefined) this.#values[name] = value;
  }

  #submittedValues(): FormValues<Specs> {
    const values: Record<string, FieldValue> = {};
    for (const [name, spec] of Object.entries(this.#fields)) {
      const value = this.#values[name] ?? '';
      values[name] = typeof value === 'string' && !spec.secret ? value.trim() : value;
    }
    return values as FormValues<Specs>;
  }

  #validate(): void {
    this.#fieldErrors.clear();
    const values = this.#submittedValues() as Record<string, FieldValue>;
    for (const [name, spec] of Object.entries(this.#fields)) {
      const problem = this.#check(spec, values[name] ?? '', values);
      if (problem) this.#fieldErrors.set(name, problem);
    }
  }

  #check(spec: FieldSpec<Key>, value: FieldValue, values: Record<string, FieldValue>): MessageRef | undefined {
    if (isEmpty(value)) {
      if (!this.#isRequired(spec, values)) return undefined;
      if (typeof value === 'boolean') return { key: 'validation.required_check' };
      return { key: typeof value === 'string' ? 'validation.required' : 'validation.required_choice' };
    }
    if (typeof value === 'string') {
      if (spec.email && !EMAIL.test(value)) return { key: 'validation.email' };
      if (spec.pattern && !spec.pattern.test(value)) return { key: 'validation.pattern' };
    }
    const custom = spec.validate?.(value, values);
    return typeof custom === 'string' ? { key: custom } : custom;
  }

  #isRequired(spec: FieldSpec<Key> | undefined, values: Readonly<Record<string, FieldValue>>): boolean {
    return typeof spec?.required === 'function' ? spec.required(values) : Boolean(spec?.required);
  }

  /** Server field problems go to the field they name, so the user sees what to fix where. */
  #placeServerProblems(error: EmporixError): void {
    for (const detail of error.details) {
      const name = Object.keys(this.#fields).find(
        (candidate) =>
          detail.field === candidate || detail.field.endsWith(`.${candidate}`) || this.#fields[candidate]?.serverFields?.includes(detail.field),
      );
      if (!name || this.#fieldErrors.has(name)) continue;
      const typed = detail.type && `validation.${detail.type}`;
      this.#fieldErrors.set(name, { key: typed && this.#localize.lookup(typed) !== undefined ? typed : 'validation.rejected' });
    }
  }

  /** The first invalid field, or else the error summary, takes the focus once they are rendered. */
  #focusProblem(): void {
    focusAfterRender(this.#host).request(() => {
      const form = this.#form;
      if (!form?.isConnected) return undefined;
      const root = form.getRootNode() as Document | ShadowRoot;
      return form.querySelector<HTMLElement>('[aria-invalid="true"]') ?? root.getElementById(this.feedback.errorId);
    });
  }

  #rerender(): void {
    this.#host.requestUpdate();
  }
}
