import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { SocialProvider } from '../../src/session/index.js';
import { CLIENT_ID, TENANT, emulatorUrl } from './emulator.js';

/** `<emx-session>` attributes a test sets besides the emulator's tenant, client id and URL; absent ones are left out. */
export interface SessionTagAttributes {
  readonly language?: string;
  readonly currency?: string;
  readonly siteCode?: string;
  readonly providers?: readonly SocialProvider[];
}

/** `<emx-session>` configured for the test emulator, around `content`. */
export function sessionTag(content: unknown = '', attributes: SessionTagAttributes = {}) {
  return html`<emx-session
    tenant=${TENANT}
    client-id=${CLIENT_ID}
    api-url=${emulatorUrl()}
    language=${ifDefined(attributes.language)}
    currency=${ifDefined(attributes.currency)}
    site-code=${ifDefined(attributes.siteCode)}
    providers=${ifDefined(attributes.providers && JSON.stringify(attributes.providers))}
    >${content}</emx-session
  >`;
}
