/**
 * Real search queries per language, in that language's script, with the page
 * each must find in its top three results. One table for the whole suite and
 * the benchmark.
 *
 * English queries target pages that exist now (the seed pages) and still
 * pass with the writers' full English library; the other languages target
 * topics by slug and NEED THEIR TRANSLATIONS: until `src/content/topics/<lang>/`
 * holds them, those locales' query tests fail (by design: nothing is skipped).
 * They were checked against the translation branches' wording (tr-*): if a
 * title's wording changes, adjust the query to what a reader would type.
 */
import type { Locale } from '../../src/i18n/locales.ts';

/** A query and the slug ('' for the locale's home) it must find in the top three. */
export interface SearchQuery {
  readonly query: string;
  readonly slug: string;
}

/** Four or more queries per locale. */
export const SEARCH_QUERIES: Readonly<Record<Locale, readonly SearchQuery[]>> = {
  en: [
    { query: 'what is an intensive outpatient program', slug: 'what-is-an-iop' },
    { query: 'get help now', slug: 'help' },
    { query: 'about this library', slug: 'about' },
    { query: 'glossary', slug: 'glossary' },
  ],
  es: [
    { query: 'terapia de grupo', slug: 'group-therapy' },
    { query: 'terapia familiar', slug: 'family-therapy' },
    { query: 'primera evaluación', slug: 'initial-assessment' },
    { query: 'seguro médico y costos', slug: 'cost-and-insurance' },
    { query: 'acreditación', slug: 'accreditation-and-credentials' },
  ],
  fr: [
    { query: 'thérapie de groupe', slug: 'group-therapy' },
    { query: 'thérapie cognitivo-comportementale', slug: 'cognitive-behavioral-therapy' },
    { query: 'thérapie familiale', slug: 'family-therapy' },
    { query: 'première évaluation', slug: 'initial-assessment' },
    { query: 'assurance et coût', slug: 'cost-and-insurance' },
  ],
  'zh-Hans': [
    { query: '团体治疗', slug: 'group-therapy' },
    { query: '认知行为疗法', slug: 'cognitive-behavioral-therapy' },
    { query: '家庭治疗', slug: 'family-therapy' },
    { query: '保险和费用', slug: 'cost-and-insurance' },
    { query: '强化门诊治疗项目', slug: 'what-is-an-iop' },
  ],
  vi: [
    { query: 'trị liệu nhóm', slug: 'group-therapy' },
    { query: 'liệu pháp nhận thức hành vi', slug: 'cognitive-behavioral-therapy' },
    { query: 'trị liệu gia đình', slug: 'family-therapy' },
    { query: 'đánh giá ban đầu', slug: 'initial-assessment' },
    { query: 'bảo hiểm và chi phí', slug: 'cost-and-insurance' },
  ],
  ar: [
    { query: 'العلاج الجماعي', slug: 'group-therapy' },
    { query: 'العلاج السلوكي المعرفي', slug: 'cognitive-behavioral-therapy' },
    { query: 'العلاج الأسري', slug: 'family-therapy' },
    { query: 'التقييم الأولي', slug: 'initial-assessment' },
    { query: 'التكلفة والتأمين', slug: 'cost-and-insurance' },
  ],
};
