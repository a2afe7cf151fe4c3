import { css } from 'lit';

/**
 * The kit's design tokens and base form styles, adopted once per document or shadow root by
 * every element: root, heading, text fields and selects, password toggle, buttons, links and
 * feedback. Checkbox fields and choice groups, which only some forms have, are in
 * `checkbox-styles.ts`, added by the elements that render them, so that a page with
 * `<emx-login>` alone does not carry them.
 *
 * Elements render into their light DOM (so password managers see their inputs), so `::part()`
 * does not apply: every visible piece carries a `part` attribute instead, and a shop styles it
 * with a plain attribute selector, e.g. `emx-login [part~="input"] { border-radius: 0 }`.
 * Rules here nest in `:where(.emx-root)`, which adds no specificity, so such a selector always
 * wins, while a global reset like `button { background: none }` does not. (CSS nesting is
 * supported wherever `light-dark()` is, which the colours need anyway.)
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

    *,
    ::before,
    ::after {
      box-sizing: inherit;
    }

    /* Headings are divs with role="heading", which have no margin to reset. */
    [part~='heading'] {
      font-size: 1.375em;
      line-height: 1.25;
      font-weight: 650;
    }

    [part~='text'] {
      margin: 0;
    }

    [part~='form'] {
      display: grid;
      gap: var(--_emx-space);
      margin: 0;
    }

    [part~='field'] {
      display: grid;
      gap: calc(var(--_emx-space) * 0.25);
      min-inline-size: 0;
    }

    [part~='label'],
    [part~='field-error'] {
      font-weight: 600;
    }

    [part~='optional'],
    [part~='hint'] {
      color: var(--_emx-muted);
      font-weight: 400;
    }

    [part~='hint'],
    [part~='field-error'] {
      margin: 0;
      font-size: 0.875em;
    }

    [part~='field-error'] {
      color: var(--_emx-danger);
    }

    [part~='input'],
    [part~='select'] {
      inline-size: 100%;
      min-block-size: 2.75rem;
      padding: 0.5rem 0.75rem;
      border-radius: var(--_emx-radius);
      font: inherit;
    }

    /* The password toggle continues its input's box. */
    [part~='input'],
    [part~='select'],
    [part~='password-toggle'] {
      margin: 0;
      border: 1px solid var(--_emx-border);
      background: var(--_emx-field);
      color: var(--_emx-text);
    }

    [aria-invalid='true'] {
      border-color: var(--_emx-danger);
      box-shadow: inset 0 0 0 1px var(--_emx-danger);
    }

    [part~='input-group'] {
      display: flex;
    }

    [part~='input-group'] [part~='input'] {
      border-start-end-radius: 0;
      border-end-end-radius: 0;
    }

    /*
     * Inputs written left to right (email, password, phone, postcode: see fields.ts) on a
     * right-to-left form line up with its labels, at its start edge; their text keeps its order.
     * Their own logical sides are the left-to-right ones, so the password input's corners beside
     * the toggle (at its left there) are its start corners.
     */
    :dir(rtl) > [part~='input'][dir='ltr'] {
      text-align: end;
    }

    [part~='input-group']:dir(rtl) > [part~='input'][dir='ltr'] {
      border-start-start-radius: 0;
      border-end-start-radius: 0;
      border-start-end-radius: var(--_emx-radius);
      border-end-end-radius: var(--_emx-radius);
    }

    [part~='password-toggle'] {
      display: inline-grid;
      place-items: center;
      min-inline-size: 2.75rem;
      border-inline-start: 0;
      border-start-end-radius: var(--_emx-radius);
      border-end-end-radius: var(--_emx-radius);
      cursor: pointer;
    }

    [part~='password-toggle'][aria-pressed='true'] {
      color: var(--_emx-primary);
    }

    [part~='button'] {
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

    [part~='submit'] {
      background: var(--_emx-primary);
      color: var(--_emx-on-primary);
    }

    [part~='button'][aria-disabled='true'] {
      cursor: not-allowed;
    }

    [part~='button'][aria-busy='true'] {
      cursor: progress;
    }

    [part~='button'][aria-busy='true']::before {
      content: '';
      inline-size: 1em;
      block-size: 1em;
      border: 2px solid;
      border-inline-end-color: transparent;
      border-radius: 50%;
      animation: emx-spin 0.8s linear infinite;
    }

    @media (prefers-reduced-motion: reduce) {
      [part~='button'][aria-busy='true']::before {
        animation-duration: 3s;
      }
    }

    /* A row of ways to other flows ("Back to sign in", "Create account"). */
    [part~='links'] {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: calc(var(--_emx-space) * 0.5) var(--_emx-space);
    }

    [part~='link'] {
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
    [part~='error-summary']:empty,
    [part~='status']:empty {
      position: absolute;
    }

    [part~='error-summary']:not(:empty),
    [part~='status']:not(:empty) {
      padding: calc(var(--_emx-space) * 0.75);
      border-inline-start: 4px solid;
      border-radius: var(--_emx-radius);
      font-weight: 600;
    }

    /* While empty, the colours fill no box: the padding above is for the filled ones only. */
    [part~='error-summary'] {
      color: var(--_emx-danger);
      background: color-mix(in srgb, var(--_emx-danger) 8%, var(--_emx-surface));
    }

    [part~='status'] {
      color: var(--_emx-success);
      background: color-mix(in srgb, var(--_emx-success) 8%, var(--_emx-surface));
    }

    :focus-visible {
      outline: var(--emx-focus-ring-width, 3px) solid var(--emx-focus-ring-color, var(--_emx-primary));
      outline-offset: 2px;
    }

    .emx-visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      margin: -1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }

  @keyframes emx-spin {
    to {
      transform: rotate(1turn);
    }
  }
`;
