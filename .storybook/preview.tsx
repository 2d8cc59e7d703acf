import '@authblock/mfa-react/styles.css';
import { createMfaClient } from '@authblock/mfa-client';
import { DEFAULT_API_KEY } from '@authblock/mfa-mock';
import { inMemoryMfaMemory, MfaProvider, mfaLocaleDirection } from '@authblock/mfa-react';
import type { Decorator, Preview } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { useEffect, useState } from 'react';
import { configure } from 'storybook/test';
import {
  DEFAULT_MOCK_DIALECT,
  loadStoryMock,
  storyMock,
} from '../packages/mfa-react/stories/mock.ts';

// `findBy…` in play functions waits up to 5 s (testing-library's default is 1 s): on a
// loaded 2-core machine a story's first mock answer can take longer than that.
configure({ asyncUtilTimeout: 5_000 });

type Theme = 'light' | 'dark';

/** Light or dark from the toolbar (or a story's `globals`), on the whole preview page. */
const withTheme: Decorator = (Story, context) => {
  const theme: Theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.style.colorScheme = theme;
    document.body.classList.toggle('sb-dark', theme === 'dark');
  }, [theme]);
  return <Story />;
};

/** The language from the toolbar (or a story's `globals`): `lang` and `dir` on the page. */
const withLocale: Decorator = (Story, context) => {
  const locale = typeof context.globals.locale === 'string' ? context.globals.locale : 'en';
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = mfaLocaleDirection(locale);
  }, [locale]);
  return <Story />;
};

/**
 * Every story sits in an `MfaProvider` on its own backend and its own QueryClient, so no
 * cached status or session crosses from one story to the next.
 */
const withMfaProvider: Decorator = (Story, context) => {
  const mock = storyMock(context.loaded);
  const [client] = useState(() =>
    createMfaClient({
      baseUrl: mock.baseUrl,
      apiKey: DEFAULT_API_KEY,
      token: mock.session?.token,
      // The story's challenge comes from another client: say which dialect the mock speaks.
      dialect: mock.backend.dialect,
    }),
  );
  // Reminders and nudges start blank in every story.
  const [memory] = useState(inMemoryMfaMemory);
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  );
  return (
    <MfaProvider
      client={client}
      userId={mock.session?.userId}
      queryClient={queryClient}
      memory={memory}
      locale={typeof context.globals.locale === 'string' ? context.globals.locale : 'en'}
    >
      <Story />
    </MfaProvider>
  );
};

const preview: Preview = {
  tags: ['autodocs'],
  // mswLoader starts the worker once and clears the previous story's handlers;
  // loadStoryMock creates this story's backend.
  loaders: [mswLoader(), loadStoryMock],
  beforeEach(context) {
    // Runs before the story's own `beforeEach`, whose `msw.use(...)` scenarios then take
    // precedence over these handlers.
    context.msw.use(...storyMock(context.loaded).backend.handlers);
  },
  decorators: [withMfaProvider, withLocale, withTheme],
  globalTypes: {
    mockDialect: {
      description: "Wire dialect of the story's mock backend",
      toolbar: {
        title: 'Dialect',
        icon: 'transfer',
        items: [
          { value: 'guide', title: '2FA guide' },
          { value: 'reference', title: 'API reference' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of every string',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
          { value: 'fr', title: 'Français' },
          { value: 'de', title: 'Deutsch' },
          { value: 'pt-BR', title: 'Português (Brasil)' },
          { value: 'ja', title: '日本語' },
          { value: 'ar', title: 'العربية (RTL)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', mockDialect: DEFAULT_MOCK_DIALECT },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Any axe violation fails the story's test.
    a11y: { test: 'error' },
    docs: {
      // Each story of a docs page in its own iframe: msw keeps handlers per page, and each
      // story needs its own backend.
      story: { inline: false, iframeHeight: 420 },
    },
  },
};

export default preview;
