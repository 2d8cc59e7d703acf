// German strings of the step-up dialog and the clock hint. Same keys as ../../step-up/messages.ts (a test checks).

import type { StepUpMessages } from '../../step-up/messages.ts';
import { formatDuration } from '../format.ts';

export const messages = {
  heading: 'Bestätige, dass du es bist',
  codeIntro: 'Gib zum Fortfahren den 6-stelligen Code aus deiner Authenticator-App ein.',
  backupIntro: 'Gib zum Fortfahren einen deiner Backup-Codes ein. Er wird dabei verbraucht.',
  passwordIntro:
    'Melde dich zum Fortfahren erneut an: zuerst mit deinem Passwort, dann mit deinem zweiten Faktor.',
  passwordLabel: 'Passwort',
  confirm: 'Bestätigen',
  confirming: 'Wird bestätigt…',
  cancel: 'Abbrechen',
  useBackupCode: 'Stattdessen einen Backup-Code verwenden',
  useAppCode: 'Den Code aus deiner App verwenden',
  missingPassword: 'Gib dein Passwort ein.',
  missingCode: 'Gib den Code ein.',
  wrongAccount:
    'Dieses Passwort gehört zu einem anderen Konto. Melde dich mit deinem eigenen an, um fortzufahren.',
  stepUpRequired: 'Bitte bestätige erneut, dass du es bist.',
  actionFailed: 'Du bist bestätigt, aber die Aktion wurde nicht abgeschlossen.',
  clockHint:
    'Codes aus einer Authenticator-App hängen von der Uhrzeit deines Telefons ab: Geht seine Uhr eine Minute oder mehr falsch, ist jeder Code falsch. Schalte Datum und Uhrzeit automatisch ein (Android: Einstellungen › System › Datum und Uhrzeit › Uhrzeit automatisch festlegen; iPhone: Einstellungen › Allgemein › Datum & Uhrzeit › Automatisch einstellen). Google Authenticator unter Android bietet außerdem Einstellungen › Zeitkorrektur für Codes › Jetzt synchronisieren.',
  clockSkew: (minutes: number, isAhead: boolean) =>
    `Die Uhr dieses Geräts geht etwa ${formatDuration('de', minutes, 'minute')} ${isAhead ? 'vor' : 'nach'}. Wenn deine Authenticator-App auf diesem Gerät ist, stelle zuerst seine Uhrzeit richtig.`,
} satisfies StepUpMessages;
