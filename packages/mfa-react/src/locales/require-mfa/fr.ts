// French strings of RequireMfa. Same keys as ../../require-mfa/messages.ts (a test checks).
import type { RequireMfaMessages } from '../../require-mfa/messages.ts';

export const messages = {
  checking: 'Vérification de la validation en deux étapes…',
  regionLabel: 'Validation en deux étapes requise',
  needsTotp: 'Cette page demande une application d’authentification. Configurez-la pour continuer.',
  needsEmail: 'Cette page demande des codes par e-mail. Configurez-les pour continuer.',
  needsAny: 'Cette page demande la validation en deux étapes. Activez-la pour continuer.',
  switchToTotp:
    'Cette page demande une application d’authentification, et vous utilisez des codes par e-mail. Confirmez votre mot de passe pour désactiver les codes par e-mail, puis configurez l’application.',
  switchToEmail:
    'Cette page demande des codes par e-mail, et vous utilisez une application d’authentification. Confirmez votre mot de passe pour la désactiver, puis configurez les codes par e-mail.',
  confirmBackupCodes:
    'Cette page demande que vos codes de secours soient rangés en lieu sûr. Ils vous permettent de vous reconnecter si vous perdez votre deuxième facteur.',
  confirmBackupCodesLabel: 'J’ai enregistré mes codes de secours',
  confirm: 'Continuer',
  retry: 'Réessayer',
} satisfies RequireMfaMessages;
