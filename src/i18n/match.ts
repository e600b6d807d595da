import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from './locales.ts';

/**
 * Regions where Chinese is usually written in Traditional script. We publish
 * only Simplified, so these still match `zh-Hans` (better than English), but
 * the explicit table documents the choice.
 */
const CHINESE_SCRIPT_BY_REGION: Record<string, 'Hans' | 'Hant'> = {
  CN: 'Hans', SG: 'Hans', MY: 'Hans', TW: 'Hant', HK: 'Hant', MO: 'Hant',
};

/**
 * Picks our locale for one BCP-47 language tag, or `undefined` if none fits.
 * Matching ignores case, then tries language+script, then the language alone.
 * @example
 * matchLocale('es-MX') // => 'es'
 * matchLocale('zh-SG') // => 'zh-Hans'
 * matchLocale('de')    // => undefined
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const parts = tag.trim().replace(/_/g, '-').split('-').filter(Boolean);
  const language = parts[0]?.toLowerCase();
  if (!language || !/^[a-z]{2,3}$/.test(language)) return undefined;
  const exact = LOCALE_CODES.find((code) => code.toLowerCase() === tag.trim().toLowerCase());
  if (exact) return exact;
  if (language === 'zh') {
    const script = parts.find((p) => p.length === 4);
    const region = parts.find((p) => p.length === 2 && p !== parts[0])?.toUpperCase();
    const resolved = script ? capitalize(script) : (region && CHINESE_SCRIPT_BY_REGION[region]) || 'Hans';
    const withScript = LOCALE_CODES.find((code) => code === `zh-${resolved}`);
    return withScript ?? LOCALE_CODES.find((code) => code.startsWith('zh'));
  }
  return LOCALE_CODES.find((code) => code.toLowerCase() === language);
}

/**
 * Picks the best locale for a list of preferred tags (e.g. `navigator.languages`),
 * falling back to the default locale.
 * @example
 * negotiateLocale(['de-DE', 'fr-CA']) // => 'fr'
 * negotiateLocale(['xx'])             // => 'en'
 */
export function negotiateLocale(preferred: readonly (string | null | undefined)[]): Locale {
  for (const tag of preferred) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}
