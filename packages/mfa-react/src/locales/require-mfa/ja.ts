// Japanese strings of RequireMfa. Same keys as ../../require-mfa/messages.ts (a test checks).
import type { RequireMfaMessages } from '../../require-mfa/messages.ts';

export const messages = {
  checking: '2段階認証を確認しています…',
  regionLabel: '2段階認証が必要です',
  needsTotp: 'このページには認証アプリが必要です。設定して続けてください。',
  needsEmail: 'このページにはメールのコードが必要です。設定して続けてください。',
  needsAny: 'このページには2段階認証が必要です。オンにして続けてください。',
  switchToTotp:
    'このページには認証アプリが必要ですが、いまはメールのコードを使っています。パスワードを確認してメールのコードをオフにし、認証アプリを設定してください。',
  switchToEmail:
    'このページにはメールのコードが必要ですが、いまは認証アプリを使っています。パスワードを確認して認証アプリをオフにし、メールのコードを設定してください。',
  confirmBackupCodes:
    'このページを開くには、バックアップコードを安全な場所に保存しておく必要があります。2段階目の手段をなくしたとき、これでサインインできます。',
  confirmBackupCodesLabel: 'バックアップコードを保存しました',
  confirm: '続ける',
  retry: 'もう一度試す',
} satisfies RequireMfaMessages;
