import { EmxLoginElement } from './emx-login.component.js';

export { EmxLoginElement };

if (!customElements.get('emx-login')) customElements.define('emx-login', EmxLoginElement);

declare global {
  interface HTMLElementTagNameMap {
    'emx-login': EmxLoginElement;
  }
}
