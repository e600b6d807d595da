/**
 * Loads a module script into the page, for features whose code waits until
 * it is needed (search, the offline panel). Calling it again for the same
 * address costs nothing: a module is fetched and run once per page.
 */
export function loadModule(doc: Document, src: string): void {
  doc.head.append(Object.assign(doc.createElement('script'), { type: 'module', src }));
}
