import { createBackupCodeFactor } from './backup-codes/backup-codes.ts';
import { createEmailFactor } from './email/email-codes.ts';
import type { FactorOutcome, SecondFactorProvider } from './provider.ts';
import { createTotpFactor } from './totp/totp.ts';

export { type FactorOutcome, normalizeCode, type SecondFactorProvider } from './provider.ts';

export interface SecondFactorSettings {
  /** TOTP steps accepted on either side of the current one. */
  totpWindow: number;
  /** How long an emailed code is valid. */
  emailTtlMs: number;
  /** The backend's secret key for backup-code HMACs. */
  backupCodeSecret: Uint8Array<ArrayBuffer>;
}

/**
 * Every second factor the backend accepts, in the order a code is tried against them. A
 * new factor is a folder beside these exporting a provider, and one line here.
 */
export function createSecondFactors(settings: SecondFactorSettings) {
  return {
    totp: createTotpFactor({ window: settings.totpWindow }),
    email: createEmailFactor({ ttlMs: settings.emailTtlMs }),
    backup_code: createBackupCodeFactor({ secret: settings.backupCodeSecret }),
  } satisfies Record<string, SecondFactorProvider<never, unknown>>;
}

export type SecondFactors = ReturnType<typeof createSecondFactors>;
export type FactorMethod = keyof SecondFactors;

type CredentialOf<P> = P extends SecondFactorProvider<infer C, infer _> ? C : never;
type PreparedOf<P> = P extends SecondFactorProvider<infer _, infer R> ? R : never;

/** What a code may be checked against: per factor, its credential, or null when not here. */
export type FactorCredentials = { [M in FactorMethod]: CredentialOf<SecondFactors[M]> | null };

/** A typed code, normalised, with each factor's asynchronous preparation done. */
export interface PreparedCode {
  normalized: string;
  forFactor: { [M in FactorMethod]: PreparedOf<SecondFactors[M]> | null };
}

export async function prepareCode(
  factors: SecondFactors,
  normalized: string,
): Promise<PreparedCode> {
  const methods = Object.keys(factors) as FactorMethod[];
  const prepared = await Promise.all(methods.map((method) => factors[method].prepare(normalized)));
  return {
    normalized,
    forFactor: Object.fromEntries(
      methods.map((method, i) => [method, prepared[i]]),
    ) as PreparedCode['forFactor'],
  };
}

/**
 * Tries the code against every factor that has a credential here, spending the first
 * that accepts it. Otherwise the most telling failure: expired or replayed over invalid.
 */
export function spendCode(
  factors: SecondFactors,
  code: PreparedCode,
  credentials: FactorCredentials,
  now: number,
):
  | { outcome: 'accepted'; method: FactorMethod }
  | { outcome: Exclude<FactorOutcome, 'accepted'>; method: FactorMethod | null } {
  let failure: { outcome: Exclude<FactorOutcome, 'accepted'>; method: FactorMethod | null } = {
    outcome: 'invalid',
    method: null,
  };
  for (const method of Object.keys(factors) as FactorMethod[]) {
    const outcome = spendWith(factors[method], credentials[method], code.forFactor[method], now);
    if (outcome === 'accepted') return { outcome, method };
    if (outcome !== null && outcome !== 'invalid' && failure.outcome === 'invalid') {
      failure = { outcome, method };
    }
  }
  return failure;
}

function spendWith<C, P>(
  provider: SecondFactorProvider<C, P>,
  credential: C | null,
  code: P | null,
  now: number,
): FactorOutcome | null {
  if (credential === null || code === null) return null;
  return provider.spend(credential, code, now);
}
