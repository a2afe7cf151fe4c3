import { EmxAccountElement } from './emx-account.component.js';

export { EmxAccountElement };

if (!customElements.get('emx-account')) customElements.define('emx-account', EmxAccountElement);

declare global {
  interface HTMLElementTagNameMap {
    'emx-account': EmxAccountElement;
  }
}
