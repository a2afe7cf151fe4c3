import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ResolvedSessionConfig } from './config.js';
import { RECORD_VERSION, emptyRecord, isLegacyRecordOf, parseRecord } from './record.js';

const config = {
  apiUrl: 'https://api.example.com',
  tenant: 'shop',
  clientId: 'client-1',
  storage: 'local',
  anonymousContext: {},
  refreshLeewayMs: 60_000,
  timeoutMs: 15_000,
  now: () => 0,
} as unknown as ResolvedSessionConfig;

const anonymous = { accessToken: 'anon-token', expiresAt: 1000, sessionId: 'session-1' };
const customer = { signInId: 'sign-in-1', accessToken: 'access', refreshToken: 'refresh', expiresAt: 1000, refreshExpiresAt: 2000 };
const stored = (fields: Record<string, unknown> = {}) => JSON.stringify({ ...emptyRecord(config), ...fields });

describe('parseRecord', () => {
  it('reads a record of this configuration, with its anonymous and customer sessions', () => {
    assert.deepEqual(parseRecord(stored({ anonymous, customer }), config), { kind: 'record', record: { ...emptyRecord(config), anonymous, customer } });
    assert.deepEqual(parseRecord(stored(), config), { kind: 'record', record: emptyRecord(config) });
  });

  it('leaves a record of another tenant, client or API alone', () => {
    assert.deepEqual(parseRecord(stored({ tenant: 'other' }), config), { kind: 'foreign' });
    assert.deepEqual(parseRecord(stored({ clientId: 'client-2' }), config), { kind: 'foreign' });
    assert.deepEqual(parseRecord(stored({ apiUrl: 'https://api.other.example' }), config), { kind: 'foreign' });
  });

  it('finds corrupt JSON, other shapes and other versions unusable', () => {
    for (const raw of ['{', 'null', '[]', '"text"', stored({ version: RECORD_VERSION + 1 }), stored({ version: 1 })]) {
      assert.deepEqual(parseRecord(raw, config), { kind: 'unusable' }, raw);
    }
  });

  it('finds malformed tokens unusable', () => {
    assert.deepEqual(parseRecord(stored({ anonymous: { ...anonymous, accessToken: '' } }), config), { kind: 'unusable' });
    assert.deepEqual(parseRecord(stored({ anonymous: { ...anonymous, expiresAt: '1000' } }), config), { kind: 'unusable' });
    assert.deepEqual(parseRecord(stored({ customer: { ...customer, refreshToken: undefined } }), config), { kind: 'unusable' });
    assert.deepEqual(parseRecord(stored({ customer: { ...customer, signInId: 42 } }), config), { kind: 'unusable' });
  });
});

describe('isLegacyRecordOf', () => {
  it('recognises a version 1 record of this configuration only', () => {
    assert.equal(isLegacyRecordOf(stored({ version: 1 }), config), true);
    assert.equal(isLegacyRecordOf(stored({ version: 1, tenant: 'other' }), config), false);
    assert.equal(isLegacyRecordOf(stored(), config), false);
    assert.equal(isLegacyRecordOf('{', config), false);
  });
});
