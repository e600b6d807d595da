import type { Locale } from '../../i18n/locales.ts';
import type { Checklist } from '../../schemas/checklist.ts';
import en from '../../content/checklist/en.json';
import es from '../../content/checklist/es.json';
import fr from '../../content/checklist/fr.json';
import zhHans from '../../content/checklist/zh-Hans.json';
import vi from '../../content/checklist/vi.json';
import ar from '../../content/checklist/ar.json';

/**
 * The program-selection checklist in every language, read from the same
 * `src/content/checklist/<lang>.json` files as the site's pages (the content
 * collection validates them at build time).
 */
export const CHECKLISTS: Readonly<Record<Locale, Checklist>> = { en, es, fr, 'zh-Hans': zhHans, vi, ar };

/** How many questions a language's checklist has. */
export const questionCount = (locale: Locale): number =>
  CHECKLISTS[locale].sections.reduce((sum, section) => sum + section.questions.length, 0);
