import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EmporixError } from '../api/index.js';
import { DEFAULT_RETRY_POLICY, retryDelayMs } from './retry.js';

const policy = { retries: 2, baseDelayMs: 100, maxRetryAfterSeconds: 5 };
const transient = (retryAfterSeconds?: number) =>
  new EmporixError({ kind: 'http', status: retryAfterSeconds === undefined ? 503 : 429, message: 'busy', ...(retryAfterSeconds !== undefined && { retryAfterSeconds }) });

describe('retryDelayMs', () => {
  it('doubles the backoff with each retry, jittered between half and all of it', (t) => {
    t.mock.method(Math, 'random', () => 0);
    assert.equal(retryDelayMs(transient(), 1, policy), 50);
    assert.equal(retryDelayMs(transient(), 2, policy), 100);
    assert.equal(retryDelayMs(transient(), 3, policy), 200);
  });

  it('stays within the jitter range', () => {
    for (let i = 0; i < 200; i += 1) {
      const delay = retryDelayMs(transient(), 2, policy)!;
      assert.ok(delay >= 100 && delay <= 200, `delay ${delay}`);
    }
  });

  it('waits for the server’s Retry-After when it is longer than the backoff', (t) => {
    t.mock.method(Math, 'random', () => 1);
    assert.equal(retryDelayMs(transient(3), 1, policy), 3000);
    assert.equal(retryDelayMs(transient(0), 1, policy), 100);
  });

  it('gives up when the server asks for longer than the policy waits', () => {
    assert.equal(retryDelayMs(transient(6), 1, policy), undefined);
    assert.equal(retryDelayMs(transient(DEFAULT_RETRY_POLICY.maxRetryAfterSeconds + 1), 1, DEFAULT_RETRY_POLICY), undefined);
  });
});
