import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectError, expectValidation, SEED, useEmulator, type Json } from './support/harness.ts';

const api = useEmulator();
const ME = '/customer/demo/me';

describe('reset and settings', () => {
  test('reset brings back the seed data and clears outbox, faults, log and clock', async () => {
    const token = (await api.anonymous()).access_token;
    await api.post('/customer/demo/signup', { token, body: { email: 'max@example.com', password: 'Max#2026pass' }, expect: 201 });
    await api.post('/customer/demo/password/reset', { token, body: { email: SEED.jane.email }, expect: 204 });
    await api.post('/_emulator/faults', { body: { path: '/nowhere', status: 500 }, expect: 201 });
    await api.advanceClock(1000);
    await api.reset();
    assert.equal((await api.get('/_emulator/demo/customers')).body.length, 4);
    assert.deepEqual(await api.outbox(), []);
    assert.deepEqual((await api.get('/_emulator/faults')).body, []);
    assert.deepEqual(await api.requests(), []);
    assert.equal((await api.get('/_emulator/clock')).body.offsetSeconds, 0);
    await api.get(ME, { token, expect: 401 });
  });

  test('reset takes settings for the fresh state', async () => {
    await api.reset({ settings: { autoActivate: true } });
    assert.deepEqual((await api.get('/_emulator/demo/settings', { expect: 200 })).body, { autoActivate: true, doubleOptIn: false });
    await api.reset();
    assert.deepEqual((await api.get('/_emulator/demo/settings')).body, { autoActivate: false, doubleOptIn: false });
    expectValidation(await api.post('/_emulator/reset', { body: { settings: { autoActivate: 'yes' } } }), 'settings.autoActivate');
  });

  test('reset takes token lifetimes until the next reset', async () => {
    await api.reset({ tokenLifetimes: { customer: 600 } });
    const anonymous = await api.anonymous();
    assert.equal(anonymous.expires_in, 3599);
    const login = await api.post('/customer/demo/login', { token: anonymous.access_token, body: { email: 'jane@example.com', password: 'Jane#2026pass' }, expect: 200 });
    assert.equal(login.body.expires_in, 600);
    await api.reset();
    const again = await api.post('/customer/demo/login', { token: (await api.anonymous()).access_token, body: { email: 'jane@example.com', password: 'Jane#2026pass' }, expect: 200 });
    assert.equal(again.body.expires_in, 2591999);
    expectValidation(await api.post('/_emulator/reset', { body: { tokenLifetimes: { customer: 0 } } }), 'tokenLifetimes.customer');
  });

  test('settings change one flag at a time and belong to a tenant', async () => {
    const updated = await api.put('/_emulator/demo/settings', { body: { doubleOptIn: true }, expect: 200 });
    assert.deepEqual(updated.body, { autoActivate: false, doubleOptIn: true });
    expectValidation(await api.put('/_emulator/demo/settings', { body: { doubleOptIn: 1 } }), 'doubleOptIn');
    expectError(await api.get('/_emulator/nosuch/settings'), 404, 'resource_not_found');
  });
});

describe('clock', () => {
  test('moves forward on request', async () => {
    const before = (await api.get('/_emulator/clock', { expect: 200 })).body;
    const after = (await api.post('/_emulator/clock', { body: { advanceSeconds: 7200 }, expect: 200 })).body;
    assert.equal(after.offsetSeconds, 7200);
    assert.ok(Date.parse(after.now) - Date.parse(before.now) >= 7200_000);
    expectValidation(await api.post('/_emulator/clock', { body: {} }), 'advanceSeconds');
    expectValidation(await api.post('/_emulator/clock', { body: { advanceSeconds: -1 } }), 'advanceSeconds');
    expectValidation(await api.post('/_emulator/clock', { body: { advanceSeconds: '60' } }), 'advanceSeconds');
  });
});

