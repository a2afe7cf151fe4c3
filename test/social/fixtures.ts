// What the social-login test pages (page.ts) and the tests share: the providers, the page's
// controls and what a page exposes to the test.
import type { EmporixSession, SocialProvider } from '../../src/session/index.js';

/** How the test wants the next page loads to behave; set on the test runner's window. */
export interface PageControl {
  /** Leave a page that carries a provider's answer alone: the test reads or alters it, then loads it itself. */
  holdAnswer?: boolean;
  /** Use `EmporixSession` without the element, on a clock moved by `clockOffsetMs`. */
  service?: boolean;
  clockOffsetMs?: number;
  /** Also put `<emx-login>` on the page, which is then in the language `lang` (default `en`). */
  login?: { lang?: string };
}

/** What the page saw before the kit touched the URL. */
export interface Arrival {
  href: string;
  historyLength: number;
}

export interface PageState {
  session: EmporixSession;
  /** `emx-error` and `emx-login` events that reached the document, in order (element pages only). */
  events: Array<{ type: string; code?: string; operation?: string; method?: string }>;
}

declare global {
  interface Window {
    socialPage?: PageControl;
    arrival?: Arrival;
    emx?: PageState;
  }
}

/** A router's history state, which the callback handling must keep. */
export const ROUTER_STATE = { route: 'storefront' };

export function testProviders(emulatorUrl: string, origin: string): SocialProvider[] {
  const issuer = `${emulatorUrl}/oidc`;
  const callback = `${origin}/test/social/callback.html`;
  return [
    { id: 'social', label: 'Demo Social', issuer, clientId: 'demo-social', configName: 'social', redirectUri: `${callback}?keep=1` },
    { id: 'partner', label: 'Partner SSO', issuer, clientId: 'demo-partner', configName: 'partner', mode: 'exchange', redirectUri: callback },
    { id: 'social-popup', label: 'Demo Social (popup)', issuer, clientId: 'demo-social', configName: 'social', display: 'popup', redirectUri: callback },
  ];
}
