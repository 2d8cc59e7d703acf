// Arabic (right to left). Same keys as the English map in ../messages.ts (`satisfies` checks
// them). Arabic has six plural forms; `Intl.PluralRules` picks among them.
import { type DemoMessages, formatNumber, plural } from '../messages.ts';

const locale = 'ar';

export const messages = {
  documentTitle: 'عرض Auth Block MFA التوضيحي',
  skipToContent: 'انتقل إلى المحتوى',
  brandSub: 'عرض Auth Block MFA التوضيحي',
  badgeMock: 'خادم محاكاة داخل الصفحة',
  badgeMockReference: 'خادم محاكاة داخل الصفحة (صيغة مرجع الواجهة البرمجية)',
  badgeRemote: 'الواجهة البرمجية: {host}',
  language: 'اللغة',
  theme: 'المظهر',
  themeSystem: 'النظام',
  themeLight: 'فاتح',
  themeDark: 'داكن',
  signOut: 'تسجيل الخروج',
  pagesNav: 'الصفحات',
  pageSecurity: 'الأمان',
  pageAdmin: 'الإدارة',
  loadingAdmin: 'جارٍ تحميل صفحة الإدارة…',
  welcome: 'مرحبًا بك في Northwind',
  signInIntro: 'سجّل الدخول بكلمة المرور، أو اطلب رمزًا لمرة واحدة يصلك بالبريد الإلكتروني.',
  signInMethod: 'طريقة تسجيل الدخول',
  usePassword: 'استخدام كلمة المرور',
  emailMeCode: 'أرسل لي رمزًا',
  demoAccount: 'الحساب التجريبي',
  email: 'البريد الإلكتروني',
  password: 'كلمة المرور',
  demoAccountNote:
    'المصادقة الثنائية متوقفة في البداية. تظهر الرموز المرسلة بالبريد الإلكتروني في صندوق بريد المحاكاة.',
  tenantAdmin: 'مسؤول المؤسسة',
  tenantAdminNote:
    'يرى صفحة الإدارة (اعتماد المصادقة متعددة العوامل بين مستخدمي المحاكاة الـ 250) بعد إعداد تطبيق مصادقة.',
  signedInAs: 'أنت مسجّل الدخول باسم {email}.',
  goToSecurity: 'الانتقال إلى الأمان',
  securityIntro:
    'مسجّل الدخول باسم {email}. أضف خطوة ثانية إلى تسجيل الدخول حتى لا تكفي كلمة مرور مسروقة.',
  adminIntro:
    'مسجّل الدخول باسم {email}. يستخدم المسؤولون هنا تطبيق مصادقة، كما ينصح دليل Auth Block. هذه الشاشة تطلبه (RequireMfa بوابة للشاشة فقط)؛ والخادم وحده يستطيع منع البيانات عن رمز دخول بدونه.',
  mockPanel: 'خادم المحاكاة',
  mockHeading: 'يعمل على خادم المحاكاة داخل الصفحة',
  mockIntro:
    'يعمل الخادم المرجعي داخل هذه الصفحة (عامل الخدمة الخاص بـ msw). يُحفظ مستخدموه ورموزه ورسائله وساعته في هذا المتصفح، لذا لا تغيّر إعادة التحميل شيئًا.',
  resetDemo: 'إعادة ضبط بيانات العرض',
  mockRealApi: 'ابنِ التطبيق مع {url} و{key} لاستخدام واجهة Auth Block برمجية حقيقية أو {mock}.',
  inboxHeading: 'صندوق بريد المحاكاة',
  inboxIntro:
    'كل رسالة أرسلها خادم المحاكاة، الأحدث أولًا، مع رمزها. الخادم الحقيقي يرسلها بالبريد الإلكتروني.',
  inboxChecking: 'جارٍ التحقق…',
  inboxEmpty: 'لا توجد رسائل بعد.',
  inboxCount: (count: number, shown: number) => {
    const emails = plural(locale, count, {
      zero: 'لا رسائل',
      one: 'رسالة واحدة',
      two: 'رسالتان',
      few: '# رسائل',
      many: '# رسالة',
      other: '# رسالة',
    });
    return count > shown ? `${emails}، تظهر أحدث ${formatNumber(locale, shown)} منها` : emails;
  },
  inboxList: 'الرسائل، الأحدث أولًا',
  inboxTo: 'إلى {to} · {time}',
  inboxCode: 'الرمز:',
} satisfies DemoMessages;
