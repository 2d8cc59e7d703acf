import type { MfaLocale } from '@authblock/mfa-react';
import { createContext, Fragment, type ReactNode, useContext, useEffect, useState } from 'react';
import { type DemoMessages, enDemoMessages } from './messages.ts';

/** Each catalogue is its own chunk: the page downloads only the language it shows. */
const loaders: Record<Exclude<MfaLocale, 'en'>, () => Promise<{ messages: DemoMessages }>> = {
  es: () => import('./locales/es.ts'),
  fr: () => import('./locales/fr.ts'),
  de: () => import('./locales/de.ts'),
  'pt-BR': () => import('./locales/pt-BR.ts'),
  ja: () => import('./locales/ja.ts'),
  ar: () => import('./locales/ar.ts'),
};

const loaded = new Map<MfaLocale, DemoMessages>([['en', enDemoMessages]]);

/** Loads the demo's words for `locale` (English is built in). */
export async function loadDemoMessages(locale: MfaLocale): Promise<DemoMessages> {
  const cached = loaded.get(locale);
  if (cached) return cached;
  const { messages } = await loaders[locale as Exclude<MfaLocale, 'en'>]();
  loaded.set(locale, messages);
  return messages;
}

export interface DemoText {
  /** The language the words are in (a switch shows the old words until the new load). */
  locale: MfaLocale;
  messages: DemoMessages;
}

/**
 * The words for `locale`: at once if loaded (main.tsx loads the first before rendering),
 * else the current ones until the catalogue arrives, so a switch never blanks the page.
 * A catalogue that fails to load leaves the page in the language it was in.
 */
export function useDemoText(locale: MfaLocale): DemoText {
  const [text, setText] = useState<DemoText>(() => {
    const messages = loaded.get(locale);
    return messages ? { locale, messages } : { locale: 'en', messages: enDemoMessages };
  });
  useEffect(() => {
    let isCurrent = true;
    loadDemoMessages(locale).then(
      (messages) => {
        if (isCurrent) setText({ locale, messages });
      },
      () => {
        // Offline or a stale chunk: keep the words on screen.
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [locale]);
  useEffect(() => {
    document.title = text.messages.documentTitle;
  }, [text]);
  return text;
}

const DemoTextContext = createContext<DemoText>({ locale: 'en', messages: enDemoMessages });

export const DemoTextProvider = DemoTextContext.Provider;

/** The demo's words in the language picked in the header. */
export function useText(): DemoText {
  return useContext(DemoTextContext);
}

/**
 * `template` with each `{name}` replaced by `values[name]`, which may be an element
 * (`<strong>`, `<code>`): translations move the placeholders, never split the sentence.
 */
export function fill(template: string, values: Record<string, ReactNode>): ReactNode {
  return template.split(/\{(\w+)\}/).map((part, index) =>
    // Odd parts are the names between braces.
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts never move
    index % 2 === 1 ? <Fragment key={index}>{values[part]}</Fragment> : part,
  );
}
