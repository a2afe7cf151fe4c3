import { EmxPasswordResetElement } from './emx-password-reset.component.js';

export { EmxPasswordResetElement };

if (!customElements.get('emx-password-reset')) customElements.define('emx-password-reset', EmxPasswordResetElement);

declare global {
  interface HTMLElementTagNameMap {
    'emx-password-reset': EmxPasswordResetElement;
  }
}
