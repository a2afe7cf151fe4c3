import { EmxAddressBookElement } from './emx-address-book.component.js';

export { EmxAddressBookElement };

if (!customElements.get('emx-address-book')) customElements.define('emx-address-book', EmxAddressBookElement);

declare global {
  interface HTMLElementTagNameMap {
    'emx-address-book': EmxAddressBookElement;
  }
}
