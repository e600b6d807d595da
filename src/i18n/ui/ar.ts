/**
 * Arabic UI strings. Keys come from `en.ts`; a missing key falls back to English.
 * This file holds the search keys (`search.*`); the translators' file adds the rest.
 */
import type { UITranslation } from './index.ts';

export default {
  'search.dialogTitle': 'ابحث في المكتبة',
  'search.inputLabel': 'ابحث عن موضوع',
  'search.placeholder': 'مثلًا: العلاج الجماعي',
  'search.submit': 'بحث',
  'search.close': 'إغلاق',
  'search.instructions': 'اكتب بضع كلمات. استخدم مفتاحَي السهم لأعلى ولأسفل لاختيار نتيجة، ومفتاح Enter لفتحها، ومفتاح Esc للإغلاق.',
  'search.filterLabel': 'الفئة',
  'search.resultsLabel': 'النتائج',
  'search.count': 'عدد النتائج: {count}',
  'search.none': 'لم نجد شيئًا عن «{query}». جرّب كلمات أخرى، أو تصفّح كل المواضيع.',
  'search.noneInLanguage': 'لم نجد نتائج بالعربية. إليك نتائج باللغة الإنجليزية.',
  'search.loading': 'جارٍ البحث…',
  'search.error': 'البحث لا يعمل الآن. يمكنك تصفّح كل المواضيع.',
  'search.pageTitle': 'بحث',
  'search.pageDescription': 'ابحث في المكتبة بكلماتك، أو تصفّح كل المواضيع حسب الفئة.',
  'search.browseTitle': 'كل المواضيع',
  'search.noScript': 'يحتاج البحث إلى JavaScript، وهو متوقف في متصفحك. كل المواضيع مذكورة أدناه.',
  'search.inEnglish': '(بالإنجليزية)',
  'search.otherPages': 'صفحات أخرى',
} satisfies UITranslation;
