import { css } from 'lit';
import { checkboxFieldStyles, choiceGroupStyles } from '../shared/checkbox-styles.js';

/**
 * Layout of `<emx-signup>`, and the checkbox field and choice group it has; colours, fields and
 * buttons come from the shared styles. Rules are scoped by the root's `emx-signup` class:
 * light-DOM styles are page-wide, and other elements use part names like `section` too.
 */
export const signupStyles = [
  checkboxFieldStyles,
  choiceGroupStyles,
  css`
    :where(.emx-signup) {
      [part~='section'] {
        display: grid;
        gap: var(--_emx-space);
        min-inline-size: 0;
        margin: 0;
        padding: var(--_emx-space);
        border: 1px solid color-mix(in srgb, var(--_emx-border) 45%, transparent);
        border-radius: var(--_emx-radius);
      }

      [part~='legend'] {
        padding: 0 calc(var(--_emx-space) * 0.25);
        font-weight: 650;
      }

      /*
       * Street and number, postcode and city: side by side where there is room, stacked otherwise;
       * aligned at the bottom, so the inputs line up when one label wraps.
       */
      [part~='row'] {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: var(--_emx-space);

        > * {
          flex: 3 1 12rem;
        }

        > :has([name='streetNumber'], [name='zipCode']) {
          flex: 1 1 6rem;
        }
      }
    }
  `,
];
