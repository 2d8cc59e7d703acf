// French. Same keys as the English map in ../../provider/messages.ts (a test checks every catalogue).
import type { MfaMessages } from '../../provider/messages.ts';
import { formatClock, formatDuration, plural, waitDuration } from '../format.ts';

const locale = 'fr';

export const messages = {
  codeLabel: 'Code de vérification',
  backupCodeLabel: 'Code de secours',
  codeHint: 'Saisissez le code à 6 chiffres.',
  backupCodeHint: 'Saisissez l’un de vos codes de secours. Les espaces et les tirets sont ignorés.',
  verify: 'Vérifier',
  verifying: 'Vérification…',
  continue: 'Continuer',
  cancel: 'Annuler',
  back: 'Retour',
  retry: 'Réessayer',
  loading: 'Chargement…',
  copy: 'Copier',
  copied: 'Copié',
  copyFailed: 'Copie impossible. Sélectionnez le texte et copiez-le vous-même.',
  countdown: (seconds: number) => formatClock(locale, seconds),
  resendIn: (time: string) => `Renvoyer le code dans ${time}`,
  resend: 'Renvoyer le code',
  resending: 'Envoi…',
  codeResent: 'Un nouveau code est en route.',
  emailNewCode: 'M’envoyer un nouveau code par e-mail',
  codeResentIfEmail: 'Si vous recevez vos codes par e-mail, un nouveau code est en route.',
  lockedOut: (time: string) => `Vous pourrez réessayer dans ${time}.`,
  lockedOutFor: (seconds: number) =>
    `Trop de tentatives. Réessayez dans ${waitDuration(locale, seconds)}.`,
  lockoutOver: 'Vous pouvez réessayer maintenant.',
  attemptsLeft: (count: number) =>
    plural(locale, count, { one: 'Il vous reste # essai.', other: 'Il vous reste # essais.' }),
  codeDigitsOnly: 'Un code ne contient que des chiffres : le champ a ignoré le reste.',
  backupCodeCharactersOnly:
    'Un code de secours ne contient que des lettres et des chiffres : le champ a ignoré le reste.',
  codeIncomplete: (count: number) =>
    plural(locale, count, {
      other: 'Le code compte # chiffres : saisissez-les tous. Rien n’a été envoyé.',
    }),
  backupCodeIncomplete: (count: number) =>
    plural(locale, count, {
      other:
        'Un code de secours compte # lettres ou chiffres : saisissez-les tous. Rien n’a été envoyé.',
    }),

  channelTotp: 'Application d’authentification',
  channelEmail: 'E-mail',

  backupHeading: 'Enregistrez vos codes de secours',
  backupIntro:
    'Si vous perdez votre téléphone ou n’avez plus accès à vos e-mails, connectez-vous avec l’un de ces codes. Chaque code ne fonctionne qu’une fois.',
  backupOnce: 'Ils ne seront plus affichés.',
  backupListLabel: 'Codes de secours',
  backupStoreAdvice:
    'Gardez-les dans un gestionnaire de mots de passe ou imprimez-les. Ne les stockez pas sur l’appareil qui porte votre application d’authentification.',
  copyAll: 'Tout copier',
  download: 'Télécharger le .txt',
  print: 'Imprimer',
  backupConfirm: 'J’ai enregistré ces codes',
  backupConfirmRequired: 'Confirmez que vous avez enregistré vos codes de secours pour continuer.',
  backupFileName: 'codes-de-secours.txt',
  backupFileTitle: 'Codes de secours de la validation en deux étapes',
  backupFileNote: 'Chaque code ne fonctionne qu’une fois. Gardez ce fichier en lieu sûr.',
  backupFileApp: 'Application',
  backupFileAccount: 'Compte',
  backupFileDate: 'Créés le',

  challengeHeading: 'Validation en deux étapes',
  challengeTotpHint: 'Saisissez le code à 6 chiffres de votre application d’authentification.',
  challengeAnyCodeHint:
    'Saisissez le code à 6 chiffres de votre application d’authentification ou, si vous recevez vos codes par e-mail, celui du dernier e-mail.',
  switchToAnyCode: 'Utiliser un code de l’application ou reçu par e-mail',
  challengeEmailHint: (address: string) => `Saisissez le code à 6 chiffres envoyé à ${address}.`,
  challengeEmailHintGeneric: 'Saisissez le code à 6 chiffres envoyé à votre adresse e-mail.',
  emailExpiry: (minutes: number) =>
    `Le code expire dans ${formatDuration(locale, minutes, 'minute')}.`,
  switchToBackupCode: 'Utiliser plutôt un code de secours',
  switchToChannelCode: (channel: string) => `Utiliser plutôt le code : ${channel}`,
  challengeEmailSecondCode: (address: string) =>
    `Nous avons envoyé un deuxième code, différent, à ${address}. Il arrive dans la même boîte que le code de connexion que vous venez d’utiliser : saisissez le plus récent.`,
  challengeEmailSecondCodeGeneric:
    'Nous avons envoyé un deuxième code, différent, dans la même boîte que le code de connexion que vous venez d’utiliser : saisissez le plus récent.',
  signedIn: 'Connecté.',

  backupNudge: (remaining: number) =>
    `Vous vous êtes connecté avec un code de secours ; ${plural(locale, remaining, { one: 'il en reste #', other: 'il en reste #' })}.`,
  backupNudgeTotp: 'Configurer à nouveau votre application d’authentification ?',
  backupNudgeEmail: 'Configurer à nouveau vos codes par e-mail ?',
  backupNudgeAny: 'Configurer à nouveau la validation en deux étapes ?',
  backupNudgeAction: 'Configurer à nouveau',
  dismiss: 'Fermer',

  signInHeading: 'Connexion',
  emailLabel: 'E-mail',
  passwordLabel: 'Mot de passe',
  signIn: 'Se connecter',
  signingIn: 'Connexion…',
  fillCredentials: 'Saisissez votre e-mail et votre mot de passe.',
  fillEmail: 'Saisissez votre adresse e-mail.',
  fillPassword: 'Saisissez votre mot de passe.',
  fillCode: 'Saisissez le code.',
  passwordlessHeading: 'Se connecter avec un code par e-mail',
  passwordlessIntro: 'Nous vous enverrons un code de connexion par e-mail.',
  sendCode: 'M’envoyer un code',
  sendingCode: 'Envoi…',
  passwordlessCodeHeading: 'Consultez vos e-mails',
  passwordlessCodeSent: (email: string) =>
    `Si un compte existe pour ${email}, nous lui avons envoyé un code de connexion.`,
  passwordlessCodeLabel: 'Code de connexion',
  passwordlessCodeCleared:
    'Trop de codes erronés : ce code ne fonctionne plus. Demandez-en un nouveau.',
  passwordlessWrongCode:
    'Ce code de connexion n’est pas correct. Vérifiez l’e-mail le plus récent et réessayez.',
  changeEmail: 'Utiliser une autre adresse',

  disableHeading: 'Désactiver la validation en deux étapes',
  disableIntro:
    'Votre compte ne sera plus protégé que par votre mot de passe. Confirmez avec votre mot de passe.',
  disable: 'Désactiver',
  disabling: 'Désactivation…',
  disableWrongPassword: 'Ce mot de passe n’est pas correct.',

  'error.invalid_mfa_code': 'Ce code n’est pas correct. Vérifiez-le et réessayez.',
  'error.code_expired': 'Ce code a expiré. Demandez-en un nouveau.',
  'error.code_used':
    'Ce code a déjà été utilisé. Saisissez le prochain code affiché par votre application.',
  'error.code_replaced':
    'Un code plus récent a été envoyé : celui-ci ne fonctionne plus. Saisissez le code du dernier e-mail.',
  newestCodeOnly: 'Seul le code du dernier e-mail fonctionne.',
  newestCodeOnlyIfEmail:
    'Si vous recevez vos codes par e-mail, seul celui du dernier e-mail fonctionne.',
  'error.code_not_requested':
    'Aucun code n’est en attente pour cette adresse. Demandez-en un nouveau.',
  'error.too_many_attempts':
    'Trop de codes erronés. Pour votre sécurité, patientez avant de réessayer.',
  'error.rate_limited':
    'Un code vient d’être envoyé. Patientez un instant avant d’en demander un autre.',
  'error.invalid_credentials': 'L’e-mail ou le mot de passe n’est pas correct.',
  'error.mfa_already_enabled': 'La validation en deux étapes est déjà activée.',
  'error.mfa_setup_incomplete': 'La configuration n’est pas terminée. Recommencez.',
  'error.mfa_not_enabled': 'La validation en deux étapes est désactivée.',
  'error.unauthorized': 'Votre session a expiré. Reconnectez-vous.',
  'error.forbidden': 'Vous n’êtes pas autorisé à faire cela.',
  'error.validation_error': 'Vérifiez votre saisie et réessayez.',
  'error.server_error': 'Un problème est survenu de notre côté. Réessayez.',
  'error.network': 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
  'error.offline': 'Vous êtes hors ligne — vérifiez votre connexion.',
  'error.response': 'Le serveur a envoyé une réponse illisible. Réessayez.',
  'error.generic': 'Un problème est survenu. Réessayez.',

  setupHeading: 'Configurer la validation en deux étapes',
  setupIntro: 'Choisissez comment vous confirmerez votre identité à la connexion.',
  channelLegend: 'Méthode de vérification',
  recommendedBadge: '(recommandé)',
  channelEmailDescription:
    'Plus simple : nous vous envoyons un code par e-mail à la connexion. Aucune application requise.',
  channelTotpDescription:
    'Plus sûr : les codes viennent d’une application sur votre téléphone, fonctionnent hors ligne et restent hors de portée de quiconque accède à vos e-mails. Idéal si votre compte peut modifier les accès d’autres personnes ou voir des données sensibles.',
  channelRecommended: 'Recommandé',
  startSetup: 'Continuer',
  startingSetup: 'Démarrage…',

  totpHeading: 'Configurez votre application d’authentification',
  totpScan: 'Scannez ce code QR avec votre application d’authentification.',
  totpQrLabel: 'Code QR pour votre application d’authentification',
  totpApps: 'Compatible avec :',
  totpSupportedApps: [
    'Google Authenticator',
    'Authy',
    '1Password',
    'Bitwarden',
    'Microsoft Authenticator',
  ] as readonly string[],
  totpCantScan: 'Impossible de scanner ? Saisissez la clé à la main',
  totpManualIntro: 'Dans votre application, ajoutez un compte et saisissez ces informations :',
  totpIssuer: 'Nom du service',
  totpAccount: 'Compte',
  copyIssuer: 'Copier le nom du service',
  copyAccount: 'Copier le compte',
  totpKey: 'Clé',
  totpKeyType: 'Type',
  totpKeyTypeValue: 'Basé sur l’heure',
  copyKey: 'Copier la clé',
  totpRestarted:
    'La configuration a recommencé : cette clé est nouvelle. Les codes de l’entrée ajoutée auparavant ne fonctionnent plus : supprimez cette entrée de votre application.',
  totpCodeHint: 'Saisissez le code à 6 chiffres affiché par votre application.',
  enable: 'Activer',
  enabling: 'Activation…',

  emailHeading: 'Confirmez votre e-mail',
  emailSentTo: (address: string) => `Nous avons envoyé un code à 6 chiffres à ${address}.`,
  emailSentToYou: 'Nous avons envoyé un code à 6 chiffres à votre adresse e-mail.',
  emailCodeHint: 'Saisissez le code reçu par e-mail.',

  done: 'Terminé',
  setupDoneHeading: 'La validation en deux étapes est activée',
  setupDoneText: (channel: string) => `Un code (${channel}) vous sera demandé à la connexion.`,

  settingsHeading: 'Validation en deux étapes',
  statusLabel: 'État',
  statusOn: 'Activée',
  statusOff: 'Désactivée',
  methodLabel: 'Méthode',
  backupRemainingLabel: 'Codes de secours restants',
  backupLow: (count: number) =>
    count === 0
      ? 'Il ne vous reste aucun code de secours. Configurez à nouveau la validation en deux étapes pour en obtenir de nouveaux.'
      : `${plural(locale, count, { one: 'Il ne vous reste que # code de secours.', other: 'Il ne vous reste que # codes de secours.' })} Configurez à nouveau la validation en deux étapes pour en obtenir de nouveaux.`,
  backupUnconfirmed:
    'Vous n’avez pas confirmé avoir enregistré vos codes de secours. Sans eux, perdre votre téléphone ou l’accès à vos e-mails peut vous bloquer hors de votre compte.',
  backupNewCodes: 'Obtenir de nouveaux codes de secours',
  backupNewCodesIntro:
    'De nouveaux codes de secours accompagnent une nouvelle configuration : configurez à nouveau la validation en deux étapes (vos codes actuels cesseront alors de fonctionner).',
  settingsOffText: 'Ajoutez une deuxième étape à la connexion pour protéger votre compte.',
  turnOn: 'Activer',
  switchMethod: 'Changer de méthode',
  switchIntro:
    'Pour changer de méthode, désactivez la validation en deux étapes, puis configurez-la à nouveau. Vos codes de secours actuels cesseront de fonctionner ; vous en recevrez de nouveaux.',
  switchUnfinished:
    'La validation en deux étapes est désactivée : le changement de méthode n’a pas été terminé. Tant que vous ne l’aurez pas reconfigurée, seul votre mot de passe protège votre compte.',
  switchFinish: 'Terminer la configuration',
  turnOff: 'Désactiver',
} satisfies MfaMessages;
