import type { PasswordResetMessageKey } from './messages.js';

/** The Arabic texts of `<emx-password-reset>`, loaded when an element first speaks Arabic. */
export default {
  'password-reset.heading': 'إعادة تعيين كلمة المرور',
  'password-reset.intro': 'أدخل عنوان البريد الإلكتروني الذي تسجّل الدخول به، وسنرسل إليك رابطًا لاختيار كلمة مرور جديدة.',
  'password-reset.email': 'عنوان البريد الإلكتروني',
  'password-reset.request': 'إرسال الرابط',
  'password-reset.requesting': 'جارٍ الإرسال…',
  'password-reset.back_to_login': 'العودة إلى تسجيل الدخول',
  'password-reset.requested_heading': 'تحقّق من بريدك الوارد',
  'password-reset.requested': 'إذا كان هناك حساب مسجّل بالعنوان {email}، فقد أرسلنا إليه رابطًا لاختيار كلمة مرور جديدة.',
  'password-reset.requested_hint': 'قد يستغرق وصول الرسالة بضع دقائق. إن لم تصل، يُرجى البحث في مجلد الرسائل غير المرغوب فيها أو إرسالها مرة أخرى.',
  'password-reset.send_again': 'إعادة إرسال الرابط',
  'password-reset.sending_again': 'جارٍ الإرسال…',
  'password-reset.sent_again': 'إذا كان هناك حساب مسجّل بالعنوان {email}، فقد أرسلنا رابطًا جديدًا. الرابط الأحدث وحده يعمل.',
  'password-reset.other_email': 'استخدام عنوان بريد إلكتروني آخر',
  'password-reset.new_password_heading': 'اختيار كلمة مرور جديدة',
  'password-reset.new_password': 'كلمة المرور الجديدة',
  'password-reset.confirmation': 'تكرار كلمة المرور الجديدة',
  'password-reset.save': 'حفظ كلمة المرور الجديدة',
  'password-reset.saving': 'جارٍ الحفظ…',
  'password-reset.request_new_link': 'طلب رابط جديد',
  'password-reset.completed_heading': 'تم تغيير كلمة المرور',
  'password-reset.completed': 'يمكنك الآن تسجيل الدخول بكلمة المرور الجديدة.',
  'password-reset.sign_in': 'تسجيل الدخول',
  'password-reset.not_configured': 'إعادة تعيين كلمة المرور غير متاحة على هذه الصفحة بعد.',
  'password-reset.error.invalid_token':
    'لم يعد بالإمكان استخدام هذا الرابط: فقد انتهت صلاحيته، أو سبق استخدامه، أو أُرسل رابط أحدث منه. يُرجى طلب رابط جديد.',
} satisfies Record<PasswordResetMessageKey, string>;
