import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EmporixError } from '../../api/index.js';
import { errorMessage, toEmporixError } from './error-message.js';

const texts = new Set(['error.network', 'error.timeout', 'error.server', 'error.session_expired', 'error.validation_failure', 'error.unknown', 'error.rate_limited',
  'error.rate_limited_wait', 'error.rate_limited_wait_minutes', 'error.rate_limited_later', 'error.invalid_credentials', 'login.error.invalid_credentials', 'error.deadline']);
const hasText = (key: string) => texts.has(key);
const http = (status: number, code: string, extra: Partial<ConstructorParameters<typeof EmporixError>[0]> = {}) =>
  new EmporixError({ kind: 'http', status, code, message: code, ...extra });

describe('errorMessage', () => {
  it('prefers the operation’s own text for a code, then the shared one', () => {
    assert.deepEqual(errorMessage(http(401, 'invalid_credentials'), 'login', hasText), { key: 'login.error.invalid_credentials' });
    assert.deepEqual(errorMessage(http(401, 'invalid_credentials'), 'signup', hasText), { key: 'error.invalid_credentials' });
  });

  it('falls back to what the failure is when its code has no text', () => {
    assert.deepEqual(errorMessage(http(503, 'odd'), 'login', hasText), { key: 'error.server' });
    assert.deepEqual(errorMessage(http(401, 'odd'), 'login', hasText), { key: 'error.session_expired' });
    assert.deepEqual(errorMessage(http(400, 'odd', { details: [{ field: 'x', type: 'y' }] }), 'login', hasText), { key: 'error.validation_failure' });
    assert.deepEqual(errorMessage(http(400, 'odd'), 'login', hasText), { key: 'error.unknown' });
    assert.deepEqual(errorMessage(new EmporixError({ kind: 'network', message: 'offline' }), 'login', hasText), { key: 'error.network' });
    assert.deepEqual(errorMessage(new EmporixError({ kind: 'timeout', code: 'deadline', message: 'late' }), 'login', hasText), { key: 'error.deadline' });
  });

  it('says a Retry-After in seconds, in minutes, or as later', () => {
    const limited = (retryAfterSeconds?: number) => errorMessage(http(429, 'too_many', retryAfterSeconds === undefined ? {} : { retryAfterSeconds }), 'login', hasText);
    assert.deepEqual(limited(), { key: 'error.rate_limited' });
    assert.deepEqual(limited(1), { key: 'error.rate_limited' });
    assert.deepEqual(limited(29.5), { key: 'error.rate_limited_wait', params: { seconds: 30 } });
    assert.deepEqual(limited(600), { key: 'error.rate_limited_wait_minutes', params: { minutes: 10 } });
    assert.deepEqual(limited(1e308), { key: 'error.rate_limited_later' });
    assert.deepEqual(limited(Number.POSITIVE_INFINITY), { key: 'error.rate_limited' });
  });
});

describe('toEmporixError', () => {
  it('keeps an EmporixError and wraps anything else as unknown, with its cause', () => {
    const known = http(404, 'not_found');
    assert.equal(toEmporixError(known), known);
    const bug = new TypeError('x is undefined');
    const wrapped = toEmporixError(bug);
    assert.equal(wrapped.code, 'unknown');
    assert.equal(wrapped.cause, bug);
  });
});
