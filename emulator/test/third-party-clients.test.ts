// What third-party Emporix clients (a TypeScript SDK, an Emporix storefront's service modules, a
// Kotlin client) send at the edges: their CORS preflights and headers, the legacy tenant parameter,
// trailing slashes, a method the path does not answer, and requests right after start.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { describe, test } from 'node:test';
import { startEmulator } from '../server.ts';
import { expectError, SEED, useEmulator } from './support/harness.ts';

const api = useEmulator();
const SHOP = 'https://shop.example.com';
const ME = '/customer/demo/me';
/** The request headers those clients send on every call, as a browser names them in its preflight. */
const CLIENT_HEADERS = 'authorization,content-type,emporix-tenant,accept-language';

function preflight(path: string, method: string, headers = CLIENT_HEADERS): Promise<Response> {
  return fetch(new URL(path, api.url), {
    method: 'OPTIONS',
    headers: { origin: SHOP, 'access-control-request-method': method, 'access-control-request-headers': headers },
  });
}

/** The headers of the clients' actual requests. */
function clientHeaders(token: string): Record<string, string> {
  return { origin: SHOP, authorization: `Bearer ${token}`, 'content-type': 'application/json', 'emporix-tenant': SEED.tenant, 'accept-language': 'en_US' };
}

describe('CORS like a permissive gateway', () => {
  test('preflights allow the requested method and headers, Emporix-Tenant and Accept-Language included', async () => {
    for (const [path, method] of [[ME, 'PATCH'], [ME, 'PUT'], ['/customer/demo/login', 'POST'], ['/customerlogin/auth/anonymous/login', 'GET']]) {
      const answer = await preflight(path, method);
      assert.equal(answer.status, 204, `${method} ${path}`);
      assert.equal(answer.headers.get('access-control-allow-origin'), SHOP);
      assert.equal(answer.headers.get('access-control-allow-methods'), method);
      assert.equal(answer.headers.get('access-control-allow-headers'), CLIENT_HEADERS);
    }
  });

  test('preflights are answered for every path: unknown ones, malformed tenants, the OpenID provider', async () => {
    for (const path of ['/no/such/endpoint', '/customer/DEMO/me', '/customer/demo/password/reset/', '/oidc/token']) {
      const answer = await preflight(path, 'POST', 'content-type,x-anything');
      assert.equal(answer.status, 204, path);
      assert.equal(answer.headers.get('access-control-allow-headers'), 'content-type,x-anything', path);
    }
  });

  test('the actual request with the clients\' headers answers with the origin and readable headers', async () => {
    const { access_token: token } = await api.login();
    const me = await api.get(ME, { headers: clientHeaders(token), expect: 200 });
    assert.equal(me.headers.get('access-control-allow-origin'), SHOP);
    assert.equal(me.headers.get('access-control-expose-headers'), 'Retry-After, Count, X-Total-Count, Allow');
    await api.patch(ME, { headers: clientHeaders(token), body: { firstName: 'Janet' }, expect: 200 });

    const employee = await api.employeeToken();
    const list = await api.get('/customer/demo/customers', { headers: clientHeaders(employee), expect: 200 });
    assert.equal(list.headers.get('count'), '4');
    assert.match(list.headers.get('access-control-expose-headers')!, /\bCount\b/);
  });

  test('a rate-limit fault spares the preflight and its Retry-After is exposed', async () => {
    const { access_token: token } = await api.anonymous();
    await api.post('/_emulator/faults', { body: { path: '/customer/*/me', status: 429, headers: { 'Retry-After': '3' } }, expect: 201 });
    assert.equal((await preflight(ME, 'GET')).status, 204);
    const limited = await api.get(ME, { headers: clientHeaders(token) });
    assert.deepEqual([limited.status, limited.headers.get('retry-after')], [429, '3']);
    assert.equal(limited.headers.get('access-control-allow-origin'), SHOP);
    assert.match(limited.headers.get('access-control-expose-headers')!, /\bRetry-After\b/);
  });
});

describe('legacy tenant parameter', () => {
  test('anonymous login and refresh take hybris-tenant as Emporix\'s storefront sends it', async () => {
    const login = await api.get('/customerlogin/auth/anonymous/login', {
      query: { client_id: SEED.storefrontClientId, 'hybris-tenant': SEED.tenant },
      expect: 200,
    });
    assert.equal(login.body.scope, 'tenant=demo');
    const refreshed = await api.get('/customerlogin/auth/anonymous/refresh', {
      query: { client_id: SEED.storefrontClientId, 'hybris-tenant': SEED.tenant, refresh_token: login.body.refresh_token },
      expect: 200,
    });
    assert.equal(refreshed.body.sessionId, login.body.sessionId);
  });

  test('hybris-tenant is checked like tenant, and tenant wins when both are sent', async () => {
    const unknown = await api.get('/customerlogin/auth/anonymous/login', { query: { client_id: SEED.storefrontClientId, 'hybris-tenant': 'nosuchtenant' } });
    expectError(unknown, 400, 'bad_request');
    const both = await api.get('/customerlogin/auth/anonymous/login', {
      query: { client_id: SEED.storefrontClientId, tenant: SEED.tenant, 'hybris-tenant': 'nosuchtenant' },
      expect: 200,
    });
    assert.equal(both.body.scope, 'tenant=demo');
  });
});

