/**
 * Real search queries per language, in that language's script, with the page
 * each must find in its top three results (full or partial matches, as a
 * reader sees them). One table for the whole suite and the benchmark (which
 * times the first two of each language).
 *
 * Each language has at least ten: titles, questions, everyday words and
 * synonyms that only the topic's `searchTerms` hold, and one misspelling
 * (marked). They target the topics that exist now; when a page's wording or
 * its `searchTerms` change, adjust the query to what a reader would type.
 */
import type { Locale } from '../../src/i18n/locales.ts';

/** A query and the slug ('' for the locale's home) it must find in the top three. */
export interface SearchQuery {
  readonly query: string;
  readonly slug: string;
}

/** Ten or more queries per locale. */
export const SEARCH_QUERIES: Readonly<Record<Locale, readonly SearchQuery[]>> = {
  en: [
    { query: 'what is an intensive outpatient program', slug: 'what-is-an-iop' },
    { query: 'get help now', slug: 'help' },
    { query: 'about this library', slug: 'about' },
    { query: 'glossary', slug: 'glossary' },
    { query: 'talk to my boss', slug: 'balancing-work-and-treatment' },
    { query: 'can I keep my job', slug: 'balancing-work-and-treatment' },
    { query: 'how much does it cost', slug: 'cost-and-insurance' },
    { query: 'does medicaid pay', slug: 'cost-and-insurance' },
    { query: 'AA meetings', slug: 'support-groups' },
    { query: 'yoga', slug: 'holistic-therapies' },
    { query: 'relapse prevention', slug: 'education-and-skills' },
    { query: 'outpatiant rehab', slug: 'what-is-an-iop' }, // misspelling
    { query: 'is this program legit', slug: 'accreditation-and-credentials' },
    { query: 'first appointment', slug: 'initial-assessment' },
    { query: 'one on one therapist', slug: 'individual-counseling' },
    { query: 'online sessions at night', slug: 'schedule-and-location' },
    { query: 'what happens after rehab ends', slug: 'aftercare-planning' },
    { query: 'negative thoughts', slug: 'cognitive-behavioral-therapy' },
    { query: 'nervous about group', slug: 'group-therapy' },
    { query: 'I feel lonely', slug: 'building-support' },
    { query: 'narcan', slug: 'overdose-and-withdrawal-safety' },
    { query: 'suboxone or methadone', slug: 'medications-in-treatment' },
    { query: 'is my treatment confidential', slug: 'privacy-of-treatment-records' },
    { query: 'can they fire me for going to rehab', slug: 'your-rights-at-work' },
    { query: 'program for my teenage son', slug: 'iop-for-teens-and-young-adults' },
    { query: 'therapy on zoom from home', slug: 'telehealth-iop' },
    { query: 'dialetical behavior therapy', slug: 'dialectical-behavior-therapy' }, // misspelling
  ],
  es: [
    { query: 'terapia de grupo', slug: 'group-therapy' },
    { query: 'terapia familiar', slug: 'family-therapy' },
    { query: 'primera evaluación', slug: 'initial-assessment' },
    { query: 'seguro médico y costos', slug: 'cost-and-insurance' },
    { query: 'acreditación', slug: 'accreditation-and-credentials' },
    { query: '¿cuánto cuesta?', slug: 'cost-and-insurance' },
    { query: 'aseguranza', slug: 'cost-and-insurance' },
    { query: 'terapia familar', slug: 'family-therapy' }, // misspelling
    { query: 'cómo hablar con mi jefe', slug: 'balancing-work-and-treatment' },
    { query: 'puedo seguir trabajando', slug: 'balancing-work-and-treatment' },
    { query: 'reuniones de Alcohólicos Anónimos', slug: 'support-groups' },
    { query: 'pensamientos negativos', slug: 'cognitive-behavioral-therapy' },
    { query: 'clases de yoga', slug: 'holistic-therapies' },
    { query: 'qué hago después del tratamiento', slug: 'aftercare-planning' },
    { query: 'horario por la noche', slug: 'schedule-and-location' },
    { query: '¿es para mí?', slug: 'who-can-benefit' },
    { query: 'prevención de recaídas', slug: 'education-and-skills' },
    { query: 'hablar con un psicólogo a solas', slug: 'individual-counseling' },
    { query: 'me siento sola', slug: 'building-support' },
    { query: 'naloxona', slug: 'overdose-and-withdrawal-safety' },
    { query: 'suboxone y metadona', slug: 'medications-in-treatment' },
    { query: 'privasidad de mi expediente', slug: 'privacy-of-treatment-records' }, // misspelling
    { query: 'me pueden despedir', slug: 'your-rights-at-work' },
    { query: 'mi hijo adolescente', slug: 'iop-for-teens-and-young-adults' },
    { query: 'terapia en linea', slug: 'telehealth-iop' },
    { query: 'terapia dialectica', slug: 'dialectical-behavior-therapy' },
  ],
  fr: [
    { query: 'thérapie de groupe', slug: 'group-therapy' },
    { query: 'thérapie cognitivo-comportementale', slug: 'cognitive-behavioral-therapy' },
    { query: 'thérapie familiale', slug: 'family-therapy' },
    { query: 'première évaluation', slug: 'initial-assessment' },
    { query: 'assurance et coût', slug: 'cost-and-insurance' },
    { query: 'assurance maladie', slug: 'cost-and-insurance' },
    { query: 'combien ça coûte ?', slug: 'cost-and-insurance' },
    { query: 'assurence', slug: 'cost-and-insurance' }, // misspelling
    { query: 'parler à mon patron', slug: 'balancing-work-and-treatment' },
    { query: 'réunions des Alcooliques anonymes', slug: 'support-groups' },
    { query: 'pensées négatives', slug: 'cognitive-behavioral-therapy' },
    { query: 'cours de yoga', slug: 'holistic-therapies' },
    { query: 'que faire après la cure', slug: 'aftercare-planning' },
    { query: 'séances le soir', slug: 'schedule-and-location' },
    { query: 'est-ce pour moi ?', slug: 'who-can-benefit' },
    { query: 'prévention de la rechute', slug: 'education-and-skills' },
    { query: 'voir un psy seul', slug: 'individual-counseling' },
    { query: 'je me sens seul', slug: 'building-support' },
    { query: 'naloxone', slug: 'overdose-and-withdrawal-safety' },
    { query: 'méthadone', slug: 'medications-in-treatment' },
    { query: 'secret médical', slug: 'privacy-of-treatment-records' },
    { query: 'mes droits au travail', slug: 'your-rights-at-work' },
    { query: 'programme pour mon ado', slug: 'iop-for-teens-and-young-adults' },
    { query: 'thérapie en visio', slug: 'telehealth-iop' },
    { query: 'térapie dialectique', slug: 'dialectical-behavior-therapy' }, // misspelling
  ],
  'zh-Hans': [
    { query: '团体治疗', slug: 'group-therapy' },
    { query: '认知行为疗法', slug: 'cognitive-behavioral-therapy' },
    { query: '家庭治疗', slug: 'family-therapy' },
    { query: '保险和费用', slug: 'cost-and-insurance' },
    { query: '强化门诊治疗项目', slug: 'what-is-an-iop' },
    { query: '怎么跟老板说', slug: 'balancing-work-and-treatment' },
    { query: '被开除', slug: 'balancing-work-and-treatment' },
    { query: '要花多少钱', slug: 'cost-and-insurance' },
    { query: '医保能报销吗', slug: 'cost-and-insurance' },
    { query: '匿名戒酒会', slug: 'support-groups' },
    { query: '负面想法', slug: 'cognitive-behavioral-therapy' },
    { query: '瑜伽课', slug: 'holistic-therapies' },
    { query: '治疗结束后怎么办', slug: 'aftercare-planning' },
    { query: '适合我吗', slug: 'who-can-benefit' },
    { query: '预防复发', slug: 'education-and-skills' },
    { query: '心里咨询', slug: 'individual-counseling' }, // misspelling (心里 for 心理, a common slip of the pinyin keyboard)
    { query: '我很孤独', slug: 'building-support' },
    { query: '第一次评估问什么', slug: 'initial-assessment' },
    { query: '纳洛酮', slug: 'overdose-and-withdrawal-safety' },
    { query: '美沙同', slug: 'medications-in-treatment' }, // misspelling (同 for 酮, same pinyin)
    { query: '家人会知道吗', slug: 'privacy-of-treatment-records' },
    { query: '公司能开除我吗', slug: 'your-rights-at-work' },
    { query: '青春期的孩子', slug: 'iop-for-teens-and-young-adults' },
    { query: '网上治疗', slug: 'telehealth-iop' },
    { query: '辩证行为疗法', slug: 'dialectical-behavior-therapy' },
  ],
  vi: [
    { query: 'trị liệu nhóm', slug: 'group-therapy' },
    { query: 'liệu pháp nhận thức hành vi', slug: 'cognitive-behavioral-therapy' },
    { query: 'trị liệu gia đình', slug: 'family-therapy' },
    { query: 'đánh giá ban đầu', slug: 'initial-assessment' },
    { query: 'bảo hiểm và chi phí', slug: 'cost-and-insurance' },
    { query: 'tốn bao nhiêu tiền', slug: 'cost-and-insurance' },
    { query: 'bảo hiễm y tế', slug: 'cost-and-insurance' }, // misspelling (ngã for hỏi)
    { query: 'nói với sếp', slug: 'balancing-work-and-treatment' },
    { query: 'họp nhóm AA', slug: 'support-groups' },
    { query: 'suy nghĩ tiêu cực', slug: 'cognitive-behavioral-therapy' },
    { query: 'lớp yoga', slug: 'holistic-therapies' },
    { query: 'sau khi điều trị xong', slug: 'aftercare-planning' },
    { query: 'có hợp với tôi không', slug: 'who-can-benefit' },
    { query: 'phòng ngừa tái nghiện', slug: 'education-and-skills' },
    { query: 'gặp bác sĩ tâm lý riêng', slug: 'individual-counseling' },
    { query: 'tôi thấy cô đơn', slug: 'building-support' },
    { query: 'IOP là gì', slug: 'what-is-an-iop' },
    { query: 'narcan', slug: 'overdose-and-withdrawal-safety' },
    { query: 'quá liệu', slug: 'overdose-and-withdrawal-safety' }, // misspelling (nặng for hỏi)
    { query: 'thuốc cai nghiện', slug: 'medications-in-treatment' },
    { query: 'bảo mật hồ sơ', slug: 'privacy-of-treatment-records' },
    { query: 'quyền lợi người lao động', slug: 'your-rights-at-work' },
    { query: 'con tôi tuổi teen', slug: 'iop-for-teens-and-young-adults' },
    { query: 'trị liệu qua zoom', slug: 'telehealth-iop' },
    { query: 'kiểm soát cảm xúc', slug: 'dialectical-behavior-therapy' },
  ],
  ar: [
    { query: 'العلاج الجماعي', slug: 'group-therapy' },
    { query: 'العلاج السلوكي المعرفي', slug: 'cognitive-behavioral-therapy' },
    { query: 'العلاج الأسري', slug: 'family-therapy' },
    { query: 'التقييم الأولي', slug: 'initial-assessment' },
    { query: 'التكلفة والتأمين', slug: 'cost-and-insurance' },
    { query: 'كم يكلف البرنامج', slug: 'cost-and-insurance' },
    { query: 'التامين الصحي', slug: 'cost-and-insurance' }, // misspelling (no hamza)
    { query: 'كيف أتكلم مع المدير', slug: 'balancing-work-and-treatment' },
    { query: 'اجتماعات مدمنو الكحول المجهولون', slug: 'support-groups' },
    { query: 'الأفكار السلبية', slug: 'cognitive-behavioral-therapy' },
    { query: 'دروس اليوغا', slug: 'holistic-therapies' },
    { query: 'ماذا بعد انتهاء العلاج', slug: 'aftercare-planning' },
    { query: 'جلسات في المساء', slug: 'schedule-and-location' },
    { query: 'هل يناسبني البرنامج', slug: 'who-can-benefit' },
    { query: 'منع الانتكاس', slug: 'education-and-skills' },
    { query: 'جلسة فردية مع معالج نفسي', slug: 'individual-counseling' },
    { query: 'أشعر بالوحدة', slug: 'building-support' },
    { query: 'ما هو برنامج العلاج الخارجي المكثف', slug: 'what-is-an-iop' },
    { query: 'ناركان', slug: 'overdose-and-withdrawal-safety' },
    { query: 'الجرعة الزائده', slug: 'overdose-and-withdrawal-safety' }, // misspelling (ه for ة)
    { query: 'سوبوكسون', slug: 'medications-in-treatment' },
    { query: 'هل سيعرف المدير', slug: 'privacy-of-treatment-records' },
    { query: 'هل يمكن فصلي من العمل', slug: 'your-rights-at-work' },
    { query: 'ابني المراهق', slug: 'iop-for-teens-and-young-adults' },
    { query: 'علاج اونلاين', slug: 'telehealth-iop' },
    { query: 'إيذاء النفس', slug: 'dialectical-behavior-therapy' },
  ],
};
