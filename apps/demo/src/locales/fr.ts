// French. Same keys as the English map in ../messages.ts (`satisfies` checks them).
import { type DemoMessages, formatNumber, plural } from '../messages.ts';

const locale = 'fr';

export const messages = {
  documentTitle: 'Démo Auth Block MFA',
  skipToContent: 'Aller au contenu',
  brandSub: 'Démo Auth Block MFA',
  badgeMock: 'Simulateur dans la page',
  badgeMockReference: 'Simulateur dans la page (dialecte de la référence de l’API)',
  badgeRemote: 'API : {host}',
  language: 'Langue',
  theme: 'Thème',
  themeSystem: 'Système',
  themeLight: 'Clair',
  themeDark: 'Sombre',
  signOut: 'Se déconnecter',
  pagesNav: 'Pages',
  pageSecurity: 'Sécurité',
  pageAdmin: 'Administration',
  loadingAdmin: 'Chargement de la page d’administration…',
  welcome: 'Bienvenue chez Northwind',
  signInIntro:
    'Connectez-vous avec votre mot de passe ou recevez un code à usage unique par e-mail.',
  signInMethod: 'Mode de connexion',
  usePassword: 'Utiliser un mot de passe',
  emailMeCode: 'M’envoyer un code',
  demoAccount: 'Compte de démonstration',
  email: 'E-mail',
  password: 'Mot de passe',
  demoAccountNote:
    'La validation en deux étapes est d’abord désactivée. Les codes envoyés par e-mail apparaissent dans la boîte de réception simulée.',
  tenantAdmin: 'Administrateur de l’organisation',
  tenantAdminNote:
    'Voit la page d’administration (adoption de la MFA parmi les 250 utilisateurs du simulateur) après avoir configuré une application d’authentification.',
  signedInAs: 'Vous êtes connecté en tant que {email}.',
  goToSecurity: 'Aller à Sécurité',
  securityIntro:
    'Connecté en tant que {email}. Ajoutez une deuxième étape à votre connexion pour qu’un mot de passe volé ne suffise pas.',
  adminIntro:
    'Connecté en tant que {email}. Ici, les administrateurs utilisent une application d’authentification, comme le conseille le guide Auth Block. Cet écran l’exige (RequireMfa, un contrôle d’écran) ; seul un serveur peut refuser les données à un jeton qui n’en a pas.',
  mockPanel: 'Backend simulé',
  mockHeading: 'Fonctionne avec le simulateur dans la page',
  mockIntro:
    'Le backend de référence tourne dans cette page (le service worker de msw). Ses utilisateurs, codes, e-mails et son horloge sont conservés dans ce navigateur : un rechargement ne change rien.',
  resetDemo: 'Réinitialiser les données de la démo',
  mockRealApi: 'Compilez avec {url} et {key} pour utiliser une vraie API Auth Block ou {mock}.',
  inboxHeading: 'Boîte de réception simulée',
  inboxIntro:
    'Chaque e-mail envoyé par le backend simulé, du plus récent au plus ancien, avec son code. Un vrai backend les envoie par e-mail.',
  inboxChecking: 'Vérification…',
  inboxEmpty: 'Aucun e-mail pour l’instant.',
  inboxCount: (count: number, shown: number) => {
    const emails = plural(locale, count, { one: '# e-mail', other: '# e-mails' });
    return count > shown
      ? `${emails}, les ${formatNumber(locale, shown)} plus récents affichés`
      : emails;
  },
  inboxList: 'E-mails, du plus récent au plus ancien',
  inboxTo: 'À {to} · {time}',
  inboxCode: 'Code :',
} satisfies DemoMessages;
