// German. Same keys as the English map in ../messages.ts (`satisfies` checks them).
import { type DemoMessages, formatNumber, plural } from '../messages.ts';

const locale = 'de';

export const messages = {
  documentTitle: 'Auth Block MFA – Demo',
  skipToContent: 'Zum Inhalt springen',
  brandSub: 'Auth Block MFA – Demo',
  badgeMock: 'Mock in der Seite',
  badgeMockReference: 'Mock in der Seite (Dialekt der API-Referenz)',
  badgeRemote: 'API: {host}',
  language: 'Sprache',
  theme: 'Design',
  themeSystem: 'System',
  themeLight: 'Hell',
  themeDark: 'Dunkel',
  signOut: 'Abmelden',
  pagesNav: 'Seiten',
  pageSecurity: 'Sicherheit',
  pageAdmin: 'Verwaltung',
  loadingAdmin: 'Verwaltungsseite wird geladen…',
  welcome: 'Willkommen bei Northwind',
  signInIntro:
    'Melden Sie sich mit Ihrem Passwort an oder lassen Sie sich einen Einmalcode mailen.',
  signInMethod: 'Anmeldeweg',
  usePassword: 'Mit Passwort',
  emailMeCode: 'Code per E-Mail',
  demoAccount: 'Demo-Konto',
  email: 'E-Mail',
  password: 'Passwort',
  demoAccountNote:
    'Die Zwei-Faktor-Authentifizierung ist zuerst aus. Per E-Mail gesendete Codes erscheinen im Mock-Posteingang.',
  tenantAdmin: 'Administrator des Mandanten',
  tenantAdminNote:
    'Sieht die Verwaltungsseite (MFA-Nutzung unter den 250 Benutzern des Mocks), nachdem eine Authenticator-App eingerichtet ist.',
  signedInAs: 'Sie sind als {email} angemeldet.',
  goToSecurity: 'Zur Sicherheit',
  securityIntro:
    'Angemeldet als {email}. Fügen Sie Ihrer Anmeldung einen zweiten Schritt hinzu, damit ein gestohlenes Passwort nicht reicht.',
  adminIntro:
    'Angemeldet als {email}. Administratoren verwenden hier eine Authenticator-App, wie es der Auth-Block-Leitfaden empfiehlt. Diese Ansicht verlangt sie (RequireMfa, eine Bildschirmsperre); nur ein Server kann einem Token ohne sie die Daten verweigern.',
  mockPanel: 'Mock-Backend',
  mockHeading: 'Läuft auf dem Mock in der Seite',
  mockIntro:
    'Das Referenz-Backend läuft in dieser Seite (im Service Worker von msw). Seine Benutzer, Codes, E-Mails und Uhr bleiben in diesem Browser, ein Neuladen ändert also nichts.',
  resetDemo: 'Demodaten zurücksetzen',
  mockRealApi: 'Mit {url} und {key} bauen, um eine echte Auth-Block-API oder {mock} zu verwenden.',
  inboxHeading: 'Mock-Posteingang',
  inboxIntro:
    'Jede E-Mail, die das Mock-Backend gesendet hat, die neueste zuerst, mit ihrem Code. Ein echtes Backend verschickt sie per E-Mail.',
  inboxChecking: 'Wird geprüft…',
  inboxEmpty: 'Noch keine E-Mails.',
  inboxCount: (count: number, shown: number) => {
    const emails = plural(locale, count, { one: '# E-Mail', other: '# E-Mails' });
    return count > shown
      ? `${emails}, die neuesten ${formatNumber(locale, shown)} angezeigt`
      : emails;
  },
  inboxList: 'E-Mails, die neueste zuerst',
  inboxTo: 'An {to} · {time}',
  inboxCode: 'Code:',
} satisfies DemoMessages;
