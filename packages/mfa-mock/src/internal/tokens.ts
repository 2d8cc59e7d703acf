import { jwtVerify, SignJWT } from 'jose';
import { randomBytes, randomToken } from './crypto.ts';

const ISSUER = 'authblock-mfa-mock';
export const ACCESS_TOKEN_TTL_SECONDS = 3600;
const MAX_REMEMBERED = 1000;

/**
 * Signs and checks access tokens (HS256, jose) with a key that lives as long as the
 * backend's state: `reset()` makes a new one, so earlier tokens stop working.
 */
export class TokenService {
  private readonly key: Promise<CryptoKey>;
  /**
   * Tokens whose signature was already checked, with their subject and expiry. A token
   * cannot change, so its signature need not be checked twice; expiry still is, on
   * every use, against the backend's clock.
   */
  private readonly verified = new Map<string, { subject: string; expiresAt: number }>();

  /**
   * @param signingKey the key of an earlier backend, restored from a saved state, so its
   *   tokens stay valid; else a fresh random one.
   */
  constructor(
    private readonly now: () => number,
    signingKey?: CryptoKey,
  ) {
    // Imported once: jose would otherwise import the raw key on every verification.
    // Extractable so the backend's state can be saved and restored (`MockBackend.snapshot`).
    this.key = signingKey
      ? Promise.resolve(signingKey)
      : crypto.subtle.importKey('raw', randomBytes(32), { name: 'HMAC', hash: 'SHA-256' }, true, [
          'sign',
          'verify',
        ]);
  }

  /** The HMAC key tokens are signed with (to save the backend's state). */
  signingKey(): Promise<CryptoKey> {
    return this.key;
  }

  /** An access token for `userId`, valid for an hour of the backend's clock. */
  async issue(userId: string, ttlSeconds = ACCESS_TOKEN_TTL_SECONDS): Promise<string> {
    const issuedAt = Math.floor(this.now() / 1000);
    return new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setSubject(userId)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + ttlSeconds)
      .setJti(randomToken(16))
      .sign(await this.key);
  }

  /** The user id a valid token was issued to, or null (forged, expired, malformed). */
  async verify(token: string): Promise<string | null> {
    const known = this.verified.get(token);
    if (known) return this.now() < known.expiresAt ? known.subject : null;
    try {
      const { payload } = await jwtVerify(token, await this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        currentDate: new Date(this.now()),
      });
      if (typeof payload.sub !== 'string' || typeof payload.exp !== 'number') return null;
      if (this.verified.size >= MAX_REMEMBERED) this.verified.clear();
      this.verified.set(token, { subject: payload.sub, expiresAt: payload.exp * 1000 });
      return payload.sub;
    } catch {
      return null;
    }
  }
}

/** An opaque refresh token. Nothing in the contract redeems it yet. */
export function newRefreshToken(): string {
  return randomToken(43);
}
