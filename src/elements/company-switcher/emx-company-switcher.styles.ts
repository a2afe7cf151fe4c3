import { css } from 'lit';

/** Layout of `<emx-company-switcher>`: one row that wraps; colours, the select and buttons come from the shared styles. */
export const companySwitcherStyles = css`
  :where(.emx-company-switcher) {
    [part~='form'] {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: calc(var(--_emx-space) * 0.5);
    }

    [part~='field'] {
      flex: 1 1 12rem;
      min-inline-size: 0;
    }

    [part~='company'] {
      margin: 0;
      overflow-wrap: anywhere;
    }

    [part~='company-name'] {
      font-weight: 600;
    }

    [part~='retry'] {
      margin-inline-start: calc(var(--_emx-space) * 0.5);
    }
  }
`;
