import { css } from 'lit';

/** Layout of `<emx-password-reset>`; colours, fields, buttons and the links row come from the shared styles. */
export const passwordResetStyles = css`
  :where(emx-password-reset) {
    display: block;
  }
`;
