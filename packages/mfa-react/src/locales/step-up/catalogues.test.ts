// Every step-up catalogue has exactly the English keys, each a translated sentence.
import { describe, expect, it } from 'vitest';
import { MFA_LOCALES } from '../../provider/i18n.ts';
import { stepUpCatalogues } from '../../step-up/catalogues.ts';
import { enStepUpMessages } from '../../step-up/messages.ts';

const translated = MFA_LOCALES.filter((locale) => locale !== 'en');

describe.each(translated)('the %s step-up catalogue', (locale) => {
  it('has exactly the English keys, each real text in its language', async () => {
    const messages = await stepUpCatalogues.load(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(enStepUpMessages).sort());
    for (const [key, value] of Object.entries(messages)) {
      const text = typeof value === 'function' ? value(3, true) : value;
      expect(typeof text, key).toBe('string');
      expect(text.trim(), key).not.toBe('');
    }
    expect(messages.clockHint).not.toBe(enStepUpMessages.clockHint);
    expect(messages.clockSkew(3, true)).not.toBe(messages.clockSkew(3, false));
  });
});
