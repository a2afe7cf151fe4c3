import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { MiddlewareHandler } from 'hono';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AppEnv } from './env.ts';
import { FieldErrors, FieldReader, isJsonObject, type JsonObject } from './validation.ts';

/** What `POST /_emulator/faults` accepts. */
export interface FaultSpec {
  method?: string;
  /** Glob over the URL path: `*` matches within one segment, `**` across segments. */
  path: string;
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
  /**
   * Let the emulator handle the request at once, then hold its answer this long (or until the
   * faults are cleared): the request took effect (a token was issued) while the client still waits.
   */
  delayAnswerMs?: number;
  /** Destroy the connection instead of answering. */
  drop?: boolean;
  /**
   * Let the emulator handle the request, then destroy the connection instead of sending its
   * answer: the request took effect (a one-time token is spent) but the client sees no answer,
   * as when a connection drops on the way back.
   */
  dropAnswer?: boolean;
  /** How many matching requests it hits; 1 by default. */
  times?: number;
}

export interface Fault extends FaultSpec {
  id: string;
  remaining: number;
}

const MAX_DELAY_MS = 60_000;

export function parseFaultSpec(body: JsonObject): FaultSpec {
  const fields = new FieldReader(body, new FieldErrors());
  const spec: FaultSpec = {
    method: fields.string('method')?.toUpperCase(),
    path: fields.requiredString('path'),
    status: fields.integer('status', { min: 200, max: 599 }),
    body: body.body,
    headers: readHeaders(body.headers, fields.errors),
    delayMs: fields.integer('delayMs', { min: 0, max: MAX_DELAY_MS }),
    delayAnswerMs: fields.integer('delayAnswerMs', { min: 0, max: MAX_DELAY_MS }),
    drop: fields.boolean('drop'),
    dropAnswer: fields.boolean('dropAnswer'),
    times: fields.integer('times', { min: 1, max: 1000 }),
  };
  if (spec.path && !spec.path.startsWith('/')) fields.errors.add('path', 'invalid_format', 'path must start with "/".');
  const hasEffect =
    fields.has('status') || fields.has('delayMs') || fields.has('delayAnswerMs') || (fields.has('drop') && body.drop !== false) || (fields.has('dropAnswer') && body.dropAnswer !== false);
  if (!hasEffect) {
    fields.errors.add('status', 'missing_value', 'A fault needs a status, a delayMs, a delayAnswerMs, drop: true or dropAnswer: true.');
  }
  fields.errors.throwIfAny();
  return Object.fromEntries(Object.entries(spec).filter(([, value]) => value !== undefined)) as FaultSpec;
}

function readHeaders(value: unknown, errors: FieldErrors): Record<string, string> | undefined {
  if (value === undefined) return undefined;
  if (isJsonObject(value) && Object.values(value).every((header) => typeof header === 'string')) {
    return value as Record<string, string>;
  }
  errors.add('headers', 'invalid_type', 'headers must map header names to strings.');
  return undefined;
}

function globToRegExp(glob: string): RegExp {
  const source = glob
    .split(/(\*\*|\*)/)
    .map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

interface ActiveFault {
  fault: Fault;
  pattern: RegExp;
}

/** Faults waiting for their next matching requests, in the order they were added. */
export class FaultRegistry {
  #active: ActiveFault[] = [];
  #nextId = 1;
  /** One per request a `delayMs` holds back right now. */
  readonly #holds = new Set<AbortController>();

  add(spec: FaultSpec): Fault {
    const fault: Fault = { ...spec, id: String(this.#nextId++), remaining: spec.times ?? 1 };
    this.#active.push({ fault, pattern: globToRegExp(spec.path) });
    return fault;
  }

  list(): Fault[] {
    return this.#active.map(({ fault }) => ({ ...fault }));
  }

  /** Also releases every request a delay holds back: it is handled at once. */
  clear(): void {
    this.#active = [];
    for (const hold of this.#holds) hold.abort();
    this.#holds.clear();
  }

  /**
   * Waits `delayMs`, or until {@link clear}: a test can hold an answer for long (a hung request)
   * and still end with every held request handled, none left to reach a later test.
   */
  async hold(delayMs: number): Promise<void> {
    const hold = new AbortController();
    this.#holds.add(hold);
    try {
      await sleep(delayMs, undefined, { signal: hold.signal });
    } catch {
      // Released by clear().
    } finally {
      this.#holds.delete(hold);
    }
  }

  /** Uses up one hit of the first fault matching the request. */
  take(method: string, path: string): Fault | undefined {
    const match = this.#active.find(
      // A fault without a method still spares CORS preflights: it is meant for the request itself.
      ({ fault, pattern }) => (fault.method ? fault.method === method : method !== 'OPTIONS') && pattern.test(path),
    );
    if (!match) return undefined;
    match.fault.remaining -= 1;
    if (match.fault.remaining === 0) this.#active = this.#active.filter((active) => active !== match);
    return { ...match.fault };
  }
}

/** Default bodies follow the contract: the gateway's fault for 401, ErrorMessage otherwise. */
function defaultBody(status: number): unknown {
  const message = 'Fault injected by the emulator';
  if (status === 401) return { fault: { faultstring: message, detail: { errorcode: 'oauth.v2.InvalidAccessToken' } } };
  return { type: 'injected_fault', status, message };
}

function faultResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  if (status === 204) return new Response(null, { status, headers });
  const content = body ?? defaultBody(status);
  const isText = typeof content === 'string';
  return new Response(isText ? content : JSON.stringify(content), {
    status,
    headers: { 'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json', ...headers },
  });
}

/** Lets a matching fault answer (or delay, or drop) the request before the emulator sees it. */
export function injectFaults(registry: FaultRegistry): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // A single trailing slash is the same route, so it meets the same faults.
    const fault = registry.take(c.req.method, c.req.path.replace(/(.)\/$/, '$1'));
    if (!fault) return next();
    c.set('faulted', true);
    c.set('logNote', `fault ${fault.id} applied`);
    if (fault.delayMs) await registry.hold(fault.delayMs);
    if (fault.drop) {
      c.env.incoming.socket.destroy();
      return RESPONSE_ALREADY_SENT;
    }
    if (fault.delayAnswerMs) {
      await next();
      await registry.hold(fault.delayAnswerMs);
      return;
    }
    if (fault.dropAnswer) {
      await next();
      c.env.incoming.socket.destroy();
      c.res = RESPONSE_ALREADY_SENT;
      return;
    }
    if (fault.status === undefined) return next();
    return faultResponse(fault.status, fault.body, fault.headers);
  };
}