describe('faults', () => {
  test('answer with the given status, body and headers for the next N matching requests', async () => {
    const created = await api.post('/_emulator/faults', {
      body: { method: 'get', path: '/customer/*/me', status: 503, body: { type: 'busy', status: 503, message: 'later' }, headers: { 'Retry-After': '2' }, times: 2 },
      expect: 201,
    });
    assert.deepEqual([created.body.id, created.body.remaining, created.body.method], [created.body.id, 2, 'GET']);
    const { access_token: token } = await api.anonymous();
    for (let hit = 0; hit < 2; hit++) {
      const faulted = await api.get(ME, { token, headers: { origin: 'http://localhost:5173' } });
      assert.deepEqual([faulted.status, faulted.body.type, faulted.headers.get('retry-after')], [503, 'busy', '2']);
      assert.equal(faulted.headers.get('access-control-allow-origin'), 'http://localhost:5173');
      assert.match(faulted.headers.get('access-control-expose-headers')!, /\bRetry-After\b/);
    }
    await api.get(ME, { token, expect: 200 });
    const log = await api.requests();
    assert.deepEqual(log.filter((entry) => entry.path === ME).map((entry) => [entry.status, entry.faulted ?? false]), [[503, true], [503, true], [200, false]]);
  });

  test('match method and path globs', async () => {
    const { access_token: token } = await api.login();
    await api.post('/_emulator/faults', { body: { method: 'POST', path: '/customer/demo/me', status: 500 }, expect: 201 });
    await api.get(ME, { token, expect: 200 });
    await api.post('/_emulator/faults', { body: { path: '/customer/*/me', status: 418, times: 5 }, expect: 201 });
    await api.get(`${ME}/addresses`, { token, expect: 200 });
    await api.delete('/_emulator/faults', { expect: 204 });
    await api.post('/_emulator/faults', { body: { path: '/customer/**', status: 429 }, expect: 201 });
    const limited = await api.get(`${ME}/addresses`, { token });
    assert.deepEqual([limited.status, limited.body.type], [429, 'injected_fault']);
  });

  test('without a method spare CORS preflights', async () => {
    const { access_token: token } = await api.login();
    await api.post('/_emulator/faults', { body: { path: ME, status: 503 }, expect: 201 });
    const preflight = await fetch(new URL(ME, api.url), { method: 'OPTIONS', headers: { origin: 'http://x.example', 'access-control-request-method': 'GET' } });
    assert.equal(preflight.status, 204);
    assert.equal((await api.get(ME, { token })).status, 503);
  });

  test('default to the contract bodies, can delay and can drop the connection', async () => {
    const { access_token: token } = await api.anonymous();
    await api.post('/_emulator/faults', { body: { path: ME, status: 401 }, expect: 201 });
    assert.equal((await api.get(ME, { token })).body.fault.detail.errorcode, 'oauth.v2.InvalidAccessToken');

    await api.post('/_emulator/faults', { body: { path: ME, delayMs: 150 }, expect: 201 });
    const started = Date.now();
    await api.get(ME, { token, expect: 200 });
    assert.ok(Date.now() - started >= 140);

    await api.post('/_emulator/faults', { body: { path: ME, drop: true }, expect: 201 });
    await assert.rejects(fetch(new URL(ME, api.url), { headers: { authorization: `Bearer ${token}` } }));
    const dropped = (await api.requests()).at(-1);
    assert.deepEqual([dropped.status, dropped.faulted], [0, true]);
  });

  test('can drop the answer after the request took effect', async () => {
    const { access_token: token } = await api.anonymous();
    await api.post('/_emulator/faults', { body: { path: '/customer/demo/signup', dropAnswer: true }, expect: 201 });
    const signup = fetch(new URL('/customer/demo/signup', api.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'max@example.com', password: 'Max#2026pass' }),
    });
    await assert.rejects(signup);
    const dropped = (await api.requests()).at(-1);
    assert.deepEqual([dropped.method, dropped.status, dropped.faulted], ['POST', 0, true]);
    const created = (await api.get('/_emulator/demo/customers')).body as Json[];
    assert.ok(created.some((customer) => customer.email === 'max@example.com'));
  });

  test('release the requests a delay holds when they are cleared', async () => {
    const { access_token: token } = await api.anonymous();
    await api.post('/_emulator/faults', { body: { path: ME, delayMs: 30_000 }, expect: 201 });
    const started = Date.now();
    const held = api.get(ME, { token, expect: 200 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await api.delete('/_emulator/faults', { expect: 204 });
    await held;
    assert.ok(Date.now() - started < 5000);
  });

  test('are listed, cleared, checked, and never hit the control endpoints', async () => {
    await api.post('/_emulator/faults', { body: { path: '/**', status: 500, times: 3 }, expect: 201 });
    const [listed] = (await api.get('/_emulator/faults', { expect: 200 })).body;
    assert.deepEqual([listed.path, listed.remaining], ['/**', 3]);
    await api.delete('/_emulator/faults', { expect: 204 });
    await api.anonymous();
    expectValidation(await api.post('/_emulator/faults', { body: { status: 500 } }), 'path');
    expectValidation(await api.post('/_emulator/faults', { body: { path: 'no-slash', status: 99 } }), 'path', 'status');
    expectValidation(await api.post('/_emulator/faults', { body: { path: '/x' } }), 'status');
    expectValidation(await api.post('/_emulator/faults', { body: { path: '/x', drop: 'yes', headers: { a: 1 }, times: 0 } }), 'drop', 'headers', 'times');
  });
});

