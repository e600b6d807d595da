/**
 * How the tiny trigger talks to the search client it loads: it sets an
 * attribute on `<html>` (so a request made while the client is still loading
 * is not lost) and fires an event (for requests after it has loaded).
 */

/** Set on `<html>` while a request to open search is pending. */
export const REQUEST_ATTRIBUTE = 'data-search-requested';

/**
 * Set on `<html>` by the trigger: the highlight terms it took out of the
 * address bar (`highlight=a&highlight=b`), for the client to mark.
 */
export const HIGHLIGHT_ATTRIBUTE = 'data-search-highlight';

/** Fired on `document` when the reader asks to open search. */
export const OPEN_EVENT = 'iop-search-open';
