import { css } from 'lit';

/**
 * The kit's design tokens and base form styles, adopted once per document or shadow root.
 *
 * Elements render into their light DOM (so password managers see their inputs), so `::part()`
 * does not apply: every visible piece carries a `part` attribute instead, and a shop styles it
 * with a plain attribute selector, e.g. `emx-login [part~="input"] { border-radius: 0 }`.
 * Rules here keep the scope inside `:where()`, so such a selector always wins, while a global
 * reset like `button { background: none }` does not.
 *
 * Theming goes through custom properties, set on the element or any ancestor (`:root`):
 * colours default per scheme through `light-dark()`, and the scheme follows the visitor's
 * `prefers-color-scheme` unless `--emx-color-scheme` says `light` or `dark`.
 */
export const sharedStyles = css`
  :where(.emx-root) {
    --_emx-primary: var(--emx-color-primary, light-dark(#1d4ed8, #93b4ff));
    --_emx-on-primary: var(--emx-color-on-primary, light-dark(#ffffff, #0b1530));
    --_emx-text: var(--emx-color-text, light-dark(#1f2328, #e8eaee));
    --_emx-muted: var(--emx-color-text-muted, light-dark(#545c69, #b4bbc6));
    --_emx-surface: var(--emx-color-surface, light-dark(#ffffff, #17191e));
    --_emx-field: var(--emx-color-field, light-dark(#ffffff, #0f1115));
    --_emx-border: var(--emx-color-border, light-dark(#737b89, #8c94a2));
    --_emx-danger: var(--emx-color-danger, light-dark(#b42318, #ff9b91));
    --_emx-success: var(--emx-color-success, light-dark(#0b6b3a, #7ee2a8));
    --_emx-focus: var(--emx-focus-ring-color, var(--_emx-primary));
    --_emx-focus-width: var(--emx-focus-ring-width, 3px);
    --_emx-radius: var(--emx-radius, 0.5rem);
    --_emx-space: var(--emx-space, 1rem);

    color-scheme: var(--emx-color-scheme, light dark);
    position: relative;
    box-sizing: border-box;
    display: grid;
    gap: var(--_emx-space);
    max-inline-size: var(--emx-max-width, 28rem);
    padding: calc(var(--_emx-space) * 1.5);
    border: 1px solid color-mix(in srgb, var(--_emx-border) 45%, transparent);
    border-radius: var(--_emx-radius);
    background: var(--_emx-surface);
    color: var(--_emx-text);
    font-family: var(--emx-font-family, inherit);
    font-size: var(--emx-font-size, 1rem);
    line-height: 1.5;
    /* A 10,000-character name or address line wraps instead of breaking the layout. */
    overflow-wrap: anywhere;
  }

  :where(.emx-root) *,
  :where(.emx-root) *::before,
  :where(.emx-root) *::after {
    box-sizing: inherit;
  }

  :where(.emx-root) [part~='heading'] {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.25;
    font-weight: 650;
  }

  :where(.emx-root) [part~='text'] {
    margin: 0;
  }

  :where(.emx-root) [part~='form'] {
    display: grid;
    gap: var(--_emx-space);
    margin: 0;
  }

  :where(.emx-root) [part~='field'] {
    display: grid;
    gap: calc(var(--_emx-space) * 0.25);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  :where(.emx-root) [part~='label'] {
    padding: 0;
    font-weight: 600;
  }

  :where(.emx-root) [part~='optional'],
  :where(.emx-root) [part~='hint'] {
    color: var(--_emx-muted);
    font-weight: 400;
  }

  :where(.emx-root) [part~='hint'],
  :where(.emx-root) [part~='field-error'] {
    margin: 0;
    font-size: 0.875em;
  }

  :where(.emx-root) [part~='field-error'] {
    color: var(--_emx-danger);
    font-weight: 600;
  }

  :where(.emx-root) [part~='input'],
  :where(.emx-root) [part~='select'],
  :where(.emx-root) [part~='textarea'] {
    inline-size: 100%;
    min-block-size: 2.75rem;
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_emx-border);
    border-radius: var(--_emx-radius);
    background: var(--_emx-field);
    color: var(--_emx-text);
    font: inherit;
  }

  :where(.emx-root) [aria-invalid='true'] {
    border-color: var(--_emx-danger);
    box-shadow: inset 0 0 0 1px var(--_emx-danger);
  }

  :where(.emx-root) [part~='checkbox-field'] {
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: calc(var(--_emx-space) * 0.5);
  }

  :where(.emx-root) [part~='checkbox-field'] > :not([part~='checkbox']) {
    grid-column: 2;
  }

  :where(.emx-root) [part~='checkbox'],
  :where(.emx-root) [part~='radio'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.125rem 0 0;
    accent-color: var(--_emx-primary);
  }

  :where(.emx-root) [part~='choice'] {
    display: flex;
    gap: calc(var(--_emx-space) * 0.5);
    align-items: start;
  }

  :where(.emx-root) [part~='input-group'] {
    display: flex;
  }

  :where(.emx-root) [part~='input-group'] [part~='input'] {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }

  :where(.emx-root) [part~='password-toggle'] {
    display: inline-grid;
    place-items: center;
    min-inline-size: 2.75rem;
    margin: 0;
    border: 1px solid var(--_emx-border);
    border-inline-start: 0;
    border-start-end-radius: var(--_emx-radius);
    border-end-end-radius: var(--_emx-radius);
    background: var(--_emx-field);
    color: var(--_emx-text);
    cursor: pointer;
  }

  :where(.emx-root) [part~='password-toggle'][aria-pressed='true'] {
    color: var(--_emx-primary);
  }

  :where(.emx-root) [part~='button'] {
    display: inline-flex;
    gap: 0.5em;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75rem;
    margin: 0;
    padding: 0.5rem 1.25rem;
    border: 1px solid var(--_emx-primary);
    border-radius: var(--_emx-radius);
    background: transparent;
    color: var(--_emx-primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  :where(.emx-root) [part~='submit'] {
    background: var(--_emx-primary);
    color: var(--_emx-on-primary);
  }

  :where(.emx-root) [part~='button'][aria-disabled='true'] {
    cursor: not-allowed;
  }

  :where(.emx-root) [part~='button'][aria-busy='true'] {
    cursor: progress;
  }

  :where(.emx-root) [part~='button'][aria-busy='true']::before {
    content: '';
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: emx-spin 0.8s linear infinite;
  }

  @media (prefers-reduced-motion: reduce) {
    :where(.emx-root) [part~='button'][aria-busy='true']::before {
      animation-duration: 3s;
    }
  }

  @keyframes emx-spin {
    to {
      transform: rotate(1turn);
    }
  }

  /* A row of ways to other flows ("Back to sign in", "Create account"). */
  :where(.emx-root) [part~='links'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: calc(var(--_emx-space) * 0.5) var(--_emx-space);
  }

  :where(.emx-root) [part~='link'] {
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_emx-primary);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  /* Empty live regions stay in the accessibility tree (so they announce) but take no room. */
  :where(.emx-root) [part~='error-summary']:empty,
  :where(.emx-root) [part~='status']:empty {
    position: absolute;
  }

  :where(.emx-root) [part~='error-summary']:not(:empty),
  :where(.emx-root) [part~='status']:not(:empty) {
    padding: calc(var(--_emx-space) * 0.75);
    border-inline-start: 4px solid currentColor;
    border-radius: var(--_emx-radius);
    font-weight: 600;
  }

  :where(.emx-root) [part~='error-summary']:not(:empty) {
    color: var(--_emx-danger);
    background: color-mix(in srgb, var(--_emx-danger) 8%, var(--_emx-surface));
  }

  :where(.emx-root) [part~='status']:not(:empty) {
    color: var(--_emx-success);
    background: color-mix(in srgb, var(--_emx-success) 8%, var(--_emx-surface));
  }

  :where(.emx-root) :focus-visible {
    outline: var(--_emx-focus-width) solid var(--_emx-focus);
    outline-offset: 2px;
  }

  :where(.emx-root) .emx-visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
