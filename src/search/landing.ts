/** Highlights the search terms on a page opened from a search result (`?highlight=…`). */
import { HIGHLIGHT_PARAM } from './bundle.ts';
import { highlightPage } from './highlight.ts';
import { highlightTerms } from './results.ts';
import { HIGHLIGHT_ATTRIBUTE } from './trigger-protocol.ts';

/** Marks the search terms the trigger took from the URL in the page body; returns how many were marked. */
export function highlightLanding(doc: Document): number {
  return highlightPage(doc, highlightTerms(doc.documentElement.getAttribute(HIGHLIGHT_ATTRIBUTE) ?? '', HIGHLIGHT_PARAM));
}
