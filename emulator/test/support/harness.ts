import assert from 'node:assert/strict';
import { after, before, beforeEach } from 'node:test';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../server.ts';
import {
  AddressDto,
  AnonymousAccessToken,
  arrayOf,
  assertShape,
  Customer,
  CustomerForSellerDto,
  CustomerToken,
  ErrorMessage,
  ExchangeAuthTokenResponse,
  Fault,
  RefreshCustomerToken,
  ResourceLocation,
  ServiceAccessToken,
  SocialLoginResponse,
  ValidateTokenResponse,
  type Shape,
} from '../../../test/contract/shapes.ts';

/** Parsed JSON of a response; tests read into it freely after its shape has been checked. */
export type Json = any;

export interface ApiResponse {
  status: number;
  headers: Headers;
  body: Json;
  text: string;
}

export interface RequestOptions {
  token?: string;
  query?: Record<string, string>;
  /** Sent as JSON unless `rawBody` is given. */
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  /** The status the test expects; the body is always checked against the contract. */
  expect?: number;
}

/** The documented success body of each endpoint; endpoints not listed answer without a body. */
const SUCCESS_SHAPES: Array<[method: string, path: RegExp, shape: Shape]> = [
  ['GET', /^\/customerlogin\/auth\/anonymous\/(login|refresh)$/, AnonymousAccessToken],
  ['POST', /^\/customer\/[^/]+\/signup$/, ResourceLocation],
  ['POST', /^\/customer\/[^/]+\/login$/, CustomerToken],
  ['GET', /^\/customer\/[^/]+\/signup\/optin\/[^/]+$/, CustomerToken],
  ['GET', /^\/customer\/[^/]+\/refreshauthtoken$/, RefreshCustomerToken],
  ['GET', /^\/customer\/[^/]+\/validateauthtoken$/, ValidateTokenResponse],
  ['POST', /^\/customer\/[^/]+\/exchangeauthtoken$/, ExchangeAuthTokenResponse],
  ['POST', /^\/customer\/[^/]+\/socialLogin$/, SocialLoginResponse],
  ['GET', /^\/customer\/[^/]+\/me$/, Customer],
  ['POST', /^\/customer\/[^/]+\/me\/addresses$/, ResourceLocation],
  ['GET', /^\/customer\/[^/]+\/me\/addresses$/, arrayOf(AddressDto)],
  ['GET', /^\/customer\/[^/]+\/me\/addresses\/[^/]+$/, AddressDto],
  ['POST', /^\/oauth\/token$/, ServiceAccessToken],
  ['GET', /^\/customer\/[^/]+\/customers$/, arrayOf(CustomerForSellerDto)],
  ['GET', /^\/customer\/[^/]+\/customers\/[^/]+$/, CustomerForSellerDto],
];

/** Every answer of the emulator's API must fit the contract: the documented body on success, an error shape otherwise. */
function assertContract(method: string, path: string, response: ApiResponse): void {
  const label = `answer to ${method} ${path}`;
  if (response.status >= 400) {
    if (path.startsWith('/oidc/')) return;
    assertShape(response.status === 401 && response.body?.fault ? Fault : ErrorMessage, response.body, label);
    return;
  }
  if (path.startsWith('/_emulator/') || path.startsWith('/oidc/')) return;
  const shape = SUCCESS_SHAPES.find(([verb, pattern]) => verb === method && pattern.test(path))?.[2];
  if (shape) assertShape(shape, response.body, label);
  else assert.equal(response.text, '', `${label} has a body the contract does not document`);
}

export const SEED = {
  tenant: 'demo',
  storefrontClientId: 'demo-storefront',
  employee: { clientId: 'demo-employee', clientSecret: 'demo-employee-secret' },
  jane: { email: 'jane@example.com', password: 'Jane#2026pass' },
  ina: { email: 'ina@example.com', password: 'Ina#2026pass' },
  otto: { email: 'otto@example.com', password: 'Otto#2026pass' },
  kim: { email: 'kim@example.com', password: 'Kim#2026pass' },
} as const;

/** A small client of the emulator that checks every answer against the contract shapes. */
export class Api {
  constructor(private readonly origin: () => string) {}

  get url(): string {
    return this.origin();
  }

