import { css } from 'lit';
import { checkboxFieldStyles } from '../shared/checkbox-styles.js';

/** Layout of `<emx-account>`, and the checkbox field it has; colours, fields and buttons come from the shared styles. */
export const accountStyles = [
  checkboxFieldStyles,
  css`
    :where(.emx-account) {
      [part~='section'] {
        display: grid;
        gap: var(--_emx-space);
        min-inline-size: 0;
      }

      [part~='section'] + [part~='section'] {
        padding-block-start: calc(var(--_emx-space) * 1.5);
        border-block-start: 1px solid color-mix(in srgb, var(--_emx-border) 45%, transparent);
      }

      /* A div with role="heading": no margin to reset. */
      [part~='section-heading'] {
        font-size: 1.125em;
        line-height: 1.3;
        font-weight: 650;
      }

      [part~='profile'] {
        display: grid;
        gap: calc(var(--_emx-space) * 0.5);
        margin: 0;
      }

      [part~='profile-label'] {
        color: var(--_emx-muted);
        font-size: 0.875em;
      }

      [part~='profile-value'] {
        margin: 0;
      }

      [part~='not-given'] {
        color: var(--_emx-muted);
        font-style: italic;
      }

      [part~='actions'] {
        display: flex;
        flex-wrap: wrap;
        gap: calc(var(--_emx-space) * 0.5);
      }
    }
  `,
];
