import { validationFailure, type ErrorDetail } from './errors.ts';

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmailAddress(value: string): boolean {
  return EMAIL_PATTERN.test(value.trim());
}

/** Collects every problem of a request before answering, so one 400 names them all. */
export class FieldErrors {
  readonly details: ErrorDetail[] = [];

  add(field: string, type: string, message: string): void {
    this.details.push({ field, type, message });
  }

  addDetail(detail: ErrorDetail | undefined): void {
    if (detail) this.details.push(detail);
  }

  throwIfAny(): void {
    if (this.details.length) throw validationFailure(this.details);
  }
}

/**
 * Reads typed fields of one JSON object and records wrong types under the field's path in the
 * request (`customerDetails.lastName`). JSON `null` reads as absent; unknown fields are ignored.
 */
export class FieldReader {
  constructor(
    private readonly source: JsonObject,
    readonly errors: FieldErrors,
    private readonly prefix = '',
  ) {}

  path(key: string): string {
    return this.prefix ? `${this.prefix}.${key}` : key;
  }

  has(key: string): boolean {
    return this.source[key] !== undefined && this.source[key] !== null;
  }

  isNull(key: string): boolean {
    return this.source[key] === null;
  }

  string(key: string): string | undefined {
    return this.#read(key, 'string', 'a string');
  }

  /** A non-blank string; '' (with an error recorded) when it is missing. */
  requiredString(key: string): string {
    const value = this.#read(key, 'string', 'a string', true);
    if (value !== undefined && !value.trim()) this.#missing(key);
    return value ?? '';
  }

  /** A required email address, trimmed; its format is checked. */
  requiredEmail(key: string): string {
    const value = this.requiredString(key).trim();
    if (value && !isEmailAddress(value)) {
      this.errors.add(this.path(key), 'invalid_format', `${this.path(key)} is not a valid email address.`);
    }
    return value;
  }

  boolean(key: string): boolean | undefined {
    return this.#read(key, 'boolean', 'true or false');
  }

  integer(key: string, range: { min: number; max: number }): number | undefined {
    const value = this.#read(key, 'number', 'a number');
    if (value === undefined) return undefined;
    if (!Number.isInteger(value) || value < range.min || value > range.max) {
      this.errors.add(this.path(key), 'invalid_value', `${this.path(key)} must be an integer from ${range.min} to ${range.max}.`);
      return undefined;
    }
    return value;
  }

  object(key: string): JsonObject | undefined {
    if (!this.has(key)) return undefined;
    const value = this.source[key];
    if (isJsonObject(value)) return value;
    this.#wrongType(key, 'an object');
    return undefined;
  }

  /** A nested reader whose paths continue this one's. */
  nested(key: string): FieldReader | undefined {
    const value = this.object(key);
    return value ? new FieldReader(value, this.errors, this.path(key)) : undefined;
  }

  stringArray(key: string): string[] | undefined {
    if (!this.has(key)) return undefined;
    const value = this.source[key];
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
    this.#wrongType(key, 'an array of strings');
    return undefined;
  }

  #read<T extends 'string' | 'boolean' | 'number'>(
    key: string,
    type: T,
    description: string,
    required = false,
  ): (T extends 'string' ? string : T extends 'boolean' ? boolean : number) | undefined {
    if (!this.has(key)) {
      if (required) this.#missing(key);
      return undefined;
    }
    const value = this.source[key];
    if (typeof value === type) return value as T extends 'string' ? string : T extends 'boolean' ? boolean : number;
    this.#wrongType(key, description);
    return undefined;
  }

  #missing(key: string): void {
    this.errors.add(this.path(key), 'missing_value', `${this.path(key)} is required.`);
  }

  #wrongType(key: string, description: string): void {
    this.errors.add(this.path(key), 'invalid_type', `${this.path(key)} must be ${description}.`);
  }
}
