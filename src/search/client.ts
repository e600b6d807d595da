/**
 * The search client a page loads on first use (the trigger adds it as a
 * module script): it opens the dialog when asked, and highlights the search
 * terms on a page opened from a result. Built as one self-contained file.
 */
import { openSearchDialog } from './dialog.ts';
import { highlightLanding } from './landing.ts';
import { OPEN_EVENT, REQUEST_ATTRIBUTE } from './trigger-protocol.ts';
import clientCss from './client.css?inline';

/** Opens the dialog if the trigger asked for it, and clears the request. */
function openIfRequested(doc: Document): void {
  const root = doc.documentElement;
  if (!root.hasAttribute(REQUEST_ATTRIBUTE)) return;
  root.removeAttribute(REQUEST_ATTRIBUTE);
  void openSearchDialog(doc);
}

// The rules for what the client shows come with it, not in every page's
// stylesheet. A constructed stylesheet is not an inline <style>: the page's
// CSP needs no hash for it.
const sheet = new CSSStyleSheet();
sheet.replaceSync(clientCss);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
highlightLanding(document);
document.addEventListener(OPEN_EVENT, () => openIfRequested(document));
openIfRequested(document);
