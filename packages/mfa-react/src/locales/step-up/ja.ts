// Japanese strings of the step-up dialog and the clock hint. Same keys as ../../step-up/messages.ts (a test checks).

import type { StepUpMessages } from '../../step-up/messages.ts';
import { formatDuration } from '../format.ts';

export const messages = {
  heading: 'ご本人確認',
  codeIntro: '続けるには、認証アプリに表示されている6桁のコードを入力してください。',
  backupIntro:
    '続けるには、バックアップコードを1つ入力してください。そのコードは使用済みになります。',
  passwordIntro:
    '続けるには、もう一度サインインしてください。まずパスワード、次に2段階目の認証です。',
  passwordLabel: 'パスワード',
  confirm: '確認',
  confirming: '確認しています…',
  cancel: 'キャンセル',
  useBackupCode: '代わりにバックアップコードを使う',
  useAppCode: 'アプリのコードを使う',
  missingPassword: 'パスワードを入力してください。',
  missingCode: 'コードを入力してください。',
  wrongAccount:
    'そのパスワードは別のアカウントのものです。続けるには、ご自身のアカウントでサインインしてください。',
  stepUpRequired: 'もう一度ご本人確認をお願いします。',
  actionFailed: '本人確認はできましたが、操作は完了しませんでした。',
  clockHint:
    '認証アプリのコードはスマートフォンの時刻に基づいています。時計が1分以上ずれていると、どのコードも正しくなりません。日付と時刻の自動設定をオンにしてください（Android: 設定 › システム › 日付と時刻 › 時刻を自動的に設定、iPhone: 設定 › 一般 › 日付と時刻 › 自動設定）。Android の Google Authenticator には、設定 › コードの時刻を修正 › 今すぐ同期 もあります。',
  clockSkew: (minutes: number, isAhead: boolean) =>
    `このデバイスの時計は約${formatDuration('ja', minutes, 'minute')}${isAhead ? '進んで' : '遅れて'}います。認証アプリがこのデバイスにある場合は、先に時刻を直してください。`,
} satisfies StepUpMessages;
