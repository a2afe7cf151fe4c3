import { EmxCompanySwitcherElement } from './emx-company-switcher.component.js';

export { EmxCompanySwitcherElement };

if (!customElements.get('emx-company-switcher')) customElements.define('emx-company-switcher', EmxCompanySwitcherElement);

declare global {
  interface HTMLElementTagNameMap {
    'emx-company-switcher': EmxCompanySwitcherElement;
  }
}