describe('trailing slash', () => {
  test('POST /customer/{tenant}/password/reset/ is the password reset', async () => {
    const { access_token: token } = await api.anonymous();
    await api.post('/customer/demo/password/reset/', { headers: clientHeaders(token), body: { email: SEED.jane.email }, expect: 204 });
    assert.deepEqual((await api.outbox()).map((mail) => [mail.kind, mail.to]), [['password-reset', SEED.jane.email]]);
    await api.get(`${ME}/`, { token, expect: 200 });
  });

  test('meets the faults of the route without the slash; a second slash is another path', async () => {
    const { access_token: token } = await api.anonymous();
    await api.post('/_emulator/faults', { body: { path: '/customer/*/password/reset', status: 503 }, expect: 201 });
    assert.equal((await api.post('/customer/demo/password/reset/', { token, body: { email: SEED.jane.email } })).status, 503);
    expectError(await api.post('/customer/demo/password/reset//', { token, body: { email: SEED.jane.email } }), 404, 'resource_not_found');
  });
});

describe('wrong method', () => {
  test('PUT /customer/{tenant}/me answers 405 with Allow in the contract\'s error shape', async () => {
    const { access_token: token } = await api.login();
    const answer = await api.put(ME, { headers: clientHeaders(token), body: { firstName: 'Janet' } });
    const body = expectError(answer, 405, 'method_not_allowed');
    assert.equal(body.status, 405);
    assert.equal(answer.headers.get('allow'), 'GET, PATCH, HEAD, OPTIONS');
    assert.equal(answer.headers.get('access-control-allow-origin'), SHOP);
    assert.equal((await api.get(ME, { token })).body.firstName, 'Jane');
  });

  test('a path with parameters and a trailing slash gets its Allow too; an unknown path stays 404', async () => {
    const { access_token: token } = await api.login();
    const address = await api.put(`${ME}/addresses/some-id/`, { token, body: {} });
    expectError(address, 405, 'method_not_allowed');
    assert.equal(address.headers.get('allow'), 'GET, PATCH, DELETE, HEAD, OPTIONS');
    expectError(await api.put('/customer/demo/nothing-here', { token, body: {} }), 404, 'resource_not_found');
    const none = await api.get('/nowhere');
    expectError(none, 404, 'resource_not_found');
    assert.equal(none.headers.get('allow'), null);
  });
});

describe('request log', () => {
  test('shows preflights, marked with what the browser asked for, and leaves them out on request', async () => {
    const { access_token: token } = await api.anonymous();
    await preflight(ME, 'GET');
    await api.get(ME, { headers: clientHeaders(token), expect: 200 });
    await fetch(new URL(ME, api.url), { method: 'OPTIONS' });

    const log = await api.requests();
    assert.deepEqual(
      log.map((entry) => [entry.method, entry.path, entry.status, entry.preflight]),
      [
        ['GET', '/customerlogin/auth/anonymous/login', 200, undefined],
        ['OPTIONS', ME, 204, { method: 'GET', headers: ['authorization', 'content-type', 'emporix-tenant', 'accept-language'] }],
        ['GET', ME, 200, undefined],
        ['OPTIONS', ME, 204, undefined],
      ],
    );
    const withoutPreflights = (await api.get('/_emulator/requests', { query: { preflights: 'false' }, expect: 200 })).body;
    assert.deepEqual(withoutPreflights.map((entry: { seq: number }) => entry.seq), [log[0].seq, log[2].seq, log[3].seq]);
  });

  test('a fault aimed at OPTIONS hits the preflight and is logged as such', async () => {
    await api.post('/_emulator/faults', { body: { method: 'OPTIONS', path: ME, status: 500 }, expect: 201 });
    assert.equal((await preflight(ME, 'PATCH')).status, 500);
    const [entry] = await api.requests();
    assert.deepEqual([entry.status, entry.faulted, entry.preflight.method], [500, true, 'PATCH']);
  });
});

describe('start-up', () => {
  test('right after startEmulator resolves, health and the control endpoints answer', async () => {
    const emulator = await startEmulator({ port: 0, quiet: true });
    try {
      const [health, clock] = await Promise.all([fetch(`${emulator.url}/_emulator/health`), fetch(`${emulator.url}/_emulator/clock`)]);
      assert.deepEqual([health.status, await health.json()], [200, { status: 'ready' }]);
      assert.equal(clock.status, 200);
    } finally {
      await emulator.close();
    }
  });

  test('npm run emulator prints its banner only when every route answers', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'emulator/main.ts'], {
      cwd: new URL('../../', import.meta.url),
      env: { ...process.env, EMX_EMULATOR_PORT: String(port) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      let output = '';
      for await (const chunk of child.stdout) {
        output += chunk;
        if (output.includes('Ctrl+C stops')) break;
      }
      const url = `http://localhost:${port}`;
      assert.ok(output.includes(`API base        ${url}`), output);
      const answers = await Promise.all(['/_emulator/clock', '/_emulator/health', '/_emulator/demo/customers'].map((path) => fetch(url + path)));
      assert.deepEqual(answers.map((answer) => answer.status), [200, 200, 200]);
      const anonymous = await fetch(`${url}/customerlogin/auth/anonymous/login?tenant=demo&client_id=demo-storefront`);
      assert.equal(anonymous.status, 200);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
