// Every RequireMfa catalogue has exactly the English keys, each a translated sentence. A key
// added to the English map and not to a catalogue fails here (and in `pnpm typecheck`).
import { describe, expect, it } from 'vitest';
import { MFA_LOCALES } from '../../provider/i18n.ts';
import { requireMfaCatalogues } from '../../require-mfa/catalogues.ts';
import { enRequireMfaMessages } from '../../require-mfa/messages.ts';

const translated = MFA_LOCALES.filter((locale) => locale !== 'en');

describe.each(translated)('the %s RequireMfa catalogue', (locale) => {
  it('has exactly the English keys, each real text in its language', async () => {
    const messages = await requireMfaCatalogues.load(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(enRequireMfaMessages).sort());
    for (const [key, value] of Object.entries(messages)) {
      expect(typeof value, key).toBe('string');
      expect(value.trim(), key).not.toBe('');
    }
    expect(messages.switchToTotp).not.toBe(enRequireMfaMessages.switchToTotp);
    expect(messages.confirmBackupCodes).not.toBe(enRequireMfaMessages.confirmBackupCodes);
  });
});

it('needs no download for English, and resolves regional tags', async () => {
  await expect(requireMfaCatalogues.load('en-AU')).resolves.toBe(enRequireMfaMessages);
  expect(await requireMfaCatalogues.load('de-AT')).toBe(await requireMfaCatalogues.load('de'));
});
