import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EmporixError } from '../api/index.js';
import { BASE_DELAY_MS, MAX_RETRY_AFTER_SECONDS, retryDelayMs } from './retry.js';

const transient = (retryAfterSeconds?: number) =>
  new EmporixError({ kind: 'http', status: retryAfterSeconds === undefined ? 503 : 429, message: 'busy', ...(retryAfterSeconds !== undefined && { retryAfterSeconds }) });

describe('retryDelayMs', () => {
  it('doubles the backoff with each retry, jittered between half and all of it', (t) => {
    t.mock.method(Math, 'random', () => 0);
    assert.equal(retryDelayMs(transient(), 1), BASE_DELAY_MS / 2);
    assert.equal(retryDelayMs(transient(), 2), BASE_DELAY_MS);
    assert.equal(retryDelayMs(transient(), 3), BASE_DELAY_MS * 2);
  });

  it('stays within the jitter range', () => {
    for (let i = 0; i < 200; i += 1) {
      const delay = retryDelayMs(transient(), 2)!;
      assert.ok(delay >= BASE_DELAY_MS && delay <= 2 * BASE_DELAY_MS, `delay ${delay}`);
    }
  });

  it('waits for the server’s Retry-After when it is longer than the backoff', (t) => {
    t.mock.method(Math, 'random', () => 1);
    assert.equal(retryDelayMs(transient(3), 1), 3000);
    assert.equal(retryDelayMs(transient(0), 1), BASE_DELAY_MS);
  });

  it('gives up when the server asks for longer than the session waits', () => {
    assert.equal(retryDelayMs(transient(MAX_RETRY_AFTER_SECONDS), 1), MAX_RETRY_AFTER_SECONDS * 1000);
    assert.equal(retryDelayMs(transient(MAX_RETRY_AFTER_SECONDS + 1), 1), undefined);
  });
});
