// Japanese. Same keys as the English map in ../messages.ts (`satisfies` checks them).
import { type DemoMessages, formatNumber } from '../messages.ts';

const locale = 'ja';

export const messages = {
  documentTitle: 'Auth Block MFA デモ',
  skipToContent: 'コンテンツへスキップ',
  brandSub: 'Auth Block MFA デモ',
  badgeMock: 'ページ内モック',
  badgeMockReference: 'ページ内モック（API リファレンスの形式）',
  badgeRemote: 'API: {host}',
  language: '言語',
  theme: 'テーマ',
  themeSystem: 'システム',
  themeLight: 'ライト',
  themeDark: 'ダーク',
  signOut: 'サインアウト',
  pagesNav: 'ページ',
  pageSecurity: 'セキュリティ',
  pageAdmin: '管理',
  loadingAdmin: '管理ページを読み込んでいます…',
  welcome: 'Northwind へようこそ',
  signInIntro: 'パスワードでサインインするか、ワンタイムコードをメールで受け取ってください。',
  signInMethod: 'サインイン方法',
  usePassword: 'パスワードを使う',
  emailMeCode: 'コードをメールで受け取る',
  demoAccount: 'デモアカウント',
  email: 'メールアドレス',
  password: 'パスワード',
  demoAccountNote:
    '2段階認証は最初はオフです。メールで送られたコードはモックの受信トレイに表示されます。',
  tenantAdmin: 'テナント管理者',
  tenantAdminNote:
    '認証アプリを設定すると、管理ページ（モックの 250 人のユーザーの MFA 利用状況）を見られます。',
  signedInAs: '{email} としてサインインしています。',
  goToSecurity: 'セキュリティへ',
  securityIntro:
    '{email} としてサインイン中。パスワードが盗まれてもサインインされないよう、2つ目のステップを追加しましょう。',
  adminIntro:
    '{email} としてサインイン中。Auth Block のガイドに従い、管理者はここで認証アプリを使います。この画面はそれを求めます(RequireMfa は画面の門番です)。認証アプリのないトークンにデータを渡さないようにできるのはサーバーだけです。',
  mockPanel: 'モックのバックエンド',
  mockHeading: 'ページ内モックで動作中',
  mockIntro:
    'リファレンスのバックエンドがこのページの中（msw の Service Worker）で動いています。ユーザー、コード、メール、時計はこのブラウザーに保存されるので、再読み込みしても何も変わりません。',
  resetDemo: 'デモデータをリセット',
  mockRealApi:
    '本物の Auth Block API や {mock} を使うには、{url} と {key} を指定してビルドします。',
  inboxHeading: 'モックの受信トレイ',
  inboxIntro:
    'モックのバックエンドが送ったすべてのメール（新しい順、コード付き）。本物のバックエンドはメールで送ります。',
  inboxChecking: '確認しています…',
  inboxEmpty: 'まだメールはありません。',
  inboxCount: (count: number, shown: number) => {
    const emails = `${formatNumber(locale, count)} 通のメール`;
    return count > shown ? `${emails}（新しい ${formatNumber(locale, shown)} 通を表示）` : emails;
  },
  inboxList: 'メール（新しい順）',
  inboxTo: '宛先 {to} · {time}',
  inboxCode: 'コード:',
} satisfies DemoMessages;
