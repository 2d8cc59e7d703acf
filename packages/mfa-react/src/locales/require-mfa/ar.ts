// Arabic strings of RequireMfa (right to left). Same keys as ../../require-mfa/messages.ts (a
// test checks).
import type { RequireMfaMessages } from '../../require-mfa/messages.ts';

export const messages = {
  checking: 'جارٍ التحقق من المصادقة الثنائية…',
  regionLabel: 'المصادقة الثنائية مطلوبة',
  needsTotp: 'تحتاج هذه الصفحة إلى تطبيق مصادقة. أعدّه للمتابعة.',
  needsEmail: 'تحتاج هذه الصفحة إلى رموز البريد الإلكتروني. أعدّها للمتابعة.',
  needsAny: 'تحتاج هذه الصفحة إلى المصادقة الثنائية. فعّلها للمتابعة.',
  switchToTotp:
    'تحتاج هذه الصفحة إلى تطبيق مصادقة، وأنت تستخدم رموز البريد الإلكتروني. أكّد كلمة المرور لإيقاف رموز البريد الإلكتروني، ثم أعدّ التطبيق.',
  switchToEmail:
    'تحتاج هذه الصفحة إلى رموز البريد الإلكتروني، وأنت تستخدم تطبيق مصادقة. أكّد كلمة المرور لإيقافه، ثم أعدّ رموز البريد الإلكتروني.',
  confirmBackupCodes:
    'تتطلب هذه الصفحة أن تكون رموزك الاحتياطية محفوظة في مكان آمن. فهي طريقك للدخول مجددًا إذا فقدت العامل الثاني.',
  confirmBackupCodesLabel: 'حفظت رموزي الاحتياطية',
  confirm: 'متابعة',
  retry: 'أعد المحاولة',
} satisfies RequireMfaMessages;
