// A third-party Emporix client in a browser page on another origin (this test page) calling the
// emulator with the headers such clients send. The browser itself judges every CORS preflight:
// a refused one makes fetch reject, an unexposed header reads as null.
import { expect } from '@open-wc/testing';
import { CLIENT_ID, JANE, TENANT, emulatorUrl, injectFault, resetEmulator } from '../support/emulator.js';

interface PreflightEntry {
  method: string;
  path: string;
  query: Record<string, string>;
  preflight?: { method: string; headers: string[] };
}

/** A query parameter the emulator ignores, so no preflight cached by an earlier test can answer for these URLs. */
const uncached = `cors-check=${crypto.randomUUID()}`;

function clientHeaders(token: string): HeadersInit {
  return {
    Authorization: `Bearer ${token}`,
    'Content-Type': 'application/json',
    'Emporix-Tenant': TENANT,
    'Accept-Language': 'en_US',
  };
}

async function anonymousToken(): Promise<string> {
  const query = new URLSearchParams({ client_id: CLIENT_ID, 'hybris-tenant': TENANT });
  const response = await fetch(`${emulatorUrl()}/customerlogin/auth/anonymous/login?${query}`, { headers: { 'Accept-Language': 'en_US' } });
  expect(response.status).to.equal(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

describe('the emulator from a storefront on another origin', () => {
  beforeEach(() => resetEmulator());

  it('runs on another origin than this page', () => {
    expect(new URL(emulatorUrl()).origin).not.to.equal(location.origin);
  });

  it('lets the browser send Authorization, Content-Type, Emporix-Tenant and Accept-Language: en_US', async () => {
    const token = await anonymousToken();
    const me = await fetch(`${emulatorUrl()}/customer/${TENANT}/me?${uncached}`, { headers: clientHeaders(token) });
    expect(me.status).to.equal(200);
    expect(((await me.json()) as { firstName: string }).firstName).to.equal('Anonymous');

    const login = await fetch(`${emulatorUrl()}/customer/${TENANT}/login?${uncached}`, {
      method: 'POST',
      headers: clientHeaders(token),
      body: JSON.stringify(JANE),
    });
    expect(login.status).to.equal(200);
    const { access_token: customerToken } = (await login.json()) as { access_token: string };
    const patched = await fetch(`${emulatorUrl()}/customer/${TENANT}/me?${uncached}`, {
      method: 'PATCH',
      headers: clientHeaders(customerToken),
      body: JSON.stringify({ firstName: 'Janet' }),
    });
    expect(patched.status).to.equal(200);

    const log = (await (await fetch(`${emulatorUrl()}/_emulator/requests`)).json()) as PreflightEntry[];
    const preflights = log.filter((entry) => entry.preflight && entry.query['cors-check']);
    expect(preflights.map((entry) => entry.preflight!.method)).to.include.members(['GET', 'POST', 'PATCH']);
    // Accept-Language is left out here: whether `en_US` needs a preflight is the engine's call, and either way the call went through.
    expect(preflights[0].preflight!.headers).to.include.members(['authorization', 'content-type', 'emporix-tenant']);
  });

  it('lets the page read Retry-After from an injected 429, whose fault spares the preflight', async () => {
    const token = await anonymousToken();
    await injectFault({ path: `/customer/${TENANT}/me`, status: 429, headers: { 'Retry-After': '7' } });
    const limited = await fetch(`${emulatorUrl()}/customer/${TENANT}/me?${uncached}-429`, { headers: clientHeaders(token) });
    expect(limited.status).to.equal(429);
    expect(limited.headers.get('Retry-After')).to.equal('7');
  });

  it('lets the page read Allow from a 405 and takes the trailing-slash path', async () => {
    const token = await anonymousToken();
    const wrongMethod = await fetch(`${emulatorUrl()}/customer/${TENANT}/me?${uncached}`, {
      method: 'PUT',
      headers: clientHeaders(token),
      body: JSON.stringify({ firstName: 'Janet' }),
    });
    expect(wrongMethod.status).to.equal(405);
    expect(wrongMethod.headers.get('Allow')).to.equal('GET, PATCH, HEAD, OPTIONS');
    expect(((await wrongMethod.json()) as { type: string }).type).to.equal('method_not_allowed');

    const reset = await fetch(`${emulatorUrl()}/customer/${TENANT}/password/reset/?${uncached}`, {
      method: 'POST',
      headers: clientHeaders(token),
      body: JSON.stringify({ email: JANE.email }),
    });
    expect(reset.status).to.equal(204);
  });
});
