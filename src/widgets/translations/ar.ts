import type { WidgetTranslation } from './index.ts';

/** Arabic widget strings (right to left). */
const ar: WidgetTranslation = {
  'cta.label': 'اتصل الآن',
  'cta.call': 'اتصل بـ {number}',
  'cta.text': 'راسل {number}',
  'cta.crisis': 'في الأزمات: خط 988 للانتحار والأزمات',
  'cta.helpline': 'خط المساعدة الوطني SAMHSA، مجاني، على مدار الساعة',
  'checklist.title': 'أسئلة تطرحها على البرنامج',
  'checklist.progress': '{done} من {total}',
  'checklist.name': 'اسم البرنامج',
  'checklist.program': 'البرنامج {n}',
  'checklist.add': 'أضف برنامجاً',
  'checklist.remove': 'إزالة {name}',
  'checklist.print': 'طباعة',
  'checklist.reset': 'مسح الكل',
  'checklist.notSaved': 'لم يُحفظ: هذا المتصفح يمنع التخزين.',
};

export default ar;
