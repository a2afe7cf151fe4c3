import { css } from 'lit';

/** Layout of `<emx-login>`; colours, fields and buttons come from the shared styles. */
export const loginStyles = css`
  :where(.emx-login) {
    [part~='alternatives'] {
      display: grid;
      gap: calc(var(--_emx-space) * 0.5);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    [part~='alternatives'] [part~='button'] {
      inline-size: 100%;
    }

    [part~='social-icon'] {
      inline-size: 1.25em;
      block-size: 1.25em;
      object-fit: contain;
    }

    [part~='dismiss'] {
      justify-self: start;
    }

    [part~='customer-email'] {
      margin: 0;
      color: var(--_emx-muted);
    }
  }
`;
