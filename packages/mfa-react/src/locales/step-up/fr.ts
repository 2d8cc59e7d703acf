// French strings of the step-up dialog and the clock hint. Same keys as ../../step-up/messages.ts (a test checks).

import type { StepUpMessages } from '../../step-up/messages.ts';
import { formatDuration } from '../format.ts';

export const messages = {
  heading: 'Confirmez votre identité',
  codeIntro:
    'Pour continuer, saisissez le code à 6 chiffres de votre application d’authentification.',
  backupIntro: 'Pour continuer, saisissez l’un de vos codes de secours. Il sera utilisé.',
  passwordIntro:
    'Pour continuer, reconnectez-vous : d’abord votre mot de passe, puis votre second facteur.',
  passwordLabel: 'Mot de passe',
  confirm: 'Confirmer',
  confirming: 'Confirmation…',
  cancel: 'Annuler',
  useBackupCode: 'Utiliser plutôt un code de secours',
  useAppCode: 'Utiliser le code de votre application',
  missingPassword: 'Saisissez votre mot de passe.',
  missingCode: 'Saisissez le code.',
  wrongAccount:
    'Ce mot de passe est celui d’un autre compte. Connectez-vous avec le vôtre pour continuer.',
  stepUpRequired: 'Veuillez confirmer de nouveau votre identité.',
  actionFailed: 'Votre identité est confirmée, mais l’action n’a pas abouti.',
  clockHint:
    'Les codes d’une application d’authentification dépendent de l’heure de votre téléphone : une horloge décalée d’une minute ou plus rend chaque code faux. Activez la date et l’heure automatiques (Android : Paramètres › Système › Date et heure › Régler l’heure automatiquement ; iPhone : Réglages › Général › Date et heure › Réglage automatique). Sur Android, Google Authenticator propose aussi Paramètres › Correction de l’heure pour les codes › Synchroniser maintenant.',
  clockSkew: (minutes: number, isAhead: boolean) =>
    `L’horloge de cet appareil ${isAhead ? 'avance' : 'retarde'} d’environ ${formatDuration('fr', minutes, 'minute')}. Si votre application d’authentification est sur cet appareil, corrigez d’abord son heure.`,
} satisfies StepUpMessages;
