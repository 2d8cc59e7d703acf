// Arabic strings of the step-up dialog and the clock hint. Same keys as ../../step-up/messages.ts (a test checks).

import type { StepUpMessages } from '../../step-up/messages.ts';
import { formatDuration } from '../format.ts';

export const messages = {
  heading: 'أكّد هويتك',
  codeIntro: 'للمتابعة، أدخل الرمز المكوّن من 6 أرقام من تطبيق المصادقة.',
  backupIntro: 'للمتابعة، أدخل أحد رموزك الاحتياطية. سيُستهلك الرمز.',
  passwordIntro: 'للمتابعة، سجّل الدخول مجددًا: كلمة المرور أولًا، ثم العامل الثاني.',
  passwordLabel: 'كلمة المرور',
  confirm: 'تأكيد',
  confirming: 'جارٍ التأكيد…',
  cancel: 'إلغاء',
  useBackupCode: 'استخدام رمز احتياطي بدلًا من ذلك',
  useAppCode: 'استخدام الرمز من تطبيقك',
  missingPassword: 'أدخل كلمة المرور.',
  missingCode: 'أدخل الرمز.',
  wrongAccount: 'كلمة المرور هذه لحساب آخر. سجّل الدخول بحسابك للمتابعة.',
  stepUpRequired: 'يُرجى تأكيد هويتك مرة أخرى.',
  actionFailed: 'تم تأكيد هويتك، لكن الإجراء لم يكتمل.',
  clockHint:
    'تعتمد رموز تطبيق المصادقة على وقت هاتفك: إذا تقدّمت ساعته أو تأخرت دقيقة أو أكثر، فسيكون كل رمز خاطئًا. فعّل التاريخ والوقت التلقائيين (Android: الإعدادات › النظام › التاريخ والوقت › ضبط الوقت تلقائيًا؛ iPhone: الإعدادات › عام › التاريخ والوقت › الضبط تلقائيًا). وفي Google Authenticator على Android يوجد أيضًا: الإعدادات › تصحيح الوقت للرموز › المزامنة الآن.',
  clockSkew: (minutes: number, isAhead: boolean) =>
    `ساعة هذا الجهاز ${isAhead ? 'متقدمة' : 'متأخرة'} بنحو ${formatDuration('ar', minutes, 'minute')}. إذا كان تطبيق المصادقة على هذا الجهاز، فصحّح وقته أولًا.`,
} satisfies StepUpMessages;