  async request(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse> {
    const url = new URL(path, this.url);
    for (const [name, value] of Object.entries(options.query ?? {})) url.searchParams.set(name, value);
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body = options.rawBody;
    if (body === undefined && options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(url, { method, headers, body });
    const text = await response.text();
    const isJson = response.headers.get('content-type')?.includes('application/json');
    const result = { status: response.status, headers: response.headers, text, body: isJson && text ? JSON.parse(text) : undefined };
    // A single trailing slash is the same route, so it owes the same shape.
    assertContract(method, url.pathname.replace(/(.)\/$/, '$1'), result);
    if (options.expect !== undefined) expectStatus(result, options.expect, `${method} ${path}`);
    return result;
  }

  get(path: string, options?: RequestOptions) {
    return this.request('GET', path, options);
  }

  post(path: string, options?: RequestOptions) {
    return this.request('POST', path, options);
  }

  patch(path: string, options?: RequestOptions) {
    return this.request('PATCH', path, options);
  }

  put(path: string, options?: RequestOptions) {
    return this.request('PUT', path, options);
  }

  delete(path: string, options?: RequestOptions) {
    return this.request('DELETE', path, options);
  }

  async reset(body?: unknown): Promise<void> {
    await this.post('/_emulator/reset', { body, expect: 204 });
  }

  async anonymous(tenant: string = SEED.tenant, clientId: string = SEED.storefrontClientId): Promise<Json> {
    const response = await this.get('/customerlogin/auth/anonymous/login', {
      query: { tenant, client_id: clientId },
      expect: 200,
    });
    return response.body;
  }

  /** Logs in with a fresh anonymous session; answers the CustomerToken body. */
  async login(credentials: { email: string; password: string } = SEED.jane, anonymousToken?: string): Promise<Json> {
    const token = anonymousToken ?? (await this.anonymous()).access_token;
    return (await this.post('/customer/demo/login', { token, body: credentials, expect: 200 })).body;
  }

  async employeeToken(scope?: string): Promise<string> {
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: SEED.employee.clientId, client_secret: SEED.employee.clientSecret });
    if (scope) form.set('scope', scope);
    const response = await this.post('/oauth/token', {
      rawBody: form.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      expect: 200,
    });
    return response.body.access_token;
  }

  async outbox(tenant: string = SEED.tenant): Promise<Json[]> {
    return (await this.get(`/_emulator/${tenant}/outbox`, { expect: 200 })).body;
  }

  async requests(): Promise<Json[]> {
    return (await this.get('/_emulator/requests', { expect: 200 })).body;
  }

  async advanceClock(seconds: number): Promise<void> {
    await this.post('/_emulator/clock', { body: { advanceSeconds: seconds }, expect: 200 });
  }

  async customerNumberOf(email: string): Promise<string> {
    const customers: Json[] = (await this.get('/_emulator/demo/customers', { expect: 200 })).body;
    const customer = customers.find((candidate) => candidate.email === email);
    assert.ok(customer, `no customer ${email}`);
    return customer.customerNumber;
  }
}

function expectStatus(response: ApiResponse, status: number, label: string): void {
  assert.equal(response.status, status, `${label} answered ${response.status}: ${response.text}`);
}

/** Asserts an ErrorMessage body (the contract check already ran) with this status and type; answers the body. */
export function expectError(response: ApiResponse, status: number, type: string): Json {
  expectStatus(response, status, 'the request');
  assert.equal(response.body.type, type, response.text);
  return response.body;
}

/** Asserts the gateway's 401 fault with this error code. */
export function expectFault(response: ApiResponse, errorcode: string): void {
  expectStatus(response, 401, 'the request');
  assert.equal(response.body.fault?.detail.errorcode, errorcode, response.text);
}

/** Asserts a validation failure that names exactly these fields. */
export function expectValidation(response: ApiResponse, ...fields: string[]): void {
  const body = expectError(response, 400, 'validation_failure');
  assert.deepEqual(body.details.map((detail: Json) => detail.field).sort(), [...fields].sort(), response.text);
}

/** One emulator for the test file on a free port, reset to seed data before each test. */
export function useEmulator(options: EmulatorOptions = {}): Api {
  let emulator: RunningEmulator | undefined;
  const api = new Api(() => {
    assert.ok(emulator, 'the emulator is not started yet');
    return emulator.url;
  });
  before(async () => {
    emulator = await startEmulator({ port: 0, quiet: true, ...options });
  });
  after(() => emulator?.close());
  beforeEach(() => api.reset());
  return api;
}
