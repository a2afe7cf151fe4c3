import { EmporixError } from '../api/index.js';

/*
 * How the session sends a request again after a transient failure (no answer, a timeout, 429, a
 * 5xx; see `EmporixError.isTransient`): up to RETRIES more times, after BASE_DELAY_MS doubled
 * for each further retry, with jitter, or after the server's `Retry-After` when that is longer.
 *
 * Only requests that are safe to send twice go through it: the reads (profile, address list and
 * address, token validation) and the token requests (anonymous login and refresh, customer
 * refresh). Everything that changes something is sent once per call, and the customer decides
 * whether to try again: sign-up, login, logout, double opt-in confirmation (a GET that spends its
 * token), password and email changes, and every address change.
 */

/** Attempts after the first. */
export const RETRIES = 2;
/** The wait before the first retry, doubled for each further one; each wait is between half and all of it (jitter). */
export const BASE_DELAY_MS = 250;
/**
 * The longest `Retry-After` worth waiting for, in seconds. When the server asks for longer, the
 * failure is passed on at once with its `retryAfterSeconds`, for the page to say when to try again.
 */
export const MAX_RETRY_AFTER_SECONDS = 5;

export interface RetryOptions {
  /** Ends the wait between attempts with an `aborted` error (the attempts themselves take it on their own). */
  signal?: AbortSignal;
  /** Called with each failure that is about to be retried. */
  onRetry?: (error: EmporixError) => void;
}

/**
 * How long to wait before retry number `retry` (from 1) after `error`: the backoff, or the
 * server's `Retry-After` when that is longer; `undefined` when the server asks for too long.
 */
export function retryDelayMs(error: EmporixError, retry: number): number | undefined {
  const backoff = BASE_DELAY_MS * 2 ** (retry - 1) * (0.5 + Math.random() / 2);
  const asked = error.retryAfterSeconds;
  if (asked === undefined) return backoff;
  return asked > MAX_RETRY_AFTER_SECONDS ? undefined : Math.max(asked * 1000, backoff);
}

/** Resolves after `ms`; rejects with an `aborted` error (and clears its timer) when `signal` aborts first. */
function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const cancelled = () => new EmporixError({ kind: 'aborted', message: 'The retry was cancelled' });
    if (signal?.aborted) {
      reject(cancelled());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelled());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Runs `send`, and again after each transient failure, up to {@link RETRIES} more times with
 * exponential backoff and jitter, honouring a short enough `Retry-After`.
 * Throws the last failure, or at once any failure that is not transient. Only for requests that
 * are safe to repeat (see the top of this file).
 */
export async function withRetries<T>(send: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  for (let retry = 1; ; retry++) {
    try {
      return await send();
    } catch (error) {
      const delay = error instanceof EmporixError && error.isTransient && retry <= RETRIES ? retryDelayMs(error, retry) : undefined;
      if (delay === undefined) throw error;
      options.onRetry?.(error as EmporixError);
      await wait(delay, options.signal);
    }
  }
}
