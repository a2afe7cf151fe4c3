import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ResolvedSessionConfig } from './config.js';
import { emptyRecord, legacyRecordKey, recordKey, type SessionRecord } from './record.js';
import { snapshotOf } from './snapshot.js';
import { MemoryStore } from './storage.js';
import { StoredRecord } from './stored-record.js';

const config = { apiUrl: 'https://api.example.com', tenant: 'shop', clientId: 'client-1', storage: 'memory', now: () => 0 } as unknown as ResolvedSessionConfig;
const KEY = recordKey(config);
const anonymous = { accessToken: 'anon-token', expiresAt: 1000, sessionId: 'session-1' };
const customer = { signInId: 'sign-in-1', accessToken: 'access', refreshToken: 'refresh', expiresAt: 1000, refreshExpiresAt: 2000, sessionId: 'session-2' };
const withAnonymous = (record: SessionRecord): SessionRecord => ({ ...record, anonymous });

describe('StoredRecord', () => {
  it('removes a version 1 record of this configuration, and unusable text under its own key', () => {
    const store = new MemoryStore();
    store.set(legacyRecordKey(config), JSON.stringify({ ...emptyRecord(config), version: 1 }));
    store.set(KEY, '{');
    new StoredRecord(store, config);
    assert.equal(store.get(legacyRecordKey(config)), null);
    assert.equal(store.get(KEY), null);
  });

  it("leaves another configuration's record alone and reads an empty one instead", () => {
    const store = new MemoryStore();
    const foreign = JSON.stringify({ ...emptyRecord(config), tenant: 'other', anonymous });
    store.set(KEY, foreign);
    assert.deepEqual(new StoredRecord(store, config).read(), emptyRecord(config));
    assert.equal(store.get(KEY), foreign);
  });

  it('writes the changed record whole, without empty sessions', () => {
    const store = new MemoryStore();
    const stored = new StoredRecord(store, config);
    const written = stored.write((record) => ({ ...withAnonymous(record), customer: undefined }));
    assert.deepEqual(written, withAnonymous(emptyRecord(config)));
    assert.equal(store.get(KEY), JSON.stringify(written));
    assert.deepEqual(stored.read(), written);
  });

  it("tells another tab's write from its own, once", () => {
    const store = new MemoryStore();
    const stored = new StoredRecord(store, config);
    const elsewhere = new StoredRecord(store, config);
    assert.equal(stored.changedElsewhere(), false);
    stored.write(withAnonymous);
    assert.equal(stored.changedElsewhere(), false, 'its own write');
    elsewhere.write((record) => ({ ...record, customer }));
    assert.equal(stored.changedElsewhere(), true, "the other tab's write");
    assert.equal(stored.changedElsewhere(), false, 'already seen');
  });
});

describe('snapshotOf', () => {
  it('shows no session, an anonymous one, or the customer without tokens', () => {
    assert.deepEqual(snapshotOf(emptyRecord(config), undefined), { status: 'signed-out' });
    assert.deepEqual(snapshotOf(withAnonymous(emptyRecord(config)), undefined), { status: 'anonymous', sessionId: 'session-1' });
    const shown = snapshotOf({ ...emptyRecord(config), anonymous, customer: { ...customer, email: 'jane@example.com' } }, undefined);
    assert.equal(shown.status, 'customer');
    assert.equal(shown.sessionId, 'session-2');
    assert.equal(shown.customer?.email, 'jane@example.com');
    assert.doesNotMatch(JSON.stringify(shown), /access|refresh|anon-token/);
    assert.ok(Object.isFrozen(shown) && Object.isFrozen(shown.customer));
  });

  it('asks for a company only when the customer has several and none is chosen', () => {
    const entities = [{ id: 'le-1', name: 'One' }, { id: 'le-2', name: 'Two' }];
    const required = (fields: object) => snapshotOf({ ...emptyRecord(config), customer: { ...customer, ...fields } }, undefined).legalEntityRequired;
    assert.equal(required({ legalEntities: entities }), true);
    assert.equal(required({ legalEntities: entities, legalEntityId: 'le-2' }), false);
    assert.equal(required({ legalEntities: entities.slice(0, 1) }), false);
    assert.equal(required({}), false);
  });
});
