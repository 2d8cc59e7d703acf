// Japanese admin strings. Same keys as the English map in ../messages.ts (a test checks
// every catalogue). Japanese has one plural form: counts only need Intl's digits.
import { formatNumber } from '@authblock/mfa-react';
import type { AdminMessages } from '../messages.ts';

const locale = 'ja';
const n = (count: number) => formatNumber(locale, count);

export const messages = {
  title: 'MFA の利用状況',
  roleFilter: 'ロール',
  allRoles: 'すべてのロール',
  rangeFilter: '期間',
  ranges: { '30d': '過去 30 日間', '90d': '過去 90 日間', '12m': '過去 12 か月間' },
  loadingUsers: (loaded: number, total: number | null) =>
    total === null
      ? 'ユーザーを読み込んでいます…'
      : `${n(total)} 人中 ${n(loaded)} 人のユーザーを読み込みました`,
  loadingEvents: (loaded: number, total: number | null) =>
    total === null
      ? '監査イベントを読み込んでいます…'
      : `${n(total)} 件中 ${n(loaded)} 件の監査イベントを読み込みました`,
  forbidden:
    'このページはテナントの管理者だけが見られます。owner または admin のアカウントでサインインしてください。',
  failed: 'テナントのデータを読み込めませんでした。',
  retry: 'もう一度試す',
  emptyTenant: 'このテナントにはまだユーザーがいません。',
  noMfaFields:
    'このサーバーのユーザー情報には mfa_enabled がないため、利用率を測れません（0 % ではありません）。ユーザー情報に mfa_enabled と mfa_channel を含めるよう Auth Block に依頼してください。',
  adoption: '利用率',
  adoptionDetail: (enabled: number, people: number) =>
    `${n(people)} 人中 ${n(enabled)} 人が2段階認証をオンにしています`,
  peopleNote: 'API 専用アカウントは数えていません（ガイドでは MFA の対象外です）。',
  channels: { totp: '認証アプリ', email: 'メールのコード', off: 'オフ', unknown: '不明' },
  overTime: '利用率の推移',
  overTimeSummary: (from: string, to: string, first: string, last: string) =>
    `利用率は ${from} の ${first} から ${to} の ${last} になりました。`,
  channelSplit: '認証方法',
  channelSummary: (totp: number, email: number, off: number) =>
    `認証アプリ: ${n(totp)} 人。メールのコード: ${n(email)} 人。MFA オフ: ${n(off)} 人。`,
  byRole: 'ロール別の利用率',
  recommendation: 'ガイドの推奨',
  advice: {
    totp: 'TOTP（認証アプリ）を強く推奨',
    email: '手軽に始められるメールのコードを推奨',
    not_applicable: 'MFA の対象外: サービストークンを使用',
  },
  gapsTitle: '認証アプリを使っていない owner と admin',
  gapsEmpty: 'すべての owner と admin が認証アプリを使っています。',
  backupTitle: 'バックアップコードでのサインイン',
  backupIntro: (uses: number) =>
    `回数が多い場合（${n(uses)} 回以上）、認証アプリの入った端末をなくした可能性があります。`,
  backupEmpty: 'この期間にバックアップコードでサインインした人はいません。',
  failuresTitle: '繰り返しの失敗',
  failuresIntro: (failures: number) => `1 時間以内に ${n(failures)} 回以上間違ったコードを入力。`,
  failuresEmpty: 'この期間に繰り返しの失敗はありません。',
  churnTitle: 'オン・オフの繰り返し',
  churnIntro: (disables: number) => `2段階認証を ${n(disables)} 回以上オフにした人。`,
  churnEmpty: 'この期間にオン・オフの繰り返しはありません。',
  burstsTitle: '失敗の集中',
  burstsIntro: (failures: number, people: number) =>
    `1 時間以内に ${n(people)} 人以上から ${n(failures)} 回以上の間違ったコード。`,
  burstsEmpty: 'この期間に失敗の集中はありません。',
  exportCsv: 'CSV を書き出す',
  showTable: '表で見る',
  showChart: 'グラフで見る',
  columns: {
    role: 'ロール',
    users: 'ユーザー数',
    rate: '利用率',
    email: 'メール',
    name: '名前',
    channel: '認証方法',
    uses: '回数',
    lastUse: '最終使用',
    failures: '失敗回数',
    first: '最初',
    last: '最後',
    locked: 'ロック',
    disables: 'オフにした回数',
    enables: 'オンにした回数',
    start: '開始',
    people: '人数',
    addresses: 'IP アドレス',
    date: '日付',
    count: '件数',
    time: '日時',
    action: '操作',
    actor: 'ユーザー',
    status: '結果',
    details: '詳細',
    ip: 'IP アドレス',
  },
  yes: 'はい',
  no: 'いいえ',
  notApplicable: '—',
  eventsTitle: '監査イベント',
  eventsListTitle: 'このページのイベント',
  actionFilter: '操作',
  allActions: 'MFA とサインインのすべてのイベント',
  statusFilter: '結果',
  anyStatus: 'すべて',
  success: '成功',
  failure: '失敗',
  actorFilter: 'ユーザーのメール',
  fromFilter: '開始日',
  toFilter: '終了日',
  apply: 'フィルターを適用',
  previous: '前へ',
  next: '次へ',
  pageOf: (page: number, pages: number) => `${n(page)} / ${n(Math.max(1, pages))} ページ`,
  eventsCount: (total: number) => `${n(total)} 件のイベント`,
  eventsEmpty: '条件に合うイベントはありません。',
  exportAllEvents: (total: number) => `全 ${n(total)} 件のイベントを CSV で書き出す`,
  exportingEvents: (loaded: number, total: number | null) =>
    total === null
      ? '監査イベントを書き出しています…'
      : `書き出し中: 監査イベント ${n(total)} 件中 ${n(loaded)} 件を読み込み済み`,
  exportFailed: '書き出しを中止しました。監査イベントを読み込めませんでした。',
  cancel: 'キャンセル',
  loading: '読み込んでいます…',
} satisfies AdminMessages;
