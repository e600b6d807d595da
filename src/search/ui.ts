/**
 * The search box: a combobox with a listbox of results, a category filter,
 * and a polite status line. Used in the dialog and on the search page. It
 * reads its strings and paths from `data-*` attributes that the server
 * renders (already translated and base-aware), and builds every node with DOM
 * calls: nothing from the query, the URL or the index is parsed as HTML.
 */
import { interpolate } from '../i18n/translate.ts';
import { HIGHLIGHT_PARAM, QUERY_PARAM, RESULT_LIMIT } from './bundle.ts';
import { instanceFor, loadPagefind, type EngineConfig, type PagefindInstance } from './engine.ts';
import { isMoveKey, nextActive } from './listbox.ts';
import { needsPartial, queryWords, rankWithPartial } from './partial.ts';
import { offerSavedLanguages } from './offline-hint.ts';
import { categoryFilter, isInSection, toSearchItem, withHighlight, type SearchItem } from './results.ts';

/** What the search box can be asked to do from outside. */
export interface SearchBox {
  /** Runs a search now (and shows the query in the box). */
  run(query: string): Promise<void>;
  /** Focuses the text field and selects its text. */
  focus(): void;
  /** Resolves when the last search has been shown. */
  readonly settled: () => Promise<void>;
}

/** Strings and paths the server put on the root element. */
function readConfig(root: HTMLElement) {
  const d = root.dataset;
  return {
    engine: { bundleUrl: d['bundle'] ?? '', baseUrl: d['base'] ?? '/', } satisfies EngineConfig,
    tag: d['lang'] ?? 'en',
    section: d['section'] ?? '/',
    englishSection: d['englishSection'] ?? '/en/',
    msg: {
      count: d['msgCount'] ?? '',
      none: d['msgNone'] ?? '',
      noneInLanguage: d['msgNoneInLanguage'] ?? '',
      loading: d['msgLoading'] ?? '',
      error: d['msgError'] ?? '',
      offline: d['msgOffline'] ?? '',
      inEnglish: d['msgInEnglish'] ?? '',
      countWithPartial: d['msgCountWithPartial'] ?? '',
      partial: d['msgPartial'] ?? '',
    },
  };
}

/** A result as the list shows it: `partial` when the page has only some of the query's words. */
type ShownItem = SearchItem & { readonly partial: boolean };

/**
 * Wires the search UI inside `root`. `syncUrl` keeps the category filter in
 * the address bar (search page); the query never goes there, so history keeps
 * no search terms.
 */
