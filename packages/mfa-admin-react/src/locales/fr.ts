// French admin strings. Same keys as the English map in ../messages.ts (a test checks
// every catalogue).
import { formatNumber, plural } from '@authblock/mfa-react';
import type { AdminMessages } from '../messages.ts';

const locale = 'fr';
const n = (count: number) => formatNumber(locale, count);
const codes = (count: number) =>
  plural(locale, count, { one: '# code erroné ou plus', other: '# codes erronés ou plus' });

export const messages = {
  title: 'Adoption de la MFA',
  roleFilter: 'Rôle',
  allRoles: 'Tous les rôles',
  rangeFilter: 'Période',
  ranges: { '30d': '30 derniers jours', '90d': '90 derniers jours', '12m': '12 derniers mois' },
  loadingUsers: (loaded: number, total: number | null) =>
    total === null
      ? 'Chargement des utilisateurs…'
      : `${n(loaded)} utilisateurs chargés sur ${n(total)}`,
  loadingEvents: (loaded: number, total: number | null) =>
    total === null
      ? 'Chargement des événements d’audit…'
      : `${n(loaded)} événements d’audit chargés sur ${n(total)}`,
  forbidden:
    'Seuls les administrateurs du tenant peuvent voir cette page. Connectez-vous avec un compte propriétaire ou administrateur.',
  failed: 'Impossible de charger les données du tenant.',
  retry: 'Réessayer',
  emptyTenant: 'Ce tenant n’a pas encore d’utilisateurs.',
  noMfaFields:
    'Les fiches utilisateur de ce serveur n’ont pas de champ mfa_enabled : l’adoption ne peut donc pas être mesurée (elle n’est pas de 0 %). Demandez à Auth Block d’inclure mfa_enabled et mfa_channel dans les fiches utilisateur.',
  adoption: 'Adoption',
  adoptionDetail: (enabled: number, people: number) =>
    plural(locale, people, {
      one: `${n(enabled)} personne sur # utilise la validation en deux étapes`,
      other: `${n(enabled)} personnes sur # utilisent la validation en deux étapes`,
    }),
  peopleNote:
    'Les comptes réservés à l’API ne sont pas comptés : d’après le guide, la MFA ne s’applique pas à eux.',
  channels: {
    totp: 'Application d’authentification',
    email: 'Codes par e-mail',
    off: 'Désactivée',
    unknown: 'Inconnu',
  },
  overTime: 'Adoption dans le temps',
  overTimeSummary: (from: string, to: string, first: string, last: string) =>
    `L’adoption est passée de ${first} le ${from} à ${last} le ${to}.`,
  channelSplit: 'Méthodes',
  channelSummary: (totp: number, email: number, off: number) =>
    `Application d’authentification : ${n(totp)}. Codes par e-mail : ${n(email)}. MFA désactivée : ${n(off)}.`,
  byRole: 'Adoption par rôle',
  recommendation: 'Conseil du guide',
  advice: {
    totp: 'Recommander fortement TOTP (application d’authentification)',
    email: 'Recommander les codes par e-mail pour commencer simplement',
    not_applicable: 'MFA non applicable : utiliser des jetons de service',
  },
  gapsTitle: 'Owners et admins sans application d’authentification',
  gapsEmpty: 'Tous les owners et admins utilisent une application d’authentification.',
  backupTitle: 'Connexions avec un code de secours',
  backupIntro: (uses: number) =>
    `Un usage fréquent (${n(uses)} fois ou plus) peut signifier que quelqu’un a perdu l’appareil qui porte son application d’authentification.`,
  backupEmpty: 'Personne ne s’est connecté avec un code de secours sur cette période.',
  failuresTitle: 'Échecs répétés',
  failuresIntro: (failures: number) => `${codes(failures)} en moins d’une heure.`,
  failuresEmpty: 'Aucun échec répété sur cette période.',
  churnTitle: 'Activations et désactivations répétées',
  churnIntro: (disables: number) =>
    `Validation en deux étapes désactivée ${n(disables)} fois ou plus.`,
  churnEmpty: 'Aucune activation ni désactivation répétée sur cette période.',
  burstsTitle: 'Vagues d’échecs',
  burstsIntro: (failures: number, people: number) =>
    `${codes(failures)} venant de ${plural(locale, people, { one: '# personne ou plus', other: '# personnes ou plus' })} en moins d’une heure.`,
  burstsEmpty: 'Aucune vague d’échecs sur cette période.',
  exportCsv: 'Exporter en CSV',
  showTable: 'Afficher le tableau',
  showChart: 'Afficher le graphique',
  columns: {
    role: 'Rôle',
    users: 'Utilisateurs',
    rate: 'Adoption',
    email: 'E-mail',
    name: 'Nom',
    channel: 'Méthode',
    uses: 'Utilisations',
    lastUse: 'Dernière utilisation',
    failures: 'Échecs',
    first: 'Premier',
    last: 'Dernier',
    locked: 'Bloqué',
    disables: 'Désactivations',
    enables: 'Activations',
    start: 'Début',
    people: 'Personnes',
    addresses: 'Adresses IP',
    date: 'Date',
    count: 'Nombre',
    time: 'Heure',
    action: 'Action',
    actor: 'Utilisateur',
    status: 'Statut',
    details: 'Détails',
    ip: 'Adresse IP',
  },
  yes: 'Oui',
  no: 'Non',
  notApplicable: '—',
  eventsTitle: 'Événements d’audit',
  eventsListTitle: 'Événements de cette page',
  actionFilter: 'Action',
  allActions: 'Tous les événements MFA et de connexion',
  statusFilter: 'Statut',
  anyStatus: 'Tous',
  success: 'Réussi',
  failure: 'Échoué',
  actorFilter: 'E-mail de l’utilisateur',
  fromFilter: 'Du',
  toFilter: 'Au',
  apply: 'Appliquer les filtres',
  previous: 'Précédent',
  next: 'Suivant',
  pageOf: (page: number, pages: number) => `Page ${n(page)} sur ${n(Math.max(1, pages))}`,
  eventsCount: (total: number) =>
    plural(locale, total, { one: '# événement', other: '# événements' }),
  eventsEmpty: 'Aucun événement ne correspond à ces filtres.',
  exportAllEvents: (total: number) =>
    plural(locale, total, {
      one: 'Exporter # événement en CSV',
      other: 'Exporter les # événements en CSV',
    }),
  exportingEvents: (loaded: number, total: number | null) =>
    total === null
      ? 'Export des événements d’audit…'
      : `Export : ${n(loaded)} événements d’audit lus sur ${n(total)}`,
  exportFailed: 'L’export s’est arrêté : les événements d’audit n’ont pas pu être lus.',
  cancel: 'Annuler',
  loading: 'Chargement…',
  recordMfa: 'Double authentification',
  mfaOn: 'Activée',
  recordChannel: 'Méthode',
  recordLastSignIn: 'Dernière connexion',
  recordNever: 'Jamais',
  recordEvents: 'Événements MFA récents',
  recordEventsEmpty: 'Aucun événement MFA pour cette personne.',
  recordFailed: 'Impossible de charger la fiche de cette personne.',
  close: 'Fermer',
  roleNames: {
    owner: 'Propriétaire',
    admin: 'Administrateur',
    member: 'Membre',
    'api-only': 'API uniquement',
    '(no role)': 'Aucun rôle',
  },
  actionNames: {
    'user.login': 'Connexion',
    'session.revoked': 'Session fermée',
    'mfa.setup': 'Configuration commencée',
    'mfa.enabled': 'Double authentification activée',
    'mfa.disabled': 'Double authentification désactivée',
    'mfa.challenge': 'Code demandé',
    'mfa.email_sent': 'Code envoyé par e-mail',
    'mfa.verified': 'Code accepté',
    'mfa.failed': 'Code refusé',
    'mfa.replay_rejected': 'Code déjà utilisé refusé',
    'mfa.backup_code_used': 'Code de secours utilisé',
    'mfa.locked': 'Bloqué après des codes erronés',
    'passwordless.code_sent': 'Code de connexion envoyé par e-mail',
  },
  detailNames: {
    channel: 'Méthode',
    method: 'Utilisé',
    context: 'Étape',
    reason: 'Motif',
    purpose: 'Pour',
    mfa_used: 'Double authentification utilisée',
  },
  detailValues: {
    totp: 'Application d’authentification',
    email: 'Code par e-mail',
    backup_code: 'Code de secours',
    password: 'Mot de passe',
    passwordless: 'Code de connexion par e-mail',
    setup: 'Configuration',
    enable: 'Activation',
    verify: 'Confirmation',
    sign_in: 'Connexion',
    mfa: 'Code de vérification',
    invalid: 'Code erroné',
    expired: 'Code expiré',
    replayed: 'Code déjà utilisé',
    locked: 'Bloqué',
    true: 'Oui',
    false: 'Non',
  },
} satisfies AdminMessages;
