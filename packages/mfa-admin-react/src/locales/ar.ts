// Arabic admin strings (right to left). Same keys as the English map in ../messages.ts (a
// test checks every catalogue). Counts are put after a colon where Arabic would otherwise
// change the noun with the number; where a noun follows a number, `Intl.PluralRules`
// picks among Arabic's six forms.
import { formatNumber, plural } from '@authblock/mfa-react';
import type { AdminMessages } from '../messages.ts';

const locale = 'ar';
const n = (count: number) => formatNumber(locale, count);
/** "N or more times" and "N or more wrong codes", in Arabic's six plural forms. */
const times = (count: number) =>
  plural(locale, count, {
    one: 'مرة واحدة أو أكثر',
    two: 'مرتين أو أكثر',
    few: '# مرات أو أكثر',
    many: '# مرة أو أكثر',
    other: '# مرة أو أكثر',
  });
const codes = (count: number) =>
  plural(locale, count, {
    one: 'رمز خاطئ واحد أو أكثر',
    two: 'رمزان خاطئان أو أكثر',
    few: '# رموز خاطئة أو أكثر',
    many: '# رمزًا خاطئًا أو أكثر',
    other: '# رمز خاطئ أو أكثر',
  });

export const messages = {
  title: 'اعتماد المصادقة الثنائية',
  roleFilter: 'الدور',
  allRoles: 'كل الأدوار',
  rangeFilter: 'الفترة',
  ranges: { '30d': 'آخر 30 يومًا', '90d': 'آخر 90 يومًا', '12m': 'آخر 12 شهرًا' },
  loadingUsers: (loaded: number, total: number | null) =>
    total === null ? 'جارٍ تحميل المستخدمين…' : `تم تحميل المستخدمين: ${n(loaded)} من ${n(total)}`,
  loadingEvents: (loaded: number, total: number | null) =>
    total === null
      ? 'جارٍ تحميل أحداث التدقيق…'
      : `تم تحميل أحداث التدقيق: ${n(loaded)} من ${n(total)}`,
  forbidden: 'لا يرى هذه الصفحة إلا مسؤولو المستأجر. سجّل الدخول بحساب مالك أو مسؤول.',
  failed: 'تعذّر تحميل بيانات المستأجر.',
  retry: 'أعد المحاولة',
  emptyTenant: 'لا يوجد مستخدمون في هذا المستأجر بعد.',
  noMfaFields:
    'سجلات المستخدمين من هذا الخادم لا تحتوي على الحقل mfa_enabled، لذا لا يمكن قياس الاعتماد (وهو ليس 0٪). اطلب من Auth Block تضمين mfa_enabled وmfa_channel في سجلات المستخدمين.',
  adoption: 'الاعتماد',
  adoptionDetail: (enabled: number, people: number) =>
    `المصادقة الثنائية مفعّلة لدى ${n(enabled)} من أصل ${plural(locale, people, {
      one: 'شخص واحد',
      two: 'شخصين',
      few: '# أشخاص',
      many: '# شخصًا',
      other: '# شخص',
    })}`,
  peopleNote:
    'لا تُحتسب الحسابات المخصصة للـ API: فالدليل يقول إن المصادقة الثنائية لا تنطبق عليها.',
  channels: {
    totp: 'تطبيق المصادقة',
    email: 'رموز البريد الإلكتروني',
    off: 'غير مفعّلة',
    unknown: 'غير معروف',
  },
  overTime: 'الاعتماد عبر الزمن',
  overTimeSummary: (from: string, to: string, first: string, last: string) =>
    `انتقل الاعتماد من ${first} في ${from} إلى ${last} في ${to}.`,
  channelSplit: 'الطرق',
  channelSummary: (totp: number, email: number, off: number) =>
    `تطبيق المصادقة: ${n(totp)}. رموز البريد الإلكتروني: ${n(email)}. المصادقة الثنائية غير مفعّلة: ${n(off)}.`,
  byRole: 'الاعتماد حسب الدور',
  recommendation: 'نصيحة الدليل',
  advice: {
    totp: 'شجّع بقوة على TOTP (تطبيق المصادقة)',
    email: 'شجّع على رموز البريد الإلكتروني كبداية سهلة',
    not_applicable: 'المصادقة الثنائية لا تنطبق: استخدم رموز الخدمة',
  },
  gapsTitle: 'المالكون والمسؤولون بلا تطبيق مصادقة',
  gapsEmpty: 'كل المالكين والمسؤولين يستخدمون تطبيق مصادقة.',
  backupTitle: 'تسجيلات الدخول برمز احتياطي',
  backupIntro: (uses: number) =>
    `كثرة الاستخدام (${times(uses)}) قد تعني أن أحدهم فقد الجهاز الذي عليه تطبيق المصادقة.`,
  backupEmpty: 'لم يسجّل أحد الدخول برمز احتياطي في هذه الفترة.',
  failuresTitle: 'محاولات فاشلة متكررة',
  failuresIntro: (failures: number) => `${codes(failures)} خلال ساعة.`,
  failuresEmpty: 'لا توجد محاولات فاشلة متكررة في هذه الفترة.',
  churnTitle: 'تفعيل وإيقاف متكرر',
  churnIntro: (disables: number) => `إيقاف المصادقة الثنائية ${times(disables)}.`,
  churnEmpty: 'لا يوجد تفعيل وإيقاف متكرر في هذه الفترة.',
  burstsTitle: 'موجات من المحاولات الفاشلة',
  burstsIntro: (failures: number, people: number) =>
    `${codes(failures)} من ${plural(locale, people, {
      one: 'شخص واحد أو أكثر',
      two: 'شخصين أو أكثر',
      few: '# أشخاص أو أكثر',
      many: '# شخصًا أو أكثر',
      other: '# شخص أو أكثر',
    })} خلال ساعة.`,
  burstsEmpty: 'لا توجد موجات في هذه الفترة.',
  exportCsv: 'تصدير CSV',
  showTable: 'عرض كجدول',
  showChart: 'عرض كرسم بياني',
  columns: {
    role: 'الدور',
    users: 'المستخدمون',
    rate: 'الاعتماد',
    email: 'البريد الإلكتروني',
    name: 'الاسم',
    channel: 'الطريقة',
    uses: 'مرات الاستخدام',
    lastUse: 'آخر استخدام',
    failures: 'المحاولات الفاشلة',
    first: 'الأولى',
    last: 'الأخيرة',
    locked: 'مقفل',
    disables: 'مرات الإيقاف',
    enables: 'مرات التفعيل',
    start: 'البداية',
    people: 'الأشخاص',
    addresses: 'عناوين IP',
    date: 'التاريخ',
    count: 'العدد',
    time: 'الوقت',
    action: 'الإجراء',
    actor: 'المستخدم',
    status: 'الحالة',
    details: 'التفاصيل',
    ip: 'عنوان IP',
  },
  yes: 'نعم',
  no: 'لا',
  notApplicable: '—',
  eventsTitle: 'أحداث التدقيق',
  eventsListTitle: 'الأحداث في هذه الصفحة',
  actionFilter: 'الإجراء',
  allActions: 'كل أحداث المصادقة الثنائية وتسجيل الدخول',
  statusFilter: 'الحالة',
  anyStatus: 'الكل',
  success: 'نجاح',
  failure: 'فشل',
  actorFilter: 'البريد الإلكتروني للمستخدم',
  fromFilter: 'من',
  toFilter: 'إلى',
  apply: 'تطبيق عوامل التصفية',
  previous: 'السابق',
  next: 'التالي',
  pageOf: (page: number, pages: number) => `الصفحة ${n(page)} من ${n(Math.max(1, pages))}`,
  eventsCount: (total: number) =>
    plural(locale, total, {
      zero: 'لا توجد أحداث',
      one: 'حدث واحد',
      two: 'حدثان',
      few: '# أحداث',
      many: '# حدثًا',
      other: '# حدث',
    }),
  eventsEmpty: 'لا توجد أحداث تطابق عوامل التصفية هذه.',
  // The count after a colon: the noun does not change with the number.
  exportAllEvents: (total: number) => `تصدير كل الأحداث بصيغة CSV: ${n(total)}`,
  exportingEvents: (loaded: number, total: number | null) =>
    total === null
      ? 'جارٍ تصدير أحداث التدقيق…'
      : `جارٍ التصدير: تمت قراءة ${n(loaded)} من ${n(total)} من أحداث التدقيق`,
  exportFailed: 'توقف التصدير: تعذّرت قراءة أحداث التدقيق.',
  cancel: 'إلغاء',
  loading: 'جارٍ التحميل…',
  recordMfa: 'التحقق بخطوتين',
  mfaOn: 'مفعّل',
  recordChannel: 'الطريقة',
  recordLastSignIn: 'آخر تسجيل دخول',
  recordNever: 'أبدًا',
  recordEvents: 'أحدث أحداث التحقق بخطوتين',
  recordEventsEmpty: 'لا توجد أحداث تحقق بخطوتين لهذا الشخص بعد.',
  recordFailed: 'تعذّر تحميل سجل هذا الشخص.',
  close: 'إغلاق',
  roleNames: {
    owner: 'المالك',
    admin: 'المسؤول',
    member: 'عضو',
    'api-only': 'واجهة برمجة فقط',
    '(no role)': 'بلا دور',
  },
  actionNames: {
    'user.login': 'سجّل الدخول',
    'session.revoked': 'انتهت الجلسة',
    'mfa.setup': 'بدأ الإعداد',
    'mfa.enabled': 'فُعّل التحقق بخطوتين',
    'mfa.disabled': 'أُوقف التحقق بخطوتين',
    'mfa.challenge': 'طُلب رمز',
    'mfa.email_sent': 'أُرسل رمز بالبريد',
    'mfa.verified': 'قُبل الرمز',
    'mfa.failed': 'رُفض الرمز',
    'mfa.replay_rejected': 'رُفض رمز مستخدم',
    'mfa.backup_code_used': 'استُخدم رمز احتياطي',
    'mfa.locked': 'قُفل بعد رموز خاطئة',
    'passwordless.code_sent': 'أُرسل رمز الدخول بالبريد',
  },
  detailNames: {
    channel: 'الطريقة',
    method: 'المستخدَم',
    context: 'الخطوة',
    reason: 'السبب',
    purpose: 'الغرض',
    mfa_used: 'استُخدم التحقق بخطوتين',
  },
  detailValues: {
    totp: 'تطبيق المصادقة',
    email: 'رمز البريد',
    backup_code: 'رمز احتياطي',
    password: 'كلمة المرور',
    passwordless: 'رمز دخول بالبريد',
    setup: 'الإعداد',
    enable: 'التفعيل',
    verify: 'التأكيد',
    sign_in: 'تسجيل الدخول',
    mfa: 'رمز التحقق',
    invalid: 'رمز خاطئ',
    expired: 'رمز منتهي الصلاحية',
    replayed: 'رمز مستخدم من قبل',
    locked: 'مقفل',
    true: 'نعم',
    false: 'لا',
  },
} satisfies AdminMessages;
