/**
 * Drives emx elements the way a user does (type, click, read what is on screen), so element
 * tests read like the flows they check. Every element renders into its light DOM, so plain
 * `querySelector` reaches its inputs.
 */
import { pluralBranches } from '../../src/elements/shared/localize.js';
import { until } from './emulator.js';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** A text value as messages show it: isolated (FSI…PDI) so that its direction cannot reorder the sentence. */
export const isolated = (value: string): string => `\u2068${value}\u2069`;

/**
 * A message as the elements show it in `lang`: the plural form for the count, `{name}`
 * placeholders filled, text isolated, numbers written for the language.
 */
export function fillMessage(text: string, params: Readonly<Record<string, string | number>>, lang = 'en'): string {
  const plural = pluralBranches(text);
  let chosen = text;
  if (plural) {
    const count = Number(params[plural.param]);
    const branch = plural.branches.get(`=${count}`) ?? plural.branches.get(new Intl.PluralRules(lang).select(count)) ?? plural.branches.get('other');
    chosen = (branch ?? '').replaceAll('#', new Intl.NumberFormat(lang).format(count));
  }
  return chosen.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'string' ? isolated(value) : new Intl.NumberFormat(lang).format(value);
  });
}

export function query<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`Nothing matches ${selector}`);
  return element;
}

/** Types into a field like a user (focus, value, `input` event); the element reads it from there. */
export function type(control: TextControl, value: string): void {
  control.focus();
  control.value = value;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

export function submitButtonOf(root: ParentNode): HTMLButtonElement {
  return query<HTMLButtonElement>(root, 'button[type="submit"]');
}

function textOf(root: ParentNode, part: string): string {
  return root.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The text of the error summary (`role="alert"`). */
export const errorSummaryOf = (root: ParentNode): string => textOf(root, 'error-summary');

/** The text of the status region (`role="status"`). */
export const statusOf = (root: ParentNode): string => textOf(root, 'status');

export const headingOf = (root: ParentNode): string => textOf(root, 'heading');

/** The error a field announces: the texts its `aria-describedby` points at that are errors. */
export function fieldErrorOf(control: Element): string {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  const root = control.getRootNode() as Document | ShadowRoot;
  return ids
    .map((id) => root.getElementById(id))
    .filter((element) => element?.getAttribute('part')?.split(' ').includes('field-error'))
    .map((element) => element?.textContent?.trim())
    .join(' ');
}

/** Waits until the error summary shows something and returns it. */
export function waitForError(root: ParentNode, timeoutMs = 5000): Promise<string> {
  return until(() => errorSummaryOf(root), timeoutMs, 'an error message');
}

/** Whether `element` has the focus (in its document or shadow root). */
export function hasFocus(element: Element): boolean {
  return (element.getRootNode() as Document | ShadowRoot).activeElement === element;
}

/**
 * Waits for the focus to reach `element`. (A failing `expect(activeElement).to.equal(…)` would
 * serialize whole DOM trees into the report; this names the part instead.)
 */
export function waitForFocus(element: Element, timeoutMs = 2000): Promise<boolean> {
  return until(() => hasFocus(element), timeoutMs, `focus on <${element.localName} part="${element.getAttribute('part') ?? ''}">`);
}