export function mountSearch(root: HTMLElement, options: { syncUrl?: boolean } = {}): SearchBox {
  const doc = root.ownerDocument;
  const config = readConfig(root);
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const list = root.querySelector<HTMLElement>('[data-search-results]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="category"]')];
  // A listbox only with JavaScript: without it the list stays an empty, hidden <ul>.
  list.setAttribute('role', 'listbox');

  let native: PagefindInstance | undefined;
  let english: PagefindInstance | undefined;
  const module = loadPagefind(config.engine.bundleUrl).then((mod) => {
    native = instanceFor(mod, doc, config.tag, config.engine);
    return mod;
  });
  let items: ShownItem[] = [];
  let active = -1;
  let sequence = 0;
  let last: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const category = () => radios.find((r) => r.checked)?.value ?? '';
  const say = (text: string) => {
    status.textContent = text;
  };

  const setActive = (index: number) => {
    const options = [...list.children] as HTMLElement[];
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    active = index;
    const option = options[index];
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const render = (found: ShownItem[], lang: string | undefined) => {
    items = found;
    list.replaceChildren(
      ...found.map((item, i) => {
        const option = doc.createElement('li');
        option.id = `${list.id}-${i}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.className = 'search-result';
        option.dataset['url'] = item.url;
        if (lang) option.lang = lang;
        const title = doc.createElement('span');
        title.className = 'search-result__title';
        title.textContent = item.title;
        option.append(title);
        if (lang) {
          const marker = doc.createElement('span');
          marker.className = 'search-result__lang';
          marker.lang = config.tag;
          marker.textContent = config.msg.inEnglish;
          option.append(marker);
        }
        if (item.partial) {
          const marker = doc.createElement('span');
          marker.className = 'search-result__partial';
          marker.lang = config.tag;
          marker.textContent = config.msg.partial;
          option.append(marker);
        }
        if (item.category) {
          const label = doc.createElement('span');
          label.className = 'search-result__category';
          label.textContent = item.category;
          option.append(label);
        }
        const excerpt = doc.createElement('span');
        excerpt.className = 'search-result__excerpt';
        for (const segment of item.excerpt) {
          if (segment.mark) {
            const mark = doc.createElement('mark');
            mark.textContent = segment.text;
            excerpt.append(mark);
          } else excerpt.append(segment.text);
        }
        option.append(excerpt);
        option.addEventListener('click', () => go(i));
        return option;
      }),
    );
    list.hidden = found.length === 0;
    input.setAttribute('aria-expanded', String(found.length > 0));
    setActive(-1);
  };

  const go = (index: number) => {
    const item = items[index];
    if (item) doc.defaultView?.location.assign(item.url);
  };

  /**
   * The top results of an instance, split into this locale's pages and English
   * pages. With fewer than three full matches, pages that have most of the
   * words follow, marked `partial` (one search per word; see partial.ts).
   */
  const top = async (instance: PagefindInstance, query: string, mine: number) => {
    const filters = { filters: categoryFilter(category()) };
    const full = (await instance.search(query, filters))?.results ?? [];
    const words = queryWords(query);
    const perWord =
      mine === sequence && needsPartial(full.length, words.length)
        ? await Promise.all(words.map(async (word) => (await instance.search(word, filters))?.results ?? []))
        : [];
    // A newer search has started: do not load this one's fragments.
    const ranked = mine === sequence ? rankWithPartial(full, perWord, RESULT_LIMIT) : [];
    // Each language has its own index, so its results are all in its section;
    // only a language without an index yet gets English ones (from Pagefind's fallback).
    const data = await Promise.all(ranked.map(async (r) => ({ data: await r.hit.data(), partial: r.partial })));
    const pick = (section: string): ShownItem[] =>
      data
        .filter((d) => isInSection(d.data.url, section))
        .map((d) => ({ ...toSearchItem({ ...d.data, url: withHighlight(d.data.url, query, HIGHLIGHT_PARAM) }), partial: d.partial }));
    return { own: pick(config.section), english: pick(config.englishSection) };
  };

  /** The status line for a list: how many results have all the words, and how many only some. */
  const countMessage = (found: readonly ShownItem[]) => {
    const partial = found.filter((item) => item.partial).length;
    const count = found.length - partial;
    return partial > 0 ? interpolate(config.msg.countWithPartial, { count, partial }) : interpolate(config.msg.count, { count });
  };

  const search = async (query: string) => {
    const mine = ++sequence;
    const trimmed = query.trim();
    if (options.syncUrl) {
      const url = new URL(doc.location.href);
      url.searchParams.delete(QUERY_PARAM);
      const cat = category();
      if (cat) url.searchParams.set('category', cat);
      else url.searchParams.delete('category');
      doc.defaultView?.history.replaceState(null, '', url);
    }
    if (!trimmed) {
      render([], undefined);
      say('');
      return;
    }
    say(config.msg.loading);
    try {
      const mod = await module;
      const first = await top(native!, trimmed, mine);
      let found = first.own;
      let lang: string | undefined;
      if (found.length === 0 && config.section !== config.englishSection) {
        // Nothing in the reader's language: offer English, labelled. When this
        // language has no index yet, Pagefind already searched English.
        lang = 'en';
        found = first.english;
        if (found.length === 0) {
          english ??= instanceFor(mod, doc, 'en', config.engine);
          // Offline, English may not be saved: then there is simply nothing in English.
          found = (await top(english, trimmed, mine).catch(() => ({ english: [] }))).english;
        }
      }
      if (mine !== sequence) return;
      render(found, lang);
      if (found.length === 0) say(interpolate(config.msg.none, { query: trimmed }));
      else if (lang) say(`${config.msg.noneInLanguage} ${countMessage(found)}`);
      else say(countMessage(found));
    } catch (error) {
      if (mine !== sequence) return;
      console.error(error);
      render([], undefined);
      if (doc.defaultView?.navigator.onLine === false) {
        say(config.msg.offline);
        void offerSavedLanguages(root, config.engine.baseUrl);
      } else say(config.msg.error);
    }
  };

  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      last = search(input.value);
    }, delay);
  };

  input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) schedule(120);
  });
  input.addEventListener('compositionend', () => schedule(0));
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    if (isMoveKey(event.key) && (event.key === 'ArrowDown' || event.key === 'ArrowUp' || active >= 0)) {
      if (items.length === 0) return;
      event.preventDefault();
      setActive(nextActive(active, items.length, event.key));
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      go(active);
    } else if (event.key === 'Escape' && options.syncUrl && input.value) {
      event.preventDefault();
      input.value = '';
      schedule(0);
    }
  });
  form.addEventListener('submit', (event) => {
    if (!options.syncUrl) return;
    event.preventDefault();
    clearTimeout(timer);
    last = search(input.value);
  });
  for (const radio of radios) radio.addEventListener('change', () => schedule(0));

  return {
    run(query: string) {
      input.value = query;
      clearTimeout(timer);
      last = search(query);
      return last;
    },
    focus() {
      setActive(-1);
      input.focus();
      input.select();
    },
    settled: () => last,
  };
}
