// The warning-sign intros state the rules of `THRESHOLDS` (metrics.ts): the counts are
// arguments, never words of a catalogue, so changing a threshold changes every sentence.

import { MFA_LOCALES } from '@authblock/mfa-react';
import { describe, expect, it } from 'vitest';
import { loadAdminMessages } from '../i18n.ts';
import { enAdminMessages } from '../messages.ts';
import { THRESHOLDS } from '../model/metrics.ts';

const HOUR = 3_600_000;

describe('the warning-sign intros', () => {
  it('say the English rules with the counts of THRESHOLDS', () => {
    const text = enAdminMessages;
    expect(text.backupIntro(THRESHOLDS.backupUses)).toBe(
      `High use (${THRESHOLDS.backupUses} or more times) may mean someone lost the device with their authenticator app.`,
    );
    expect(text.failuresIntro(THRESHOLDS.failures)).toBe(
      `${THRESHOLDS.failures} or more wrong codes within an hour.`,
    );
    expect(text.churnIntro(THRESHOLDS.disables)).toBe(
      `Two-factor authentication turned off ${THRESHOLDS.disables} or more times.`,
    );
    expect(text.burstsIntro(THRESHOLDS.burstFailures, THRESHOLDS.burstUsers)).toBe(
      `${THRESHOLDS.burstFailures} or more failed codes from ${THRESHOLDS.burstUsers} or more people within an hour.`,
    );
    // Another threshold, another sentence; numbers in the locale's grouping.
    expect(text.failuresIntro(1200)).toBe('1,200 or more wrong codes within an hour.');
  });

  it('say "an hour" in words, so both windows must be an hour', () => {
    expect(THRESHOLDS.failureWindowMs).toBe(HOUR);
    expect(THRESHOLDS.burstWindowMs).toBe(HOUR);
  });

  it.each(MFA_LOCALES)(
    'carry each count into the %s sentence in its own digits',
    async (locale) => {
      const text = await loadAdminMessages(locale);
      const n = (count: number) => new Intl.NumberFormat(locale).format(count);
      // Counts no catalogue could spell as a word (Arabic's "twice" is a word, not a digit).
      for (const count of [7, 13, 1200]) {
        expect(text.backupIntro(count), locale).toContain(n(count));
        expect(text.failuresIntro(count), locale).toContain(n(count));
        expect(text.churnIntro(count), locale).toContain(n(count));
        const burst = text.burstsIntro(count, count + 1);
        expect(burst, locale).toContain(n(count));
        expect(burst, locale).toContain(n(count + 1));
      }
    },
  );
});
