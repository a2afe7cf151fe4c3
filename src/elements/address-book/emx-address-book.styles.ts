import { css } from 'lit';
import { choiceGroupStyles } from '../shared/checkbox-styles.js';

/** Layout of `<emx-address-book>`, and the choice group it has; colours, fields and buttons come from the shared styles. */
export const addressBookStyles = [
  choiceGroupStyles,
  css`
    :where(.emx-address-book) {
      [part~='list'],
      [part~='tags'] {
        margin: 0;
        padding: 0;
        list-style: none;
      }

      [part~='list'] {
        display: grid;
        gap: var(--_emx-space);
      }

      [part~='card'] {
        display: grid;
        gap: calc(var(--_emx-space) * 0.5);
        min-inline-size: 0;
        padding: var(--_emx-space);
        border: 1px solid color-mix(in srgb, var(--_emx-border) 45%, transparent);
        border-radius: var(--_emx-radius);
      }

      [part~='default-card'] {
        border-color: var(--_emx-primary);
        border-inline-start-width: 4px;
      }

      /* Divs with role="heading": no margin to reset. */
      [part~='card-heading'],
      [part~='form-heading'],
      [part~='dialog-heading'] {
        font-size: 1.125em;
        line-height: 1.3;
        font-weight: 650;
      }

      [part~='labels'],
      [part~='tags'],
      [part~='actions'],
      [part~='form-actions'] {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: calc(var(--_emx-space) * 0.5);
      }

      [part~='badge'],
      [part~='tag'] {
        min-inline-size: 0;
        max-inline-size: 100%;
        padding: 0.125rem 0.625rem;
        border: 1px solid;
        border-radius: 999px;
        font-size: 0.875em;
      }

      [part~='badge'] {
        border-color: var(--_emx-primary);
        background: var(--_emx-primary);
        color: var(--_emx-on-primary);
        font-weight: 600;
      }

      [part~='tag'] {
        color: var(--_emx-muted);
      }

      [part~='address-lines'] {
        margin: 0;
      }

      [part~='address-line'] {
        display: block;
      }

      [part~='delete'],
      [part~='confirm-delete'] {
        border-color: var(--_emx-danger);
        color: var(--_emx-danger);
      }

      [part~='confirm-delete'] {
        background: var(--_emx-danger);
        color: var(--_emx-on-primary);
      }

      [part~='add'] {
        justify-self: start;
      }

      [part~='loading'],
      [part~='empty'] {
        margin: 0;
        color: var(--_emx-muted);
      }

      /* Kept in the accessibility tree while empty, so that "Loading…" is announced when it appears. */
      [part~='loading']:empty {
        position: absolute;
      }

      /* Side by side, with the inputs on one line however the labels wrap (each field spans the row's label, input and error rows). */
      [part~='field-row'] {
        display: grid;
        grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
        gap: calc(var(--_emx-space) * 0.25) var(--_emx-space);

        > [part~='field'] {
          grid-row: span 3;
          grid-template-rows: subgrid;
          align-content: start;
        }
      }

      [part~='city-row'] {
        grid-template-columns: minmax(0, 1fr) minmax(0, 2fr);
      }

      /* The disclosure's content sits in its own (browser) shadow slot, which breaks box-sizing inheritance. */
      [part~='more-lines'] * {
        box-sizing: border-box;
      }

      [part~='more-lines'][open] > [part~='more-lines-toggle'] {
        margin-block-end: var(--_emx-space);
      }

      [part~='more-lines-toggle'] {
        inline-size: fit-content;
        color: var(--_emx-primary);
        font-weight: 600;
        cursor: pointer;
      }

      [part~='more-lines'] > [part~='field'] + [part~='field'] {
        margin-block-start: var(--_emx-space);
      }

      [part~='dialog'] {
        box-sizing: border-box;
        inline-size: min(100% - 2rem, var(--emx-max-width, 28rem));
        max-inline-size: none;
        padding: calc(var(--_emx-space) * 1.5);
        border: 1px solid color-mix(in srgb, var(--_emx-border) 45%, transparent);
        border-radius: var(--_emx-radius);
        background: var(--_emx-surface);
        color: var(--_emx-text);
      }

      [part~='dialog']::backdrop {
        background: rgb(0 0 0 / 0.45);
      }
    }
  `,
];
