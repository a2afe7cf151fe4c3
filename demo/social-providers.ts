// The emulator's two identity-provider configurations as sign-in buttons on the pages with
// <emx-login> (login.html, and callback.html, where the providers send the customer back).
// shop.ts imports this module before the kit: <emx-session> then has its providers as it connects,
// which is when it recognises the provider's answer in the URL of its redirect page.
import type { SocialProvider } from '../src/index.ts';

const sessionElement = document.querySelector('emx-session');
const apiUrl = sessionElement?.getAttribute('api-url');
if (sessionElement && apiUrl && document.querySelector('emx-login')) {
  const issuer = `${apiUrl}/oidc`;
  // The emulator registers `<storefront origin>/callback.html` with both clients (PORT sets the origin).
  const redirectUri = `${location.origin}/callback.html`;
  const providers: SocialProvider[] = [
    // The tenant's default configuration: Emporix redeems the code (PKCE), no configuration name needed.
    { id: 'social', label: 'Demo Social', issuer, clientId: 'demo-social', redirectUri },
    // The browser redeems the code itself and Emporix exchanges the provider's access token.
    { id: 'partner', label: 'Partner SSO', issuer, clientId: 'demo-partner', configName: 'partner', mode: 'exchange', redirectUri },
  ];
  sessionElement.setAttribute('providers', JSON.stringify(providers));
}
