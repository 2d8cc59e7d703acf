/**
 * The demo's own words (header, pages, the mock's panels), in English. The kit's
 * components bring their own catalogues; these are the app's, as any app has. The other
 * languages live in `locales/`, one file per locale with the same keys (`satisfies
 * DemoMessages` makes a missing or extra key a type error), loaded when picked.
 *
 * `{name}` in a string is filled in by `fill()` (which can put an element there); entries
 * that count something are functions, so each language picks its own plural form.
 */
export const enDemoMessages = {
  documentTitle: 'Auth Block MFA demo',
  skipToContent: 'Skip to content',
  brandSub: 'Auth Block MFA demo',
  badgeMock: 'In-page mock',
  badgeMockReference: 'In-page mock (API reference dialect)',
  /** `{host}`: the API's host name. */
  badgeRemote: 'API: {host}',
  language: 'Language',
  theme: 'Theme',
  themeSystem: 'System',
  themeLight: 'Light',
  themeDark: 'Dark',
  signOut: 'Sign out',
  pagesNav: 'Pages',
  pageSecurity: 'Security',
  pageAdmin: 'Admin',
  loadingAdmin: 'Loading the Admin page…',

  // ---------------------------------------------------------------- sign-in page
  welcome: 'Welcome to Northwind',
  signInIntro: 'Sign in with your password, or have a one-time code emailed to you.',
  signInMethod: 'Sign-in method',
  usePassword: 'Use a password',
  emailMeCode: 'Email me a code',
  demoAccount: 'Demo account',
  email: 'Email',
  password: 'Password',
  demoAccountNote:
    'Two-factor authentication starts off. Codes sent by email appear in the mock inbox.',
  tenantAdmin: 'Tenant admin',
  tenantAdminNote:
    "Sees the Admin page (MFA adoption across the mock's 250 users) after setting up an authenticator app.",

  // ---------------------------------------------------------------- signed-in pages
  /** `{email}`: the signed-in address (shown in bold). */
  signedInAs: 'You are signed in as {email}.',
  goToSecurity: 'Go to Security',
  securityIntro:
    'Signed in as {email}. Add a second step to your sign-in so a stolen password is not enough.',
  adminIntro:
    'Signed in as {email}. Administrators use an authenticator app here, as the Auth Block guide advises. This screen asks for it (RequireMfa, a screen gate); only a server can refuse the data to a token without it.',

  // ---------------------------------------------------------------- the mock's panels
  mockPanel: 'Mock backend',
  mockHeading: 'Running on the in-page mock',
  mockIntro:
    "The reference backend runs inside this page (msw's service worker). Its users, codes, emails and clock are kept in this browser, so a reload changes nothing.",
  resetDemo: 'Reset demo data',
  /** `{url}`, `{key}`, `{mock}`: names shown as code. */
  mockRealApi: 'Build with {url} and {key} to use a real Auth Block API or {mock}.',
  inboxHeading: 'Mock inbox',
  inboxIntro:
    'Every email the mock backend sent, newest first, with its code. A real backend emails them.',
  inboxChecking: 'Checking…',
  inboxEmpty: 'No emails yet.',
  /** How many emails; `shown` is how many of them are listed (the newest). */
  inboxCount: (count: number, shown: number) => {
    const emails = plural('en', count, { one: '# email', other: '# emails' });
    return count > shown ? `${emails}, the newest ${formatNumber('en', shown)} shown` : emails;
  },
  inboxList: 'Emails, newest first',
  /** `{to}`: the address; `{time}`: when it was sent. */
  inboxTo: 'To {to} · {time}',
  inboxCode: 'Code:',
};

export type DemoMessages = typeof enDemoMessages;

/** Plural forms by `Intl.PluralRules` category; `other` is required, `#` is the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** `count` in the locale's digits and grouping. */
export function formatNumber(locale: string, count: number): string {
  return new Intl.NumberFormat(locale).format(count);
}

/** The locale's plural form for `count`, with the number in the locale's digits for `#`. */
export function plural(locale: string, count: number, forms: PluralForms): string {
  const form = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
  return form.replace('#', formatNumber(locale, count));
}
