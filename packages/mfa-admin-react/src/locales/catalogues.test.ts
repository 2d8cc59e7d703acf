// Every admin catalogue has every key of the English map, nested groups included, with the
// same kind of value, and formats its numbers and plurals through Intl in its own language.
// A key added to the English map and not to a catalogue fails here (and in `pnpm typecheck`).

import { MFA_LOCALES } from '@authblock/mfa-react';
import { describe, expect, it } from 'vitest';
import { loadAdminMessages } from '../i18n.ts';
import { enAdminMessages } from '../messages.ts';

const translated = MFA_LOCALES.filter((locale) => locale !== 'en');

/** Every leaf as `path → value`: `columns.role`, `advice.totp`, `pageOf`, ... */
function leaves(messages: object, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(messages)) {
    if (value && typeof value === 'object') {
      for (const [path, leaf] of leaves(value, `${prefix}${key}.`)) found.set(path, leaf);
    } else found.set(`${prefix}${key}`, value);
  }
  return found;
}

/** Calls a message with arguments of the kind its English twin takes. */
function sample(path: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'function') throw new Error(`${path}: neither text nor a function`);
  const english = leaves(enAdminMessages).get(path) as (...args: never[]) => string;
  // Summaries get formatted text; the other functions take counts.
  const probe = english.toString();
  const takesText = /from: string|from,/.test(probe.slice(0, probe.indexOf('=>')));
  const args = takesText ? ['1 Jan', '31 Dec', '10 %', '40 %'] : [3, 12, 250];
  return (value as (...args: unknown[]) => string)(...args);
}

const english = leaves(enAdminMessages);

describe.each(translated)('the %s admin catalogue', (locale) => {
  it('has exactly the English keys, each with the same kind of value', async () => {
    const messages = leaves(await loadAdminMessages(locale));
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [path, value] of english) {
      expect(typeof messages.get(path), path).toBe(typeof value);
      if (typeof value === 'function')
        expect((messages.get(path) as () => string).length, path).toBe(value.length);
    }
  });

  it('renders every message as real text in its language', async () => {
    const messages = await loadAdminMessages(locale);
    for (const [path, value] of leaves(messages)) {
      const text = sample(path, value);
      expect(text.trim(), path).not.toBe('');
      expect(text, path).not.toMatch(/undefined|NaN|\[object/);
    }
    // Translated, not copied: the long sentences differ from English.
    expect(messages.noMfaFields).not.toBe(enAdminMessages.noMfaFields);
    expect(messages.advice.totp).not.toBe(enAdminMessages.advice.totp);
    expect(messages.columns.lastUse).not.toBe(enAdminMessages.columns.lastUse);
  });

  it('has words for every role, action and detail, and no role id inside a sentence', async () => {
    const messages = await loadAdminMessages(locale);
    for (const group of ['roleNames', 'actionNames', 'detailNames', 'detailValues'] as const) {
      for (const id of Object.keys(enAdminMessages[group]))
        expect(messages[group][id], `${group}.${id}`).toBeTruthy();
    }
    for (const [path, value] of leaves(messages)) {
      if (/^(roleNames|actionNames|detailNames|detailValues)\./.test(path)) continue;
      expect(sample(path, value), path).not.toMatch(/\b(owner|admin|api-only|mfa\.\w+)\b/);
    }
  });
});

describe('admin numbers and plurals come from Intl', () => {
  it('uses the locale’s digits, grouping and plural forms', async () => {
    expect(enAdminMessages.eventsCount(1)).toBe('1 event');
    expect(enAdminMessages.eventsCount(1200)).toBe('1,200 events');
    expect(enAdminMessages.adoptionDetail(1, 1)).toBe(
      '1 of 1 person has two-factor authentication on',
    );
    const de = await loadAdminMessages('de');
    expect(de.eventsCount(1200)).toBe('1.200 Ereignisse');
    expect(de.pageOf(2, 0)).toBe('Seite 2 von 1');
    const ar = await loadAdminMessages('ar');
    const arabic = new Intl.NumberFormat('ar');
    // Arabic: one, two, few (3–10) and many (11–99) are different words.
    expect(new Set([1, 2, 3, 11].map((count) => ar.eventsCount(count))).size).toBe(4);
    expect(ar.eventsCount(3)).toContain(arabic.format(3));
    expect(ar.loadingUsers(40, 250)).toContain(arabic.format(250));
  });

  it('resolves a regional tag to its language and needs no download for English', async () => {
    expect(await loadAdminMessages('es-MX')).toBe(await loadAdminMessages('es'));
    expect(await loadAdminMessages('en-GB')).toBe(enAdminMessages);
    expect(await loadAdminMessages('zz')).toBe(enAdminMessages);
  });
});
