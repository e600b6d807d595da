/** Highlights the search terms on a page opened from a search result (`?highlight=…`). */
import { HIGHLIGHT_PARAM } from './bundle.ts';
import { highlightPage } from './highlight.ts';
import { highlightTerms } from './results.ts';

/** Marks the URL's search terms in the page body; returns how many were marked. */
export function highlightLanding(doc: Document): number {
  return highlightPage(doc, highlightTerms(doc.location.search, HIGHLIGHT_PARAM));
}
