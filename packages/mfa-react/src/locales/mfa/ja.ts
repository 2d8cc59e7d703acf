// Japanese. Same keys as the English map in ../../provider/messages.ts (a test checks every catalogue).
import type { MfaMessages } from '../../provider/messages.ts';
import { formatClock, formatDuration, formatNumber, waitDuration } from '../format.ts';

const locale = 'ja';

export const messages = {
  codeLabel: '確認コード',
  backupCodeLabel: 'バックアップコード',
  codeHint: '6桁のコードを入力してください。',
  backupCodeHint: 'バックアップコードを1つ入力してください。スペースとハイフンは無視されます。',
  verify: '確認',
  verifying: '確認しています…',
  continue: '続ける',
  cancel: 'キャンセル',
  back: '戻る',
  retry: 'もう一度試す',
  loading: '読み込んでいます…',
  copy: 'コピー',
  copied: 'コピーしました',
  copyFailed: 'コピーできませんでした。テキストを選択してコピーしてください。',
  countdown: (seconds: number) => formatClock(locale, seconds),
  resendIn: (time: string) => `${time} 後にコードを再送信`,
  resend: 'コードを再送信',
  resending: '送信しています…',
  codeResent: '新しいコードを送信しました。',
  emailNewCode: '新しいコードをメールで送る',
  codeResentIfEmail: 'コードをメールで受け取る設定の場合は、新しいコードを送信しました。',
  lockedOut: (time: string) => `${time} 後にもう一度お試しください。`,
  lockedOutFor: (seconds: number) =>
    `試行回数が多すぎます。${waitDuration(locale, seconds)}後にもう一度お試しください。`,
  lockoutOver: 'もう一度お試しいただけます。',
  attemptsLeft: (count: number) => `あと${formatNumber(locale, count)}回試せます。`,
  codeDigitsOnly: 'コードは数字だけです。数字以外は入力されませんでした。',
  backupCodeCharactersOnly:
    'バックアップコードは英字と数字だけです。それ以外は入力されませんでした。',
  codeIncomplete: (count: number) =>
    `コードは${formatNumber(locale, count)}桁です。すべて入力してください。まだ何も送信していません。`,
  backupCodeIncomplete: (count: number) =>
    `バックアップコードは英数字${formatNumber(locale, count)}文字です。すべて入力してください。まだ何も送信していません。`,

  channelTotp: '認証アプリ',
  channelEmail: 'メール',

  backupHeading: 'バックアップコードを保存してください',
  backupIntro:
    'スマートフォンをなくしたりメールを確認できなくなったりしたときは、これらのコードのいずれかでサインインします。各コードは1回だけ使えます。',
  backupOnce: 'このコードは二度と表示されません。',
  backupListLabel: 'バックアップコード',
  backupStoreAdvice:
    'パスワードマネージャーに保存するか、印刷してください。認証アプリと同じ端末には保存しないでください。',
  copyAll: 'すべてコピー',
  download: '.txt をダウンロード',
  print: '印刷',
  backupConfirm: 'これらのコードを保存しました',
  backupConfirmRequired: '続けるには、バックアップコードを保存したことを確認してください。',
  backupFileName: 'backup-codes.txt',
  backupFileTitle: '2段階認証のバックアップコード',
  backupFileNote: '各コードは1回だけ使えます。このファイルは安全な場所に保管してください。',
  backupFileApp: 'アプリ',
  backupFileAccount: 'アカウント',
  backupFileDate: '作成日',

  challengeHeading: '2段階認証',
  challengeTotpHint: '認証アプリに表示された6桁のコードを入力してください。',
  challengeAnyCodeHint:
    '認証アプリの6桁のコードを入力してください。コードをメールで受け取る設定の場合は、最新のメールのコードを入力してください。',
  switchToAnyCode: '認証アプリまたはメールのコードを使う',
  challengeEmailHint: (address: string) => `${address} に送信した6桁のコードを入力してください。`,
  challengeEmailHintGeneric: 'メールアドレスに送信した6桁のコードを入力してください。',
  emailExpiry: (minutes: number) =>
    `コードの有効期限は${formatDuration(locale, minutes, 'minute')}です。`,
  switchToBackupCode: '代わりにバックアップコードを使う',
  switchToChannelCode: (channel: string) => `代わりに${channel}のコードを使う`,
  challengeEmailSecondCode: (address: string) =>
    `${address} に2通目の別のコードを送信しました。先ほど使ったサインインコードと同じ受信トレイに届きます。最新のコードを入力してください。`,
  challengeEmailSecondCodeGeneric:
    '先ほど使ったサインインコードと同じ受信トレイに、2通目の別のコードを送信しました。最新のコードを入力してください。',
  signedIn: 'サインインしました。',

  backupNudge: (remaining: number) =>
    `バックアップコードでサインインしました（残り${formatNumber(locale, remaining)}個）。`,
  backupNudgeTotp: '認証アプリを設定し直しますか？',
  backupNudgeEmail: 'メールでのコード受け取りを設定し直しますか？',
  backupNudgeAny: '2段階認証を設定し直しますか？',
  backupNudgeAction: '設定し直す',
  dismiss: '閉じる',

  signInHeading: 'サインイン',
  emailLabel: 'メールアドレス',
  passwordLabel: 'パスワード',
  signIn: 'サインイン',
  signingIn: 'サインインしています…',
  fillCredentials: 'メールアドレスとパスワードを入力してください。',
  fillEmail: 'メールアドレスを入力してください。',
  fillPassword: 'パスワードを入力してください。',
  fillCode: 'コードを入力してください。',
  passwordlessHeading: 'メールのコードでサインイン',
  passwordlessIntro: 'サインイン用のコードをメールでお送りします。',
  sendCode: 'コードをメールで受け取る',
  sendingCode: '送信しています…',
  passwordlessCodeHeading: 'メールを確認してください',
  passwordlessCodeSent: (email: string) =>
    `${email} のアカウントが存在する場合は、サインインコードを送信しました。`,
  passwordlessCodeLabel: 'サインインコード',
  passwordlessCodeCleared:
    '間違ったコードが多すぎたため、このコードは使えなくなりました。新しいコードをリクエストしてください。',
  passwordlessWrongCode:
    'サインインコードが正しくありません。最新のメールを確認して、もう一度お試しください。',
  changeEmail: '別のメールアドレスを使う',

  disableHeading: '2段階認証をオフにする',
  disableIntro:
    'アカウントはパスワードだけで保護されるようになります。パスワードを入力して確認してください。',
  disable: 'オフにする',
  disabling: 'オフにしています…',
  disableWrongPassword: 'パスワードが正しくありません。',

  'error.invalid_mfa_code': 'コードが正しくありません。確認してもう一度お試しください。',
  'error.code_expired': 'コードの有効期限が切れました。新しいコードをリクエストしてください。',
  'error.code_used':
    'このコードはすでに使われています。アプリに表示される次のコードを入力してください。',
  'error.code_replaced':
    '新しいコードを送信したため、このコードは使えなくなりました。最新のメールのコードを入力してください。',
  newestCodeOnly: '有効なのは最新のメールのコードだけです。',
  newestCodeOnlyIfEmail:
    'コードをメールで受け取っている場合、有効なのは最新のメールのコードだけです。',
  'error.code_not_requested':
    'このアドレスに有効なコードはありません。新しいコードをリクエストしてください。',
  'error.too_many_attempts':
    '間違ったコードが多すぎます。安全のため、しばらく待ってからもう一度お試しください。',
  'error.rate_limited':
    'コードを送信したばかりです。少し待ってから、もう一度リクエストしてください。',
  'error.invalid_credentials': 'メールアドレスまたはパスワードが正しくありません。',
  'error.mfa_already_enabled': '2段階認証はすでにオンです。',
  'error.mfa_setup_incomplete': '設定が完了していません。最初からやり直してください。',
  'error.mfa_not_enabled': '2段階認証はオフです。',
  'error.unauthorized': 'セッションが終了しました。もう一度サインインしてください。',
  'error.forbidden': 'この操作は許可されていません。',
  'error.validation_error': '入力内容を確認して、もう一度お試しください。',
  'error.server_error': 'サーバー側で問題が発生しました。もう一度お試しください。',
  'error.network': 'サーバーに接続できませんでした。接続を確認して、もう一度お試しください。',
  'error.offline': 'オフラインです。接続を確認してください。',
  'error.response': 'サーバーから読み取れない応答がありました。もう一度お試しください。',
  'error.generic': '問題が発生しました。もう一度お試しください。',

  setupHeading: '2段階認証を設定する',
  setupIntro: 'サインイン時に本人であることを確認する方法を選んでください。',
  channelLegend: '確認方法',
  recommendedBadge: '（推奨）',
  channelEmailDescription:
    'かんたん：サインインのたびにコードをメールでお送りします。アプリは不要です。',
  channelTotpDescription:
    'より安全：コードはスマートフォンのアプリに表示され、オフラインでも使え、メールに侵入した人にも読まれません。他の人のアクセス権を変更したり機密データを見たりできるアカウントに最適です。',
  channelRecommended: 'おすすめ',
  startSetup: '続ける',
  startingSetup: '開始しています…',

  totpHeading: '認証アプリを設定する',
  totpScan: 'このQRコードを認証アプリでスキャンしてください。',
  totpQrLabel: '認証アプリ用のQRコード',
  totpApps: '対応アプリ：',
  totpSupportedApps: [
    'Google Authenticator',
    'Authy',
    '1Password',
    'Bitwarden',
    'Microsoft Authenticator',
  ] as readonly string[],
  totpCantScan: 'スキャンできない場合は、キーを手動で入力',
  totpManualIntro: 'アプリでアカウントを追加し、次の情報を入力してください：',
  totpIssuer: 'サービス名',
  totpAccount: 'アカウント',
  copyIssuer: 'サービス名をコピー',
  copyAccount: 'アカウントをコピー',
  totpKey: 'キー',
  totpKeyType: '種類',
  totpKeyTypeValue: '時間ベース',
  copyKey: 'キーをコピー',
  totpRestarted:
    '設定をやり直したため、これは新しいキーです。以前に追加した項目のコードはもう使えません。その項目をアプリから削除してください。',
  totpCodeHint: 'アプリに表示された6桁のコードを入力してください。',
  enable: 'オンにする',
  enabling: 'オンにしています…',

  emailHeading: 'メールアドレスを確認する',
  emailSentTo: (address: string) => `${address} に6桁のコードを送信しました。`,
  emailSentToYou: 'メールアドレスに6桁のコードを送信しました。',
  emailCodeHint: 'メールに記載されたコードを入力してください。',

  done: '完了',
  setupDoneHeading: '2段階認証がオンになりました',
  setupDoneText: (channel: string) => `サインイン時にコード（${channel}）の入力を求められます。`,

  settingsHeading: '2段階認証',
  statusLabel: '状態',
  statusOn: 'オン',
  statusOff: 'オフ',
  methodLabel: '方法',
  backupRemainingLabel: 'バックアップコードの残り',
  backupLow: (count: number) =>
    count === 0
      ? 'バックアップコードが残っていません。2段階認証を設定し直すと、新しいコードを受け取れます。'
      : `バックアップコードは残り${formatNumber(locale, count)}個です。2段階認証を設定し直すと、新しいコードを受け取れます。`,
  backupUnconfirmed:
    'バックアップコードを保存したことがまだ確認されていません。コードがないと、スマートフォンやメールを失ったときにサインインできなくなるおそれがあります。',
  backupNewCodes: '新しいバックアップコードを受け取る',
  backupNewCodesIntro:
    '新しいバックアップコードは、設定し直したときに発行されます。2段階認証を設定し直してください（今のコードは使えなくなります）。',
  settingsOffText: 'サインインに2つ目のステップを追加して、アカウントを保護しましょう。',
  turnOn: 'オンにする',
  switchMethod: '方法を切り替える',
  switchIntro:
    '方法を切り替えるには、2段階認証をオフにしてから設定し直してください。今のバックアップコードは使えなくなり、新しいコードが発行されます。',
  switchUnfinished:
    '2段階認証はオフです。方法の切り替えが完了していません。設定し直すまで、アカウントはパスワードだけで守られています。',
  switchFinish: '設定を完了する',
  turnOff: 'オフにする',
} satisfies MfaMessages;
