import { css } from 'lit';

/** Layout of `<emx-account>`; colours, fields and buttons come from the shared styles. */
export const accountStyles = css`
  :where(emx-account) {
    display: block;
  }

  :where(emx-account .emx-root) [part~='section'] {
    display: grid;
    gap: var(--_emx-space);
    min-inline-size: 0;
  }

  :where(emx-account .emx-root) [part~='section'] + [part~='section'] {
    padding-block-start: calc(var(--_emx-space) * 1.5);
    border-block-start: 1px solid color-mix(in srgb, var(--_emx-border) 45%, transparent);
  }

  :where(emx-account .emx-root) [part~='section-heading'] {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
    font-weight: 650;
  }

  :where(emx-account .emx-root) [part~='profile'] {
    display: grid;
    gap: calc(var(--_emx-space) * 0.5);
    margin: 0;
  }

  :where(emx-account .emx-root) [part~='profile-label'] {
    color: var(--_emx-muted);
    font-size: 0.875em;
  }

  :where(emx-account .emx-root) [part~='profile-value'] {
    margin: 0;
  }

  :where(emx-account .emx-root) [part~='not-given'] {
    color: var(--_emx-muted);
    font-style: italic;
  }

  :where(emx-account .emx-root) [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_emx-space) * 0.5);
  }
`;
