import { css } from 'lit';

/** Layout of `<emx-address-book>`; colours, fields and buttons come from the shared styles. */
export const addressBookStyles = css`
  :where(emx-address-book) {
    display: block;
  }

  :where(.emx-root) [part~='list'],
  :where(.emx-root) [part~='tags'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  :where(.emx-root) [part~='list'] {
    display: grid;
    gap: var(--_emx-space);
  }

  :where(.emx-root) [part~='card'] {
    display: grid;
    gap: calc(var(--_emx-space) * 0.5);
    min-inline-size: 0;
    padding: var(--_emx-space);
    border: 1px solid color-mix(in srgb, var(--_emx-border) 45%, transparent);
    border-radius: var(--_emx-radius);
  }

  :where(.emx-root) [part~='default-card'] {
    border-color: var(--_emx-primary);
    border-inline-start-width: 4px;
  }

  :where(.emx-root) [part~='card-heading'],
  :where(.emx-root) [part~='form-heading'],
  :where(.emx-root) [part~='dialog-heading'] {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
    font-weight: 650;
  }

  :where(.emx-root) [part~='labels'],
  :where(.emx-root) [part~='tags'],
  :where(.emx-root) [part~='actions'],
  :where(.emx-root) [part~='form-actions'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_emx-space) * 0.5);
  }

  :where(.emx-root) [part~='badge'],
  :where(.emx-root) [part~='tag'] {
    min-inline-size: 0;
    max-inline-size: 100%;
    padding: 0.125rem 0.625rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875em;
  }

  :where(.emx-root) [part~='badge'] {
    border-color: var(--_emx-primary);
    background: var(--_emx-primary);
    color: var(--_emx-on-primary);
    font-weight: 600;
  }

  :where(.emx-root) [part~='tag'] {
    color: var(--_emx-muted);
  }

  :where(.emx-root) [part~='address-lines'] {
    margin: 0;
  }

  :where(.emx-root) [part~='address-line'] {
    display: block;
  }

  :where(.emx-root) [part~='delete'] {
    border-color: var(--_emx-danger);
    color: var(--_emx-danger);
  }

  :where(.emx-root) [part~='confirm-delete'] {
    border-color: var(--_emx-danger);
    background: var(--_emx-danger);
    color: var(--_emx-on-primary);
  }

  :where(.emx-root) [part~='add'] {
    justify-self: start;
  }

  :where(.emx-root) [part~='loading'],
  :where(.emx-root) [part~='empty'] {
    margin: 0;
    color: var(--_emx-muted);
  }

  /* Kept in the accessibility tree while empty, so that "Loading…" is announced when it appears. */
  :where(.emx-root) [part~='loading']:empty {
    position: absolute;
  }

  /* Side by side, with the inputs on one line however the labels wrap (each field spans the row's label, input and error rows). */
  :where(.emx-root) [part~='field-row'] {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
    gap: calc(var(--_emx-space) * 0.25) var(--_emx-space);
  }

  :where(.emx-root) [part~='city-row'] {
    grid-template-columns: minmax(0, 1fr) minmax(0, 2fr);
  }

  :where(.emx-root) [part~='field-row'] > [part~='field'] {
    grid-row: span 3;
    grid-template-rows: subgrid;
    align-content: start;
  }

  /* The disclosure's content sits in its own (browser) shadow slot, which breaks box-sizing inheritance. */
  :where(.emx-root) [part~='more-lines'] * {
    box-sizing: border-box;
  }

  :where(.emx-root) [part~='more-lines'][open] > [part~='more-lines-toggle'] {
    margin-block-end: var(--_emx-space);
  }

  :where(.emx-root) [part~='more-lines-toggle'] {
    inline-size: fit-content;
    color: var(--_emx-primary);
    font-weight: 600;
    cursor: pointer;
  }

  :where(.emx-root) [part~='more-lines'] > [part~='field'] + [part~='field'] {
    margin-block-start: var(--_emx-space);
  }

  :where(.emx-root) [part~='dialog'] {
    box-sizing: border-box;
    inline-size: min(100% - 2rem, var(--emx-max-width, 28rem));
    max-inline-size: none;
    padding: calc(var(--_emx-space) * 1.5);
    border: 1px solid color-mix(in srgb, var(--_emx-border) 45%, transparent);
    border-radius: var(--_emx-radius);
    background: var(--_emx-surface);
    color: var(--_emx-text);
  }

  :where(.emx-root) [part~='dialog']::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
`;
