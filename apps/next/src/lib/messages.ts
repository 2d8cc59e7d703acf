import type { Locale } from './locale';

/** The example's own words (the kit's come from its catalogues), in the kit's languages. */
export interface AppMessages {
  title: string;
  signIn: string;
  security: string;
  admin: string;
  signOut: string;
  language: string;
  seededUser: string;
  adminIntro: string;
  adminUsers: string;
  email: string;
  mfa: string;
  on: string;
  off: string;
  auditLog: string;
  showAuditLog: string;
  auditAction: string;
  auditActor: string;
  auditTime: string;
}

const en: AppMessages = {
  title: 'Northwind',
  signIn: 'Sign in',
  security: 'Security',
  admin: 'Admin',
  signOut: 'Sign out',
  language: 'Language',
  seededUser: 'Mock backend: sign in as {email} / {password} (or the tenant admin, {admin}).',
  adminIntro:
    'This page is gated twice: RequireMfa decides what your browser shows, and the server checks your second factor before it sends any of the data below.',
  adminUsers: 'Users (first page)',
  email: 'Email',
  mfa: 'Two-step verification',
  on: 'On',
  off: 'Off',
  auditLog: 'Audit log',
  showAuditLog: 'Show the audit log',
  auditAction: 'Event',
  auditActor: 'By',
  auditTime: 'When',
};

export const APP_MESSAGES: Record<Locale, AppMessages> = {
  en,
  es: {
    title: 'Northwind',
    signIn: 'Iniciar sesión',
    security: 'Seguridad',
    admin: 'Administración',
    signOut: 'Cerrar sesión',
    language: 'Idioma',
    seededUser:
      'Backend simulado: inicia sesión como {email} / {password} (o la administradora, {admin}).',
    adminIntro:
      'Esta página tiene dos controles: RequireMfa decide lo que muestra tu navegador, y el servidor comprueba tu segundo factor antes de enviar los datos de abajo.',
    adminUsers: 'Usuarios (primera página)',
    email: 'Correo electrónico',
    mfa: 'Verificación en dos pasos',
    on: 'Activada',
    off: 'Desactivada',
    auditLog: 'Registro de auditoría',
    showAuditLog: 'Mostrar el registro de auditoría',
    auditAction: 'Evento',
    auditActor: 'Por',
    auditTime: 'Cuándo',
  },
  fr: {
    title: 'Northwind',
    signIn: 'Connexion',
    security: 'Sécurité',
    admin: 'Administration',
    signOut: 'Se déconnecter',
    language: 'Langue',
    seededUser:
      'Backend simulé : connectez-vous avec {email} / {password} (ou l’administratrice, {admin}).',
    adminIntro:
      'Cette page est protégée deux fois : RequireMfa décide de ce qu’affiche votre navigateur, et le serveur vérifie votre second facteur avant d’envoyer les données ci-dessous.',
    adminUsers: 'Utilisateurs (première page)',
    email: 'E-mail',
    mfa: 'Validation en deux étapes',
    on: 'Activée',
    off: 'Désactivée',
    auditLog: 'Journal d’audit',
    showAuditLog: 'Afficher le journal d’audit',
    auditAction: 'Événement',
    auditActor: 'Par',
    auditTime: 'Quand',
  },
  de: {
    title: 'Northwind',
    signIn: 'Anmelden',
    security: 'Sicherheit',
    admin: 'Verwaltung',
    signOut: 'Abmelden',
    language: 'Sprache',
    seededUser:
      'Mock-Backend: Melden Sie sich als {email} / {password} an (oder als Admin, {admin}).',
    adminIntro:
      'Diese Seite ist doppelt geschützt: RequireMfa entscheidet, was Ihr Browser zeigt, und der Server prüft Ihren zweiten Faktor, bevor er die Daten unten sendet.',
    adminUsers: 'Benutzer (erste Seite)',
    email: 'E-Mail',
    mfa: 'Bestätigung in zwei Schritten',
    on: 'An',
    off: 'Aus',
    auditLog: 'Audit-Protokoll',
    showAuditLog: 'Audit-Protokoll anzeigen',
    auditAction: 'Ereignis',
    auditActor: 'Von',
    auditTime: 'Wann',
  },
  'pt-BR': {
    title: 'Northwind',
    signIn: 'Entrar',
    security: 'Segurança',
    admin: 'Administração',
    signOut: 'Sair',
    language: 'Idioma',
    seededUser: 'Backend simulado: entre como {email} / {password} (ou a administradora, {admin}).',
    adminIntro:
      'Esta página tem dois controles: o RequireMfa decide o que o navegador mostra, e o servidor confere seu segundo fator antes de enviar os dados abaixo.',
    adminUsers: 'Usuários (primeira página)',
    email: 'E-mail',
    mfa: 'Verificação em duas etapas',
    on: 'Ativada',
    off: 'Desativada',
    auditLog: 'Registro de auditoria',
    showAuditLog: 'Mostrar o registro de auditoria',
    auditAction: 'Evento',
    auditActor: 'Por',
    auditTime: 'Quando',
  },
  ja: {
    title: 'Northwind',
    signIn: 'ログイン',
    security: 'セキュリティ',
    admin: '管理',
    signOut: 'ログアウト',
    language: '言語',
    seededUser: 'モックのバックエンド: {email} / {password} でログイン(管理者は {admin})。',
    adminIntro:
      'このページは二重に守られています。RequireMfa はブラウザーに表示する内容を決め、サーバーは下のデータを送る前に 2 要素目を確認します。',
    adminUsers: 'ユーザー(1 ページ目)',
    email: 'メールアドレス',
    mfa: '2 段階認証',
    on: 'オン',
    off: 'オフ',
    auditLog: '監査ログ',
    showAuditLog: '監査ログを表示',
    auditAction: 'イベント',
    auditActor: '実行者',
    auditTime: '日時',
  },
  ar: {
    title: 'Northwind',
    signIn: 'تسجيل الدخول',
    security: 'الأمان',
    admin: 'الإدارة',
    signOut: 'تسجيل الخروج',
    language: 'اللغة',
    seededUser: 'خادم تجريبي: سجّل الدخول بـ {email} / {password} (أو المسؤولة، {admin}).',
    adminIntro:
      'هذه الصفحة محمية مرتين: RequireMfa يحدد ما يعرضه متصفحك، والخادم يتحقق من العامل الثاني قبل إرسال أي من البيانات أدناه.',
    adminUsers: 'المستخدمون (الصفحة الأولى)',
    email: 'البريد الإلكتروني',
    mfa: 'التحقق بخطوتين',
    on: 'مفعّل',
    off: 'متوقف',
    auditLog: 'سجل التدقيق',
    showAuditLog: 'عرض سجل التدقيق',
    auditAction: 'الحدث',
    auditActor: 'بواسطة',
    auditTime: 'الوقت',
  },
};

export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
