import { css } from 'lit';

// Styles for the checkbox-based pieces of `fields.ts`, in a module of their own: only the elements
// that render them import it, so they stay out of bundles without them (`<emx-login>` alone).

/** The box of a checkbox, alone (`checkboxFieldStyles`) or in a choice group (`choiceGroupStyles`). */
const checkboxStyles = css`
  :where(.emx-root) [part~='checkbox'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.125rem 0 0;
    accent-color: var(--_emx-primary);
  }
`;

/** A single checkbox with its label, hint and error beside it (`checkboxField()`). */
export const checkboxFieldStyles = [
  checkboxStyles,
  css`
    :where(.emx-root) [part~='checkbox-field'] {
      grid-template-columns: auto 1fr;
      align-items: start;
      column-gap: calc(var(--_emx-space) * 0.5);

      > :not([part~='checkbox']) {
        grid-column: 2;
      }
    }
  `,
];

/** Checkboxes under a legend (`choiceGroup()`): the fieldset and legend lose the browser's frame. */
export const choiceGroupStyles = [
  checkboxStyles,
  css`
    :where(.emx-root) {
      [part~='choice-group'] {
        margin: 0;
        padding: 0;
        border: 0;
      }

      /* The group's legend is its label, indented by the browser's default inline padding. */
      [part~='label'] {
        padding: 0;
      }

      [part~='choice'] {
        display: flex;
        gap: calc(var(--_emx-space) * 0.5);
        align-items: start;
      }
    }
  `,
];
