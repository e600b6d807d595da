/**
 * A language's name in another language, for sentences such as "Save every
 * page in español": from `Intl`, so no translator has to write 36 names.
 * Falls back to the tag itself where `Intl.DisplayNames` is missing.
 * @example
 * languageName('es', 'es') // => 'español'
 * languageName('fr', 'en') // => 'French'
 */
export function languageName(tag: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
