import { EmporixError } from '../../api/index.js';
import type { MessageRef } from './localize.js';

/** A `Retry-After` up to this is said in seconds, up to {@link LONGEST_NAMED_WAIT_SECONDS} in minutes. */
const LONGEST_WAIT_IN_SECONDS = 90;
/** About an hour: a longer wait (or an absurd one, `999999`, `1e308`) is "later". */
const LONGEST_NAMED_WAIT_SECONDS = 3600;

/** Anything a run threw, as an {@link EmporixError}: a bug becomes code `unknown`, with the original as its `cause`. */
export function toEmporixError(thrown: unknown): EmporixError {
  return thrown instanceof EmporixError ? thrown : new EmporixError({ kind: 'http', code: 'unknown', message: 'Unexpected failure', cause: thrown });
}

interface Reasons {
  /** Message keys to try (as `<operation>.error.<reason>`, then `error.<reason>`), most specific first. */
  readonly reasons: readonly string[];
  readonly params?: MessageRef['params'];
}

function reasonsFor(error: EmporixError): Reasons {
  // `deadline` is a timeout of the whole run; its code comes first.
  if (error.kind === 'network' || error.kind === 'timeout') return { reasons: [...new Set([error.code, error.kind])] };
  if (error.status === 429) return rateLimitReasons(error.retryAfterSeconds);
  const reasons = [error.code];
  if (error.status >= 500) reasons.push('server');
  else if (error.status === 401) reasons.push('session_expired');
  else if (error.details.length > 0) reasons.push('validation_failure');
  reasons.push('unknown');
  return { reasons };
}

/**
 * A 429's `Retry-After` in words a person can act on: seconds up to a minute and a half, minutes
 * up to about an hour, "later" beyond; under two seconds, "a moment".
 */
function rateLimitReasons(seconds: number | undefined): Reasons {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds < 2) return { reasons: ['rate_limited'] };
  if (seconds <= LONGEST_WAIT_IN_SECONDS) return { reasons: ['rate_limited_wait', 'rate_limited'], params: { seconds: Math.ceil(seconds) } };
  if (seconds <= LONGEST_NAMED_WAIT_SECONDS) {
    return { reasons: ['rate_limited_wait_minutes', 'rate_limited'], params: { minutes: Math.ceil(seconds / 60) } };
  }
  return { reasons: ['rate_limited_later', 'rate_limited'] };
}

/**
 * What to tell the customer about a failure of `operation`: the most specific text that exists
 * (`hasText`), `<operation>.error.<code>` before `error.<code>`, then the failure's kind
 * (network, server, expired session…), and `error.unknown` last.
 */
export function errorMessage(error: EmporixError, operation: string, hasText: (key: string) => boolean): MessageRef {
  const { reasons, params } = reasonsFor(error);
  const key = reasons.flatMap((reason) => [`${operation}.error.${reason}`, `error.${reason}`]).find(hasText);
  return { key: key ?? 'error.unknown', ...(params && { params }) };
}
