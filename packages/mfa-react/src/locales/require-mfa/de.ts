// German strings of RequireMfa. Same keys as ../../require-mfa/messages.ts (a test checks).
import type { RequireMfaMessages } from '../../require-mfa/messages.ts';

export const messages = {
  checking: 'Zwei-Faktor-Authentifizierung wird geprüft…',
  regionLabel: 'Zwei-Faktor-Authentifizierung erforderlich',
  needsTotp: 'Diese Seite braucht eine Authenticator-App. Richte sie ein, um fortzufahren.',
  needsEmail: 'Diese Seite braucht Codes per E-Mail. Richte sie ein, um fortzufahren.',
  needsAny:
    'Diese Seite braucht die Zwei-Faktor-Authentifizierung. Schalte sie ein, um fortzufahren.',
  switchToTotp:
    'Diese Seite braucht eine Authenticator-App, und du nutzt Codes per E-Mail. Bestätige dein Passwort, um die Codes per E-Mail auszuschalten, und richte dann die App ein.',
  switchToEmail:
    'Diese Seite braucht Codes per E-Mail, und du nutzt eine Authenticator-App. Bestätige dein Passwort, um sie auszuschalten, und richte dann die Codes per E-Mail ein.',
  confirmBackupCodes:
    'Diese Seite verlangt, dass deine Backup-Codes sicher aufbewahrt sind. Mit ihnen kommst du wieder hinein, wenn du deinen zweiten Faktor verlierst.',
  confirmBackupCodesLabel: 'Ich habe meine Backup-Codes gespeichert',
  confirm: 'Weiter',
  retry: 'Erneut versuchen',
} satisfies RequireMfaMessages;
