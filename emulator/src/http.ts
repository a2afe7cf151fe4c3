import type { AppContext } from './env.ts';
import { apiError, badRequest, missingValue } from './errors.ts';
import { FieldErrors, FieldReader, isJsonObject, type JsonObject } from './validation.ts';

export function bearerToken(c: AppContext): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
  return match?.[1];
}

export function requireQuery(c: AppContext, name: string): string {
  const value = c.req.query(name);
  if (!value) throw missingValue(name);
  return value;
}

/** The `expand` query parameter as a set (`addresses,accounts`). */
export function readExpand(c: AppContext): Set<string> {
  return new Set((c.req.query('expand') ?? '').split(',').map((part) => part.trim()).filter(Boolean));
}

const JSON_CONTENT_TYPE = /^application\/(merge-patch\+)?json\s*(;|$)/i;

/** The JSON object of the request body; an empty body reads as `{}` so field checks can name what is missing. */
export async function readJsonObject(c: AppContext): Promise<JsonObject> {
  const text = await c.req.text();
  if (!text.trim()) return {};
  if (!JSON_CONTENT_TYPE.test(c.req.header('content-type') ?? '')) {
    throw apiError(415, 'unsupported_media_type', 'The request body must be sent as application/json.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badRequest('The request body is not valid JSON.');
  }
  if (!isJsonObject(parsed)) throw badRequest('The request body must be a JSON object.');
  return parsed;
}

/** The fields of a form-encoded body (text fields only). */
export async function readForm(c: AppContext): Promise<Record<string, string>> {
  let form: Record<string, unknown>;
  try {
    form = await c.req.parseBody();
  } catch {
    throw badRequest('The request body is not a valid form.');
  }
  return Object.fromEntries(Object.entries(form).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** A reader over the JSON body's fields that collects every problem for one 400. */
export async function readFields(c: AppContext): Promise<FieldReader> {
  return new FieldReader(await readJsonObject(c), new FieldErrors());
}

/** Attach a line to this request's entry in the request log. */
export function logNote(c: AppContext, note: string): void {
  c.set('logNote', note);
}
