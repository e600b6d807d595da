/**
 * Offline, in a language that is not saved, search cannot run: after saying
 * so, the search box links to the search page of each language saved on
 * this phone (read from the offline record), built with DOM calls.
 */
import { LOCALES } from '../i18n/locales.ts';
import { readState } from '../offline/state.ts';
import { joinBase, localePath } from '../routing/paths.ts';

/** Shows links to the saved languages' search pages under the search box (none when nothing is saved). */
export async function offerSavedLanguages(root: HTMLElement, base: string): Promise<void> {
  const doc = root.ownerDocument;
  const saved = 'caches' in doc.defaultView! ? Object.keys((await readState(caches, base)).saved) : [];
  const hint = root.querySelector('[data-search-offline]') ?? root.appendChild(Object.assign(doc.createElement('p'), { className: 'search__offline' }));
  hint.setAttribute('data-search-offline', '');
  hint.replaceChildren(
    ...LOCALES.filter((l) => saved.includes(l.code)).flatMap((l, i) => {
      const link = doc.createElement('a');
      link.href = joinBase(base, localePath(l.code, 'search'));
      link.lang = l.tag;
      link.dir = l.dir;
      link.textContent = l.name;
      return i === 0 ? [link] : [doc.createTextNode(' · '), link];
    }),
  );
}
