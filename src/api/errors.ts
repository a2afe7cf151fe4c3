import type { ErrorMessageBody, FaultBody } from './types.js';

/**
 * What went wrong, in one word a caller can switch on:
 * - `http`: the server answered with an error status;
 * - `network`: no answer (offline, connection dropped, CORS refused);
 * - `timeout`: no answer within the time allowed;
 * - `aborted`: the caller cancelled the request.
 */
export type EmporixErrorKind = 'http' | 'network' | 'timeout' | 'aborted';

/** One problem with one field of the request, as the server names it. */
export interface FieldProblem {
  /** Path of the field in the request body, for example `customerDetails.lastName`. */
  field: string;
  type?: string;
  message?: string;
}

/** The one error type every API function throws. */
export class EmporixError extends Error {
  override readonly name = 'EmporixError';
  readonly kind: EmporixErrorKind;
  /** HTTP status; 0 when there was no answer. */
  readonly status: number;
  /** The Emporix error `type` (e.g. `invalid_credentials`) or gateway `errorcode` (e.g. `oauth.v2.InvalidAccessToken`). */
  readonly code: string;
  readonly details: readonly FieldProblem[];
  /** Seconds the server asked the client to wait (`Retry-After`), when it said so. */
  readonly retryAfterSeconds: number | undefined;
  /**
   * The gateway refused the token itself (invalid, expired or revoked): a 401 in the fault shape
   * or without an Emporix error type. A 401 such as `invalid_credentials` is about the request.
   */
  readonly tokenRejected: boolean;

  constructor(init: {
    kind: EmporixErrorKind;
    status?: number;
    code?: string;
    message: string;
    details?: readonly FieldProblem[];
    retryAfterSeconds?: number;
    tokenRejected?: boolean;
    cause?: unknown;
  }) {
    super(init.message, { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status ?? 0;
    this.code = init.code ?? init.kind;
    this.details = init.details ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.tokenRejected = init.tokenRejected ?? false;
  }

  /** Worth trying again later: no answer, a timeout, 429 or a 5xx. */
  get isTransient(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    return this.kind === 'http' && (this.status === 429 || this.status >= 500);
  }
}

function isFault(body: unknown): body is FaultBody {
  return typeof body === 'object' && body !== null && 'fault' in body && typeof body.fault === 'object';
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

/** Turns an error response (either documented body shape, or none) into an {@link EmporixError}. */
export function errorFromResponse(response: Response, body: unknown): EmporixError {
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  if (isFault(body)) {
    return new EmporixError({
      kind: 'http',
      status: response.status,
      code: body.fault.detail?.errorcode ?? 'unauthorized',
      message: body.fault.faultstring ?? response.statusText,
      retryAfterSeconds,
      tokenRejected: response.status === 401,
    });
  }
  const problem = (typeof body === 'object' && body !== null ? body : {}) as ErrorMessageBody;
  const details = (problem.details ?? [])
    .filter((detail) => typeof detail?.field === 'string' && detail.field !== '')
    .map((detail) => ({ field: detail.field as string, type: detail.type, message: detail.message }));
  const typed = typeof problem.type === 'string' && problem.type !== '';
  return new EmporixError({
    kind: 'http',
    status: response.status,
    tokenRejected: response.status === 401 && !typed,
    code: typed ? (problem.type as string) : `http_${response.status}`,
    message: typeof problem.message === 'string' && problem.message ? problem.message : `HTTP ${response.status}`,
    details,
    retryAfterSeconds,
  });
}
