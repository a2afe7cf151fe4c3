// Brings the emx event types (GlobalEventHandlersEventMap) into this entry's .d.ts.
import '../../events.js';
import { EmxSessionElement } from './emx-session.component.js';

export { EmxSessionElement };

if (!customElements.get('emx-session')) customElements.define('emx-session', EmxSessionElement);

declare global {
  interface HTMLElementTagNameMap {
    'emx-session': EmxSessionElement;
  }
}
