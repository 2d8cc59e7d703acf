// German. Same keys as the English map in ../../provider/messages.ts (a test checks every catalogue).
import type { MfaMessages } from '../../provider/messages.ts';
import { formatClock, formatDuration, plural, waitDuration } from '../format.ts';

const locale = 'de';

export const messages = {
  codeLabel: 'Bestätigungscode',
  backupCodeLabel: 'Backup-Code',
  codeHint: 'Gib den 6-stelligen Code ein.',
  backupCodeHint:
    'Gib einen deiner Backup-Codes ein. Leerzeichen und Bindestriche werden ignoriert.',
  verify: 'Bestätigen',
  verifying: 'Wird geprüft…',
  continue: 'Weiter',
  cancel: 'Abbrechen',
  back: 'Zurück',
  retry: 'Erneut versuchen',
  loading: 'Wird geladen…',
  copy: 'Kopieren',
  copied: 'Kopiert',
  copyFailed: 'Kopieren fehlgeschlagen. Markiere den Text und kopiere ihn selbst.',
  countdown: (seconds: number) => formatClock(locale, seconds),
  resendIn: (time: string) => `Code erneut senden in ${time}`,
  resend: 'Code erneut senden',
  resending: 'Wird gesendet…',
  codeResent: 'Ein neuer Code ist unterwegs.',
  emailNewCode: 'Neuen Code per E-Mail senden',
  codeResentIfEmail: 'Wenn du deine Codes per E-Mail bekommst, ist ein neuer unterwegs.',
  lockedOut: (time: string) => `Du kannst es in ${time} erneut versuchen.`,
  lockedOutFor: (seconds: number) =>
    `Zu viele Versuche. Versuche es in ${waitDuration(locale, seconds)} erneut.`,
  lockoutOver: 'Du kannst es jetzt erneut versuchen.',
  attemptsLeft: (count: number) =>
    plural(locale, count, { one: 'Noch # Versuch.', other: 'Noch # Versuche.' }),
  codeDigitsOnly: 'Ein Code hat nur Ziffern: Alles andere hat das Feld weggelassen.',
  backupCodeCharactersOnly:
    'Ein Backup-Code hat nur Buchstaben und Ziffern: Alles andere hat das Feld weggelassen.',
  codeIncomplete: (count: number) =>
    plural(locale, count, {
      other: 'Der Code hat # Ziffern: Gib alle ein. Es wurde nichts gesendet.',
    }),
  backupCodeIncomplete: (count: number) =>
    plural(locale, count, {
      other:
        'Ein Backup-Code hat # Buchstaben oder Ziffern: Gib alle ein. Es wurde nichts gesendet.',
    }),

  channelTotp: 'Authenticator-App',
  channelEmail: 'E-Mail',

  backupHeading: 'Speichere deine Backup-Codes',
  backupIntro:
    'Wenn du dein Handy verlierst oder nicht an deine E-Mails kommst, melde dich mit einem dieser Codes an. Jeder Code funktioniert nur einmal.',
  backupOnce: 'Sie werden nicht noch einmal angezeigt.',
  backupListLabel: 'Backup-Codes',
  backupStoreAdvice:
    'Bewahre sie in einem Passwort-Manager auf oder drucke sie aus. Speichere sie nicht auf demselben Gerät wie deine Authenticator-App.',
  copyAll: 'Alle kopieren',
  download: '.txt herunterladen',
  print: 'Drucken',
  backupConfirm: 'Ich habe diese Codes gespeichert',
  backupConfirmRequired: 'Bestätige, dass du deine Backup-Codes gespeichert hast, um fortzufahren.',
  backupFileName: 'backup-codes.txt',
  backupFileTitle: 'Backup-Codes für die Zwei-Faktor-Authentifizierung',
  backupFileNote: 'Jeder Code funktioniert nur einmal. Bewahre diese Datei sicher auf.',
  backupFileApp: 'App',
  backupFileAccount: 'Konto',
  backupFileDate: 'Erstellt',

  challengeHeading: 'Zwei-Faktor-Authentifizierung',
  challengeTotpHint: 'Gib den 6-stelligen Code aus deiner Authenticator-App ein.',
  challengeAnyCodeHint:
    'Gib den 6-stelligen Code aus deiner Authenticator-App ein oder, wenn du deine Codes per E-Mail bekommst, den aus der neuesten E-Mail.',
  switchToAnyCode: 'Stattdessen einen Code aus der App oder der E-Mail verwenden',
  challengeEmailHint: (address: string) =>
    `Gib den 6-stelligen Code ein, den wir an ${address} gesendet haben.`,
  challengeEmailHintGeneric:
    'Gib den 6-stelligen Code ein, den wir an deine E-Mail-Adresse gesendet haben.',
  emailExpiry: (minutes: number) =>
    `Der Code läuft in ${formatDuration(locale, minutes, 'minute')} ab.`,
  switchToBackupCode: 'Stattdessen einen Backup-Code verwenden',
  switchToChannelCode: (channel: string) => `Stattdessen den Code per ${channel} verwenden`,
  challengeEmailSecondCode: (address: string) =>
    `Wir haben einen zweiten, anderen Code an ${address} gesendet. Er liegt im selben Postfach wie der Anmeldecode, den du gerade verwendet hast: Gib den neuesten ein.`,
  challengeEmailSecondCodeGeneric:
    'Wir haben einen zweiten, anderen Code in dasselbe Postfach gesendet wie den Anmeldecode, den du gerade verwendet hast: Gib den neuesten ein.',
  signedIn: 'Angemeldet.',

  backupNudge: (remaining: number) =>
    `Du hast dich mit einem Backup-Code angemeldet – ${plural(locale, remaining, { one: 'noch # übrig', other: 'noch # übrig' })}.`,
  backupNudgeTotp: 'Authenticator-App neu einrichten?',
  backupNudgeEmail: 'Codes per E-Mail neu einrichten?',
  backupNudgeAny: 'Zwei-Faktor-Authentifizierung neu einrichten?',
  backupNudgeAction: 'Neu einrichten',
  dismiss: 'Schließen',

  signInHeading: 'Anmelden',
  emailLabel: 'E-Mail',
  passwordLabel: 'Passwort',
  signIn: 'Anmelden',
  signingIn: 'Anmeldung läuft…',
  fillCredentials: 'Gib deine E-Mail-Adresse und dein Passwort ein.',
  fillEmail: 'Gib deine E-Mail-Adresse ein.',
  fillPassword: 'Gib dein Passwort ein.',
  fillCode: 'Gib den Code ein.',
  passwordlessHeading: 'Mit einem Code per E-Mail anmelden',
  passwordlessIntro: 'Wir senden dir einen Anmeldecode per E-Mail.',
  sendCode: 'Code per E-Mail senden',
  sendingCode: 'Wird gesendet…',
  passwordlessCodeHeading: 'Sieh in deine E-Mails',
  passwordlessCodeSent: (email: string) =>
    `Falls es ein Konto für ${email} gibt, haben wir dorthin einen Anmeldecode gesendet.`,
  passwordlessCodeLabel: 'Anmeldecode',
  passwordlessCodeCleared:
    'Zu viele falsche Codes: Dieser Code gilt nicht mehr. Fordere einen neuen an.',
  passwordlessWrongCode:
    'Dieser Anmeldecode stimmt nicht. Sieh in die neueste E-Mail und versuche es erneut.',
  changeEmail: 'Andere E-Mail-Adresse verwenden',

  disableHeading: 'Zwei-Faktor-Authentifizierung ausschalten',
  disableIntro:
    'Dein Konto ist dann nur noch durch dein Passwort geschützt. Bestätige mit deinem Passwort.',
  disable: 'Ausschalten',
  disabling: 'Wird ausgeschaltet…',
  disableWrongPassword: 'Dieses Passwort stimmt nicht.',

  'error.invalid_mfa_code': 'Dieser Code stimmt nicht. Prüfe ihn und versuche es erneut.',
  'error.code_expired': 'Dieser Code ist abgelaufen. Fordere einen neuen an.',
  'error.code_used': 'Dieser Code wurde schon verwendet. Gib den nächsten Code aus deiner App ein.',
  'error.code_replaced':
    'Es wurde ein neuerer Code gesendet, dieser gilt nicht mehr. Gib den Code aus der neuesten E-Mail ein.',
  newestCodeOnly: 'Nur der Code aus der neuesten E-Mail funktioniert.',
  newestCodeOnlyIfEmail:
    'Wenn du deine Codes per E-Mail bekommst, funktioniert nur der Code aus der neuesten.',
  'error.code_not_requested': 'Für diese Adresse wartet kein Code. Fordere einen neuen an.',
  'error.too_many_attempts':
    'Zu viele falsche Codes. Warte zu deiner Sicherheit, bevor du es erneut versuchst.',
  'error.rate_limited':
    'Gerade wurde ein Code gesendet. Warte einen Moment, bevor du einen weiteren anforderst.',
  'error.invalid_credentials': 'E-Mail-Adresse oder Passwort stimmen nicht.',
  'error.mfa_already_enabled': 'Die Zwei-Faktor-Authentifizierung ist bereits eingeschaltet.',
  'error.mfa_setup_incomplete': 'Die Einrichtung ist nicht abgeschlossen. Beginne von vorn.',
  'error.mfa_not_enabled': 'Die Zwei-Faktor-Authentifizierung ist ausgeschaltet.',
  'error.unauthorized': 'Deine Sitzung ist abgelaufen. Melde dich erneut an.',
  'error.forbidden': 'Das darfst du nicht.',
  'error.validation_error': 'Prüfe deine Eingabe und versuche es erneut.',
  'error.server_error': 'Bei uns ist etwas schiefgelaufen. Versuche es erneut.',
  'error.network':
    'Der Server ist nicht erreichbar. Prüfe deine Verbindung und versuche es erneut.',
  'error.offline': 'Sie sind offline – prüfen Sie Ihre Verbindung.',
  'error.response': 'Der Server hat eine unlesbare Antwort gesendet. Versuche es erneut.',
  'error.generic': 'Etwas ist schiefgelaufen. Versuche es erneut.',

  setupHeading: 'Zwei-Faktor-Authentifizierung einrichten',
  setupIntro: 'Wähle, wie du bei der Anmeldung bestätigst, dass du es bist.',
  channelLegend: 'Bestätigungsmethode',
  recommendedBadge: '(empfohlen)',
  channelEmailDescription:
    'Einfacher: Wir senden dir bei der Anmeldung einen Code per E-Mail. Keine App nötig.',
  channelTotpDescription:
    'Sicherer: Die Codes kommen von einer App auf deinem Handy, funktionieren offline und kann niemand lesen, der in dein E-Mail-Konto gelangt. Am besten, wenn dein Konto die Zugänge anderer ändern oder vertrauliche Daten sehen kann.',
  channelRecommended: 'Empfohlen',
  startSetup: 'Weiter',
  startingSetup: 'Wird gestartet…',

  totpHeading: 'Authenticator-App einrichten',
  totpScan: 'Scanne diesen QR-Code mit deiner Authenticator-App.',
  totpQrLabel: 'QR-Code für deine Authenticator-App',
  totpApps: 'Funktioniert mit:',
  totpSupportedApps: [
    'Google Authenticator',
    'Authy',
    '1Password',
    'Bitwarden',
    'Microsoft Authenticator',
  ] as readonly string[],
  totpCantScan: 'Scannen klappt nicht? Schlüssel von Hand eingeben',
  totpManualIntro: 'Füge in deiner App ein Konto hinzu und gib diese Angaben ein:',
  totpIssuer: 'Dienstname',
  totpAccount: 'Konto',
  copyIssuer: 'Dienstnamen kopieren',
  copyAccount: 'Konto kopieren',
  totpKey: 'Schlüssel',
  totpKeyType: 'Typ',
  totpKeyTypeValue: 'Zeitbasiert',
  copyKey: 'Schlüssel kopieren',
  totpRestarted:
    'Die Einrichtung hat neu begonnen, dies ist also ein neuer Schlüssel. Codes aus dem zuvor angelegten Eintrag funktionieren nicht mehr: Lösche diesen Eintrag aus deiner App.',
  totpCodeHint: 'Gib den 6-stelligen Code ein, den deine App anzeigt.',
  enable: 'Einschalten',
  enabling: 'Wird eingeschaltet…',

  emailHeading: 'E-Mail-Adresse bestätigen',
  emailSentTo: (address: string) => `Wir haben einen 6-stelligen Code an ${address} gesendet.`,
  emailSentToYou: 'Wir haben einen 6-stelligen Code an deine E-Mail-Adresse gesendet.',
  emailCodeHint: 'Gib den Code aus der E-Mail ein.',

  done: 'Fertig',
  setupDoneHeading: 'Die Zwei-Faktor-Authentifizierung ist eingeschaltet',
  setupDoneText: (channel: string) =>
    `Bei der Anmeldung wirst du nach einem Code (${channel}) gefragt.`,

  settingsHeading: 'Zwei-Faktor-Authentifizierung',
  statusLabel: 'Status',
  statusOn: 'Ein',
  statusOff: 'Aus',
  methodLabel: 'Methode',
  backupRemainingLabel: 'Verbleibende Backup-Codes',
  backupLow: (count: number) =>
    count === 0
      ? 'Du hast keine Backup-Codes mehr. Richte die Zwei-Faktor-Authentifizierung neu ein, um neue zu bekommen.'
      : `${plural(locale, count, { one: 'Nur noch # Backup-Code übrig.', other: 'Nur noch # Backup-Codes übrig.' })} Richte die Zwei-Faktor-Authentifizierung neu ein, um neue zu bekommen.`,
  backupUnconfirmed:
    'Du hast nicht bestätigt, dass du deine Backup-Codes gespeichert hast. Ohne sie kann dich der Verlust deines Handys oder deines E-Mail-Zugangs aussperren.',
  backupNewCodes: 'Neue Backup-Codes holen',
  backupNewCodesIntro:
    'Neue Backup-Codes gibt es mit einer neuen Einrichtung: Richte die Zwei-Faktor-Authentifizierung neu ein (deine jetzigen Codes funktionieren dann nicht mehr).',
  settingsOffText: 'Schütze dein Konto mit einem zweiten Schritt bei der Anmeldung.',
  turnOn: 'Einschalten',
  switchMethod: 'Methode wechseln',
  switchIntro:
    'Um die Methode zu wechseln, schalte die Zwei-Faktor-Authentifizierung aus und richte sie neu ein. Deine jetzigen Backup-Codes funktionieren dann nicht mehr; du bekommst neue.',
  switchUnfinished:
    'Die Zwei-Faktor-Authentifizierung ist aus: Der Methodenwechsel wurde nicht abgeschlossen. Bis du sie neu einrichtest, schützt nur dein Passwort dein Konto.',
  switchFinish: 'Einrichtung abschließen',
  turnOff: 'Ausschalten',
} satisfies MfaMessages;
