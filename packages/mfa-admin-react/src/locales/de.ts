// German admin strings. Same keys as the English map in ../messages.ts (a test checks
// every catalogue).
import { formatNumber, plural } from '@authblock/mfa-react';
import type { AdminMessages } from '../messages.ts';

const locale = 'de';
const n = (count: number) => formatNumber(locale, count);

export const messages = {
  title: 'MFA-Nutzung',
  roleFilter: 'Rolle',
  allRoles: 'Alle Rollen',
  rangeFilter: 'Zeitraum',
  ranges: { '30d': 'Letzte 30 Tage', '90d': 'Letzte 90 Tage', '12m': 'Letzte 12 Monate' },
  loadingUsers: (loaded: number, total: number | null) =>
    total === null ? 'Nutzer werden geladen…' : `${n(loaded)} von ${n(total)} Nutzern geladen`,
  loadingEvents: (loaded: number, total: number | null) =>
    total === null
      ? 'Audit-Ereignisse werden geladen…'
      : `${n(loaded)} von ${n(total)} Audit-Ereignissen geladen`,
  forbidden:
    'Das sehen nur Administratoren des Mandanten. Melde dich mit einem Owner- oder Admin-Konto an.',
  failed: 'Die Daten des Mandanten konnten nicht geladen werden.',
  retry: 'Erneut versuchen',
  emptyTenant: 'Dieser Mandant hat noch keine Nutzer.',
  noMfaFields:
    'Die Nutzerdaten dieses Servers enthalten kein Feld mfa_enabled, daher lässt sich die Nutzung nicht messen (sie ist nicht 0 %). Bitte Auth Block, mfa_enabled und mfa_channel in die Nutzerdaten aufzunehmen.',
  adoption: 'Nutzung',
  adoptionDetail: (enabled: number, people: number) =>
    plural(locale, people, {
      one: `${n(enabled)} von # Person nutzt die Zwei-Faktor-Authentifizierung`,
      other: `${n(enabled)} von # Personen nutzen die Zwei-Faktor-Authentifizierung`,
    }),
  peopleNote: 'Reine API-Konten sind nicht mitgezählt: Laut Leitfaden gilt MFA für sie nicht.',
  channels: {
    totp: 'Authenticator-App',
    email: 'Codes per E-Mail',
    off: 'Aus',
    unknown: 'Unbekannt',
  },
  overTime: 'Nutzung im Zeitverlauf',
  overTimeSummary: (from: string, to: string, first: string, last: string) =>
    `Am ${from} lag die Nutzung bei ${first}, am ${to} bei ${last}.`,
  channelSplit: 'Methoden',
  channelSummary: (totp: number, email: number, off: number) =>
    `Authenticator-App: ${n(totp)}. Codes per E-Mail: ${n(email)}. MFA aus: ${n(off)}.`,
  byRole: 'Nutzung nach Rolle',
  recommendation: 'Rat des Leitfadens',
  advice: {
    totp: 'TOTP (Authenticator-App) dringend empfehlen',
    email: 'Codes per E-Mail als einfachen Einstieg empfehlen',
    not_applicable: 'MFA gilt hier nicht: Service-Tokens verwenden',
  },
  gapsTitle: 'Owner und Admins ohne Authenticator-App',
  gapsEmpty: 'Alle Owner und Admins nutzen eine Authenticator-App.',
  backupTitle: 'Anmeldungen mit Backup-Code',
  backupIntro: (uses: number) =>
    `Häufige Nutzung (${n(uses)}-mal oder öfter) kann heißen, dass jemand das Gerät mit seiner Authenticator-App verloren hat.`,
  backupEmpty: 'In diesem Zeitraum hat sich niemand mit einem Backup-Code angemeldet.',
  failuresTitle: 'Wiederholte Fehlversuche',
  failuresIntro: (failures: number) =>
    `${n(failures)} oder mehr falsche Codes innerhalb einer Stunde.`,
  failuresEmpty: 'Keine wiederholten Fehlversuche in diesem Zeitraum.',
  churnTitle: 'Häufiges Ein- und Ausschalten',
  churnIntro: (disables: number) =>
    `Zwei-Faktor-Authentifizierung ${n(disables)}-mal oder öfter ausgeschaltet.`,
  churnEmpty: 'Kein häufiges Ein- und Ausschalten in diesem Zeitraum.',
  burstsTitle: 'Häufungen von Fehlversuchen',
  burstsIntro: (failures: number, people: number) =>
    `${n(failures)} oder mehr falsche Codes von ${n(people)} oder mehr Personen innerhalb einer Stunde.`,
  burstsEmpty: 'Keine Häufungen in diesem Zeitraum.',
  exportCsv: 'Als CSV exportieren',
  showTable: 'Als Tabelle zeigen',
  showChart: 'Als Diagramm zeigen',
  columns: {
    role: 'Rolle',
    users: 'Nutzer',
    rate: 'Nutzung',
    email: 'E-Mail',
    name: 'Name',
    channel: 'Methode',
    uses: 'Verwendungen',
    lastUse: 'Zuletzt verwendet',
    failures: 'Fehlversuche',
    first: 'Erster',
    last: 'Letzter',
    locked: 'Gesperrt',
    disables: 'Ausgeschaltet',
    enables: 'Eingeschaltet',
    start: 'Beginn',
    people: 'Personen',
    addresses: 'IP-Adressen',
    date: 'Datum',
    count: 'Anzahl',
    time: 'Zeit',
    action: 'Aktion',
    actor: 'Nutzer',
    status: 'Status',
    details: 'Details',
    ip: 'IP-Adresse',
  },
  yes: 'Ja',
  no: 'Nein',
  notApplicable: '—',
  eventsTitle: 'Audit-Ereignisse',
  eventsListTitle: 'Ereignisse auf dieser Seite',
  actionFilter: 'Aktion',
  allActions: 'Alle MFA- und Anmelde-Ereignisse',
  statusFilter: 'Status',
  anyStatus: 'Alle',
  success: 'Erfolgreich',
  failure: 'Fehlgeschlagen',
  actorFilter: 'E-Mail des Nutzers',
  fromFilter: 'Von',
  toFilter: 'Bis',
  apply: 'Filter anwenden',
  previous: 'Zurück',
  next: 'Weiter',
  pageOf: (page: number, pages: number) => `Seite ${n(page)} von ${n(Math.max(1, pages))}`,
  eventsCount: (total: number) =>
    plural(locale, total, { one: '# Ereignis', other: '# Ereignisse' }),
  eventsEmpty: 'Keine Ereignisse passen zu diesen Filtern.',
  exportAllEvents: (total: number) =>
    plural(locale, total, {
      one: '# Ereignis als CSV exportieren',
      other: 'Alle # Ereignisse als CSV exportieren',
    }),
  exportingEvents: (loaded: number, total: number | null) =>
    total === null
      ? 'Audit-Ereignisse werden exportiert…'
      : `Export: ${n(loaded)} von ${n(total)} Audit-Ereignissen gelesen`,
  exportFailed: 'Der Export wurde abgebrochen: Die Audit-Ereignisse konnten nicht gelesen werden.',
  cancel: 'Abbrechen',
  loading: 'Wird geladen…',
} satisfies AdminMessages;
