import { createHash, randomBytes, randomInt } from 'node:crypto';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** An opaque random token in the style of the real service (letters and digits only). */
export function randomToken(length: number): string {
  let token = '';
  for (let i = 0; i < length; i++) token += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)];
  return token;
}

/** Address ids look like the contract's examples: ten hex digits. */
export function randomAddressId(): string {
  return randomBytes(5).toString('hex');
}

/** Tokens are kept only as this digest, so the state never holds a usable token. */
export function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
