/**
 * Small Web Crypto helpers. Only Web APIs here: the backend runs in Node and, through a
 * service worker, in the browser.
 */

const encoder = new TextEncoder();

/** `size` cryptographically random bytes. */
export function randomBytes(size: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(size));
}

const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A random URL-safe token (6 bits per character, no modulo bias: 64 symbols). */
export function randomToken(length: number): string {
  let out = '';
  for (const byte of randomBytes(length)) out += URL_SAFE[byte & 63];
  return out;
}

/**
 * An RFC 4122 version 4 UUID from 16 bytes (the version and variant bits are set here):
 * user ids are PostgreSQL UUIDs on the real service, and the vendor's SDK refuses others.
 * From bytes rather than `crypto.randomUUID()`, which a page served over plain HTTP on a
 * LAN address does not have.
 */
export function uuidFromBytes(bytes: Uint8Array): string {
  if (bytes.length !== 16) throw new RangeError('a UUID takes 16 bytes');
  const b = Uint8Array.from(bytes);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A random version 4 UUID. */
export function randomUuid(): string {
  return uuidFromBytes(randomBytes(16));
}

/** A random lowercase id fragment, e.g. for `mfa_setup_…`. */
export function randomId(length = 16): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return randomFromAlphabet(alphabet, length);
}

/**
 * `length` symbols drawn uniformly from `alphabet`, by rejection sampling so every symbol
 * is equally likely whatever the alphabet's size.
 */
export function randomFromAlphabet(alphabet: string, length: number): string {
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte >= limit) continue;
      out += alphabet[byte % alphabet.length];
      if (out.length === length) break;
    }
  }
  return out;
}

/** `length` random decimal digits, uniformly distributed (leading zeros included). */
export function randomDigits(length: number): string {
  return randomFromAlphabet('0123456789', length);
}

/** An HMAC-SHA-256 key from raw secret bytes, for {@link hmacSha256}. */
export function importHmacKey(secret: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

/** HMAC-SHA-256 of a UTF-8 string. */
export async function hmacSha256(key: CryptoKey, text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(text)));
}

/** Compares two byte arrays in time that depends only on their lengths. */
export function constantTimeEqualBytes(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

/** Compares two strings in time that depends only on their lengths. */
export function constantTimeEqual(a: string, b: string): boolean {
  return constantTimeEqualBytes(encoder.encode(a), encoder.encode(b));
}

/**
 * PBKDF2 iterations for stored passwords. Low on purpose: this is a test double, and every
 * sign-in in a test suite pays for it. The shape (salted, slow hash, constant-time compare)
 * is the real one.
 */
const PBKDF2_ITERATIONS = 10_000;

export interface PasswordHash {
  salt: Uint8Array<ArrayBuffer>;
  hash: Uint8Array;
}

/**
 * PBKDF2's PRF is HMAC, which pads a key shorter than its block with zero bytes and hashes
 * a longer one: `"Password123!"` and `"Password123!\u0000"` would be the same key. The
 * password's SHA-256 is always 32 bytes, so distinct passwords stay distinct keys.
 */
async function derive(password: string, salt: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(password));
  const key = await crypto.subtle.importKey('raw', digest, 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: PBKDF2_ITERATIONS },
    key,
    256,
  );
  return new Uint8Array(bits);
}

/** Hashes a password with a fresh random salt. */
export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = randomBytes(16);
  return { salt, hash: await derive(password, salt) };
}

/** Whether `password` matches `stored`; the comparison is constant-time. */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  return constantTimeEqualBytes(await derive(password, stored.salt), stored.hash);
}
