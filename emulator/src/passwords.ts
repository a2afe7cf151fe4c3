import { randomBytes, scrypt, timingSafeEqual, type BinaryLike, type ScryptOptions } from 'node:crypto';
import { digest } from './ids.ts';
import type { ErrorDetail } from './errors.ts';

/** Cost kept low on purpose: the emulator hashes on every sign-up and login of the test suites. */
const COST = { N: 4096, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

function derive(password: string, salt: BinaryLike, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** `scrypt$N$r$p$salt$key`, so a stored hash says how to check it. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string | undefined): Promise<boolean> {
  if (!stored) return false;
  const [, n, r, p, salt, key] = stored.split('$');
  const expected = Buffer.from(key ?? '', 'base64url');
  const actual = await derive(password, Buffer.from(salt ?? '', 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

const seedHashes = new Map<string, Promise<string>>();

/** Seed passwords hash once per process, so a reset stays fast. */
export function hashSeedPassword(password: string): Promise<string> {
  const key = digest(password);
  let hash = seedHashes.get(key);
  if (!hash) {
    hash = hashPassword(password);
    seedHashes.set(key, hash);
  }
  return hash;
}

export const PASSWORD_MIN_LENGTH = 8;

/** The emulator's password policy: at least 8 characters, at least one digit. */
export function passwordPolicyViolation(field: string, password: string): ErrorDetail | undefined {
  if (password.length >= PASSWORD_MIN_LENGTH && /\d/.test(password)) return undefined;
  return {
    field,
    type: 'password_too_weak',
    message: `The password needs at least ${PASSWORD_MIN_LENGTH} characters including a digit.`,
  };
}
