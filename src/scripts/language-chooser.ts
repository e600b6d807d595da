import { negotiateLocale } from '../i18n/match.ts';

/**
 * Points out the language that matches the browser's preferences on the
 * chooser page, and moves it first. Links keep working without this.
 */
export function markSuggestedLanguage(doc: Document, preferred: readonly string[]): void {
  const locale = negotiateLocale(preferred);
  const link = doc.querySelector<HTMLAnchorElement>(`[data-language-chooser] a[data-locale="${CSS.escape(locale)}"]`);
  const item = link?.closest('li');
  if (!link || !item) return;
  item.classList.add('is-suggested');
  item.querySelector<HTMLElement>('.chooser__suggested')?.removeAttribute('hidden');
  link.setAttribute('aria-describedby', 'suggested-language');
  item.querySelector('.chooser__suggested')?.setAttribute('id', 'suggested-language');
  item.parentElement?.prepend(item);
}
