// Arabic (right to left). Same keys as the English map in ../../provider/messages.ts (a test checks
// every catalogue). Arabic has six plural forms; `Intl.PluralRules` picks among them.
import type { MfaMessages } from '../../provider/messages.ts';
import { formatClock, formatDuration, formatNumber, plural, waitDuration } from '../format.ts';

const locale = 'ar';

export const messages = {
  codeLabel: 'رمز التحقق',
  backupCodeLabel: 'الرمز الاحتياطي',
  codeHint: 'أدخل الرمز المكوّن من 6 أرقام.',
  backupCodeHint: 'أدخل أحد رموزك الاحتياطية. يتم تجاهل المسافات والشرطات.',
  verify: 'تحقّق',
  verifying: 'جارٍ التحقق…',
  continue: 'متابعة',
  cancel: 'إلغاء',
  back: 'رجوع',
  retry: 'إعادة المحاولة',
  loading: 'جارٍ التحميل…',
  copy: 'نسخ',
  copied: 'تم النسخ',
  copyFailed: 'تعذّر النسخ. حدّد النص وانسخه بنفسك.',
  countdown: (seconds: number) => formatClock(locale, seconds),
  resendIn: (time: string) => `إعادة إرسال الرمز بعد ${time}`,
  resend: 'إعادة إرسال الرمز',
  resending: 'جارٍ الإرسال…',
  codeResent: 'رمز جديد في الطريق إليك.',
  emailNewCode: 'أرسل لي رمزًا جديدًا بالبريد الإلكتروني',
  codeResentIfEmail: 'إن كانت رموزك تصلك بالبريد الإلكتروني، فهناك رمز جديد في الطريق إليك.',
  lockedOut: (time: string) => `يمكنك المحاولة مجددًا بعد ${time}.`,
  lockedOutFor: (seconds: number) =>
    `محاولات كثيرة جدًا. حاول مجددًا بعد ${waitDuration(locale, seconds)}.`,
  lockoutOver: 'يمكنك المحاولة مجددًا الآن.',
  attemptsLeft: (count: number) =>
    plural(locale, count, {
      zero: 'لم تتبقَّ أي محاولة.',
      one: 'تبقّت محاولة واحدة.',
      two: 'تبقّت محاولتان.',
      few: 'تبقّت # محاولات.',
      many: 'تبقّت # محاولة.',
      other: 'تبقّت # محاولة.',
    }),
  codeDigitsOnly: 'الرمز أرقام فقط: تجاهل الحقل كل ما عداها.',
  backupCodeCharactersOnly: 'الرمز الاحتياطي حروف وأرقام فقط: تجاهل الحقل كل ما عداها.',
  codeIncomplete: (count: number) =>
    `يتكوّن الرمز من ${formatNumber(locale, count)} أرقام: أدخلها كلها. لم يُرسَل شيء.`,
  backupCodeIncomplete: (count: number) =>
    `يتكوّن الرمز الاحتياطي من ${formatNumber(locale, count)} حروف أو أرقام: أدخلها كلها. لم يُرسَل شيء.`,

  channelTotp: 'تطبيق المصادقة',
  channelEmail: 'البريد الإلكتروني',

  backupHeading: 'احفظ رموزك الاحتياطية',
  backupIntro:
    'إذا فقدت هاتفك أو تعذّر عليك الوصول إلى بريدك الإلكتروني، فسجّل الدخول بأحد هذه الرموز. يعمل كل رمز مرة واحدة فقط.',
  backupOnce: 'لن تُعرض مرة أخرى.',
  backupListLabel: 'الرموز الاحتياطية',
  backupStoreAdvice:
    'احفظها في مدير كلمات مرور أو اطبعها. لا تحفظها على الجهاز نفسه الذي عليه تطبيق المصادقة.',
  copyAll: 'نسخ الكل',
  download: 'تنزيل ملف ‎.txt',
  print: 'طباعة',
  backupConfirm: 'لقد حفظت هذه الرموز',
  backupConfirmRequired: 'أكّد أنك حفظت رموزك الاحتياطية للمتابعة.',
  backupFileName: 'backup-codes.txt',
  backupFileTitle: 'الرموز الاحتياطية للمصادقة الثنائية',
  backupFileNote: 'يعمل كل رمز مرة واحدة فقط. احفظ هذا الملف في مكان آمن.',
  backupFileApp: 'التطبيق',
  backupFileAccount: 'الحساب',
  backupFileDate: 'تاريخ الإنشاء',

  challengeHeading: 'المصادقة الثنائية',
  challengeTotpHint: 'أدخل الرمز المكوّن من 6 أرقام من تطبيق المصادقة.',
  challengeAnyCodeHint:
    'أدخل الرمز المكوّن من 6 أرقام من تطبيق المصادقة، أو من أحدث رسالة إن كانت رموزك تصلك بالبريد الإلكتروني.',
  switchToAnyCode: 'استخدم رمز التطبيق أو البريد الإلكتروني بدلًا من ذلك',
  challengeEmailHint: (address: string) =>
    `أدخل الرمز المكوّن من 6 أرقام الذي أرسلناه إلى ${address}.`,
  challengeEmailHintGeneric: 'أدخل الرمز المكوّن من 6 أرقام الذي أرسلناه إلى بريدك الإلكتروني.',
  emailExpiry: (minutes: number) =>
    `تنتهي صلاحية الرمز بعد ${formatDuration(locale, minutes, 'minute')}.`,
  switchToBackupCode: 'استخدم رمزًا احتياطيًا بدلًا من ذلك',
  switchToChannelCode: (channel: string) => `استخدم رمز ${channel} بدلًا من ذلك`,
  challengeEmailSecondCode: (address: string) =>
    `أرسلنا رمزًا ثانيًا مختلفًا إلى ${address}. ستجده في صندوق الوارد نفسه الذي وصل إليه رمز تسجيل الدخول الذي استخدمته للتو: أدخل أحدث رمز.`,
  challengeEmailSecondCodeGeneric:
    'أرسلنا رمزًا ثانيًا مختلفًا إلى صندوق الوارد نفسه الذي وصل إليه رمز تسجيل الدخول الذي استخدمته للتو: أدخل أحدث رمز.',
  signedIn: 'تم تسجيل الدخول.',

  backupNudge: (remaining: number) =>
    `سجّلت الدخول برمز احتياطي — المتبقي ${formatNumber(locale, remaining)}.`,
  backupNudgeTotp: 'هل تريد إعداد تطبيق المصادقة من جديد؟',
  backupNudgeEmail: 'هل تريد إعداد الرموز عبر البريد الإلكتروني من جديد؟',
  backupNudgeAny: 'هل تريد إعداد المصادقة الثنائية من جديد؟',
  backupNudgeAction: 'إعداد من جديد',
  dismiss: 'إغلاق',

  signInHeading: 'تسجيل الدخول',
  emailLabel: 'البريد الإلكتروني',
  passwordLabel: 'كلمة المرور',
  signIn: 'تسجيل الدخول',
  signingIn: 'جارٍ تسجيل الدخول…',
  fillCredentials: 'أدخل بريدك الإلكتروني وكلمة المرور.',
  fillEmail: 'أدخل عنوان بريدك الإلكتروني.',
  fillPassword: 'أدخل كلمة المرور.',
  fillCode: 'أدخل الرمز.',
  passwordlessHeading: 'تسجيل الدخول برمز عبر البريد الإلكتروني',
  passwordlessIntro: 'سنرسل إليك رمز تسجيل الدخول عبر البريد الإلكتروني.',
  sendCode: 'أرسل لي رمزًا',
  sendingCode: 'جارٍ الإرسال…',
  passwordlessCodeHeading: 'تحقّق من بريدك الإلكتروني',
  passwordlessCodeSent: (email: string) =>
    `إذا كان هناك حساب للعنوان ${email}، فقد أرسلنا إليه رمز تسجيل الدخول.`,
  passwordlessCodeLabel: 'رمز تسجيل الدخول',
  passwordlessCodeCleared: 'رموز خاطئة كثيرة جدًا، لذا لم يعد هذا الرمز صالحًا. اطلب رمزًا جديدًا.',
  passwordlessWrongCode: 'رمز تسجيل الدخول هذا غير صحيح. تحقّق من أحدث رسالة وحاول مجددًا.',
  changeEmail: 'استخدم بريدًا إلكترونيًا آخر',

  disableHeading: 'إيقاف المصادقة الثنائية',
  disableIntro: 'سيكون حسابك محميًا بكلمة المرور وحدها. أكّد ذلك بكلمة المرور.',
  disable: 'إيقاف',
  disabling: 'جارٍ الإيقاف…',
  disableWrongPassword: 'كلمة المرور هذه غير صحيحة.',

  'error.invalid_mfa_code': 'هذا الرمز غير صحيح. تحقّق منه وحاول مجددًا.',
  'error.code_expired': 'انتهت صلاحية هذا الرمز. اطلب رمزًا جديدًا.',
  'error.code_used': 'سبق استخدام هذا الرمز. أدخل الرمز التالي الذي يعرضه تطبيقك.',
  'error.code_replaced': 'أُرسل رمز أحدث، لذا لم يعد هذا الرمز صالحًا. أدخل الرمز من أحدث رسالة.',
  newestCodeOnly: 'لا يعمل إلا الرمز الموجود في أحدث رسالة.',
  newestCodeOnlyIfEmail: 'إذا كانت رموزك تصلك بالبريد الإلكتروني، فلا يعمل إلا رمز أحدث رسالة.',
  'error.code_not_requested': 'لا يوجد رمز بانتظار هذا العنوان. اطلب رمزًا جديدًا.',
  'error.too_many_attempts': 'رموز خاطئة كثيرة جدًا. لحمايتك، انتظر قبل المحاولة مجددًا.',
  'error.rate_limited': 'أُرسل رمز قبل لحظات. انتظر قليلًا قبل طلب رمز آخر.',
  'error.invalid_credentials': 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
  'error.mfa_already_enabled': 'المصادقة الثنائية مفعّلة بالفعل.',
  'error.mfa_setup_incomplete': 'لم يكتمل الإعداد. ابدأ من جديد.',
  'error.mfa_not_enabled': 'المصادقة الثنائية متوقفة.',
  'error.unauthorized': 'انتهت جلستك. سجّل الدخول مجددًا.',
  'error.forbidden': 'غير مسموح لك بذلك.',
  'error.validation_error': 'تحقّق مما أدخلته وحاول مجددًا.',
  'error.server_error': 'حدث خطأ من جهتنا. حاول مجددًا.',
  'error.network': 'تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مجددًا.',
  'error.offline': 'أنت غير متصل بالإنترنت — تحقّق من اتصالك.',
  'error.response': 'أرسل الخادم ردًا لم نتمكن من قراءته. حاول مجددًا.',
  'error.generic': 'حدث خطأ ما. حاول مجددًا.',

  setupHeading: 'إعداد المصادقة الثنائية',
  setupIntro: 'اختر كيف ستؤكد هويتك عند تسجيل الدخول.',
  channelLegend: 'طريقة التحقق',
  recommendedBadge: '(موصى به)',
  channelEmailDescription:
    'أبسط: نرسل إليك رمزًا عبر البريد الإلكتروني عند تسجيل الدخول. لا حاجة إلى تطبيق.',
  channelTotpDescription:
    'أقوى: تأتي الرموز من تطبيق على هاتفك، وتعمل دون اتصال، ولا يستطيع قراءتها من يدخل إلى بريدك الإلكتروني. الأفضل إذا كان حسابك يستطيع تغيير صلاحيات الآخرين أو الاطلاع على بيانات حساسة.',
  channelRecommended: 'موصى به',
  startSetup: 'متابعة',
  startingSetup: 'جارٍ البدء…',

  totpHeading: 'إعداد تطبيق المصادقة',
  totpScan: 'امسح رمز QR هذا بتطبيق المصادقة.',
  totpQrLabel: 'رمز QR لتطبيق المصادقة',
  totpApps: 'يعمل مع:',
  totpSupportedApps: [
    'Google Authenticator',
    'Authy',
    '1Password',
    'Bitwarden',
    'Microsoft Authenticator',
  ] as readonly string[],
  totpCantScan: 'لا يمكنك المسح؟ أدخل المفتاح يدويًا',
  totpManualIntro: 'في تطبيقك، أضف حسابًا وأدخل هذه البيانات:',
  totpIssuer: 'اسم الخدمة',
  totpAccount: 'الحساب',
  copyIssuer: 'نسخ اسم الخدمة',
  copyAccount: 'نسخ الحساب',
  totpKey: 'المفتاح',
  totpKeyType: 'النوع',
  totpKeyTypeValue: 'مستند إلى الوقت',
  copyKey: 'نسخ المفتاح',
  totpRestarted:
    'بدأ الإعداد من جديد، لذا هذا مفتاح جديد. لم تعد رموز الإدخال الذي أضفته سابقًا تعمل: احذف ذلك الإدخال من تطبيقك.',
  totpCodeHint: 'أدخل الرمز المكوّن من 6 أرقام الذي يعرضه تطبيقك.',
  enable: 'تفعيل',
  enabling: 'جارٍ التفعيل…',

  emailHeading: 'أكّد بريدك الإلكتروني',
  emailSentTo: (address: string) => `أرسلنا رمزًا مكوّنًا من 6 أرقام إلى ${address}.`,
  emailSentToYou: 'أرسلنا رمزًا مكوّنًا من 6 أرقام إلى عنوان بريدك الإلكتروني.',
  emailCodeHint: 'أدخل الرمز الوارد في الرسالة.',

  done: 'تم',
  setupDoneHeading: 'المصادقة الثنائية مفعّلة',
  setupDoneText: (channel: string) => `سيُطلب منك رمز (${channel}) عند تسجيل الدخول.`,

  settingsHeading: 'المصادقة الثنائية',
  statusLabel: 'الحالة',
  statusOn: 'مفعّلة',
  statusOff: 'متوقفة',
  methodLabel: 'الطريقة',
  backupRemainingLabel: 'الرموز الاحتياطية المتبقية',
  backupLow: (count: number) =>
    count === 0
      ? 'لم يتبقَّ لديك أي رمز احتياطي. أعد إعداد المصادقة الثنائية للحصول على رموز جديدة.'
      : `${plural(locale, count, {
          one: 'تبقّى رمز احتياطي واحد فقط.',
          two: 'تبقّى رمزان احتياطيان فقط.',
          few: 'تبقّت # رموز احتياطية فقط.',
          many: 'تبقّى # رمزًا احتياطيًا فقط.',
          other: 'تبقّى # رمز احتياطي فقط.',
        })} أعد إعداد المصادقة الثنائية للحصول على رموز جديدة.`,
  backupUnconfirmed:
    'لم تؤكد بعد أنك حفظت رموزك الاحتياطية. من دونها، قد يمنعك فقدان هاتفك أو بريدك الإلكتروني من الدخول إلى حسابك.',
  backupNewCodes: 'الحصول على رموز احتياطية جديدة',
  backupNewCodesIntro:
    'تأتي الرموز الاحتياطية الجديدة مع إعداد جديد: أعد إعداد المصادقة الثنائية (وستتوقف رموزك الحالية عن العمل).',
  settingsOffText: 'أضف خطوة ثانية إلى تسجيل الدخول لحماية حسابك.',
  turnOn: 'تفعيل',
  switchMethod: 'تغيير الطريقة',
  switchIntro:
    'لتغيير الطريقة، أوقف المصادقة الثنائية ثم أعد إعدادها. ستتوقف رموزك الاحتياطية الحالية عن العمل وستحصل على رموز جديدة.',
  switchUnfinished:
    'المصادقة الثنائية متوقفة: لم يكتمل تغيير الطريقة. إلى أن تعيد إعدادها، لا تحمي حسابك إلا كلمة المرور.',
  switchFinish: 'إكمال الإعداد',
  turnOff: 'إيقاف',
} satisfies MfaMessages;
