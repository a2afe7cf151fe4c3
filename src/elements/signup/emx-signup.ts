import { EmxSignupElement } from './emx-signup.component.js';

export { EmxSignupElement };
export type { SignupActivation, SignupSection } from './emx-signup.component.js';

if (!customElements.get('emx-signup')) customElements.define('emx-signup', EmxSignupElement);

declare global {
  interface HTMLElementTagNameMap {
    'emx-signup': EmxSignupElement;
  }
}