describe('request log', () => {
  test('records API calls oldest first with the token kind and redacted secrets', async () => {
    const anonymous = await api.anonymous();
    const login = await api.login(SEED.jane, anonymous.access_token);
    await api.get('/customerlogin/auth/anonymous/refresh', { query: { tenant: 'demo', client_id: SEED.storefrontClientId, refresh_token: anonymous.refresh_token } });
    await api.get('/customer/demo/refreshauthtoken', { token: login.access_token, query: { refreshToken: login.refresh_token } });
    const employee = await api.employeeToken();
    await api.get('/customer/demo/customers', { token: employee });
    await api.get(ME, { token: 'unknown' });
    await api.get('/customer/demo/logout', { token: login.access_token, query: { accessToken: login.access_token } });
    await api.get('/_emulator/demo/customers');
    await fetch(new URL(ME, api.url), { method: 'OPTIONS', headers: { origin: 'http://x.example', 'access-control-request-method': 'GET' } });

    const log = await api.requests();
    assert.deepEqual(
      log.map((entry) => [entry.method, entry.path, entry.tokenKind, entry.status]),
      [
        ['GET', '/customerlogin/auth/anonymous/login', 'none', 200],
        ['POST', '/customer/demo/login', 'anonymous', 200],
        ['GET', '/customerlogin/auth/anonymous/refresh', 'none', 200],
        ['GET', '/customer/demo/refreshauthtoken', 'customer', 401],
        ['POST', '/oauth/token', 'none', 200],
        ['GET', '/customer/demo/customers', 'employee', 200],
        ['GET', ME, 'invalid', 401],
        ['GET', '/customer/demo/logout', 'customer', 204],
        ['OPTIONS', ME, 'none', 204],
      ],
    );
    assert.deepEqual(log.map((entry) => entry.seq), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert.deepEqual(log[2].query, { tenant: 'demo', client_id: SEED.storefrontClientId, refresh_token: '***' });
    assert.deepEqual(log[3].query, { refreshToken: '***' });
    assert.deepEqual(log[7].query, { accessToken: '***' });
    assert.ok(log.every((entry: Json) => Date.parse(entry.at)));
    assert.ok(!JSON.stringify(log).includes(SEED.jane.password));

    await api.delete('/_emulator/requests', { expect: 204 });
    assert.deepEqual(await api.requests(), []);
    await api.anonymous();
    assert.equal((await api.requests())[0].seq, 10);
  });
});

describe('outbox and console', () => {
  test('lists mails newest first and renders them escaped as a page', async () => {
    await api.put('/_emulator/demo/settings', { body: { autoActivate: true }, expect: 200 });
    const token = (await api.anonymous()).access_token;
    const odd = '<b>odd</b>@example.com';
    await api.post('/customer/demo/signup', { token, body: { email: odd, password: 'Odd#2026pass' }, expect: 201 });
    await api.post('/customer/demo/password/reset', { token, body: { email: SEED.jane.email }, expect: 204 });
    await api.post('/customer/demo/password/reset', { token, body: { email: odd }, expect: 204 });
    const mails = await api.outbox();
    assert.deepEqual(mails.map((mail) => mail.to), [odd, SEED.jane.email]);
    assert.deepEqual(Object.keys(mails[0]).sort(), ['createdAt', 'id', 'kind', 'link', 'subject', 'to', 'token']);

    const page = await api.get('/_emulator/demo/outbox.html', { expect: 200 });
    assert.match(page.headers.get('content-type')!, /text\/html/);
    assert.ok(page.text.includes('&lt;b&gt;odd&lt;/b&gt;@example.com'));
    assert.ok(!page.text.includes('<b>odd'));
    assert.ok(page.text.includes(mails[1].token));
    expectError(await api.get('/_emulator/nosuch/outbox'), 404, 'resource_not_found');
  });

  test('lists customers with their account state', async () => {
    const customers: Json[] = (await api.get('/_emulator/demo/customers', { expect: 200 })).body;
    assert.deepEqual(
      customers.map((customer) => [customer.email, customer.active, customer.onHold, customer.locked, customer.addressCount]),
      [
        [SEED.jane.email, true, false, false, 2],
        [SEED.ina.email, false, false, false, 0],
        [SEED.otto.email, true, true, false, 0],
        [SEED.kim.email, true, false, false, 0],
      ],
    );
  });
});

describe('HTTP behaviour', () => {
  test('answers CORS preflights for the storefront headers', async () => {
    const preflight = await fetch(new URL('/customer/demo/login', api.url), {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,session-id' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    assert.equal(preflight.headers.get('access-control-allow-headers'), 'authorization,content-type,session-id');
    assert.equal(preflight.headers.get('access-control-allow-methods'), 'POST');
    const error = await api.get(ME, { headers: { origin: 'http://localhost:5173' } });
    assert.equal(error.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    assert.equal((await api.get(ME)).headers.get('access-control-allow-origin'), '*');
  });

  test('answers unknown endpoints and malformed tenants with JSON errors', async () => {
    expectError(await api.get('/customer/demo/nothing-here'), 404, 'resource_not_found');
    expectError(await api.request('PUT', '/customer/demo/login', { body: {} }), 405, 'method_not_allowed');
    for (const tenant of ['DEMO', 'ab', 'a'.repeat(17), '9demo', 'de-mo']) {
      expectError(await api.get(`/customer/${tenant}/me`), 400, 'bad_request');
    }
  });
});
