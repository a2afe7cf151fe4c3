import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';

export const STOREFRONT_CALLBACK = 'http://localhost:5173/callback.html';

export interface DemoIdentityCredentials {
  email: string;
  password: string;
}

export const ALEX = { email: 'alex@social.example', password: 'Alex#2026pass' };
export const PAT = { email: 'pat@partner.example', password: 'Pat#2026pass' };

export interface AuthorizationResult {
  code: string;
  state: string;
  codeVerifier: string;
  redirectUri: string;
}

/**
 * A browser at the emulator's OpenID provider, driven with fetch: redirects followed by hand,
 * cookies kept, the provider's own login and consent forms filled in and posted.
 */
export class ProviderBrowser {
  readonly #cookies = new Map<string, string>();
  /** Pages the browser saw, for assertions on the provider's screens. */
  readonly pages: Array<{ url: string; status: number; html: string }> = [];

  constructor(private readonly origin: string) {}

  async fetch(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.#cookies.size) headers.set('cookie', [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(new URL(url, this.origin), { ...init, headers, redirect: 'manual' });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = cookie.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = attributes.some((attribute) => /expires=Thu, 01 Jan 1970/i.test(attribute));
      if (!value || expired) this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
    return response;
  }

  /** Runs the authorization code flow with PKCE S256 up to the redirect back to `redirectUri`. */
  async authorize(options: {
    clientId: string;
    identity: DemoIdentityCredentials;
    state?: string;
    redirectUri?: string;
  }): Promise<AuthorizationResult> {
    const redirectUri = options.redirectUri ?? STOREFRONT_CALLBACK;
    const state = options.state ?? `social--${randomBytes(8).toString('hex')}`;
    const codeVerifier = randomBytes(32).toString('base64url');
    const codeChallenge = createHash('sha256').update(codeVerifier).digest('base64url');
    const authorization = new URL('/oidc/auth', this.origin);
    const params = {
      client_id: options.clientId,
      response_type: 'code',
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      state,
      code_challenge: codeChallenge,
      code_challenge_method: 'S256',
    };
    for (const [name, value] of Object.entries(params)) authorization.searchParams.set(name, value);

    let response = await this.fetch(authorization);
    for (let step = 0; step < 10; step++) {
      const location = response.headers.get('location');
      if (location?.startsWith(redirectUri)) {
        const callback = new URL(location);
        assert.equal(callback.searchParams.get('state'), state);
        const code = callback.searchParams.get('code');
        assert.ok(code, `no code in ${location}`);
        return { code, state, codeVerifier, redirectUri };
      }
      if (location) {
        response = await this.fetch(location);
        continue;
      }
      response = await this.#submitForm(response, options.identity);
    }
    assert.fail('the provider did not redirect back');
  }

  /** Fills in the login or consent form the page shows, as the user would. */
  async #submitForm(page: Response, identity: DemoIdentityCredentials): Promise<Response> {
    const html = await page.text();
    this.pages.push({ url: page.url, status: page.status, html });
    assert.equal(page.status, 200, `provider page ${page.url} answered ${page.status}: ${html}`);
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
    assert.ok(action && prompt, `no form on ${page.url}`);
    const form = new URLSearchParams({ prompt });
    if (prompt === 'login') {
      form.set('login', identity.email);
      form.set('password', identity.password);
    }
    return this.fetch(action.replaceAll('&amp;', '&'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
    });
  }
}

/** What a storefront in token-exchange mode does: redeem the code at the provider itself. */
export async function redeemAtProvider(origin: string, clientId: string, result: AuthorizationResult): Promise<Response> {
  return fetch(new URL('/oidc/token', origin), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:5173' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: clientId,
      code: result.code,
      redirect_uri: result.redirectUri,
      code_verifier: result.codeVerifier,
    }),
  });
}
