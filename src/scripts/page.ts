/**
 * The one script every page loads up front: a thin entry that wires each
 * feature's page code. Built as a single self-contained module (see
 * Base.astro) so a first view costs one script request, not a chain of
 * shared chunks. Each feature keeps its own module; add a line here, not a
 * `<script>` in a component.
 */
import { installQuickExit } from '../quick-exit/exit.ts';
import { registerServiceWorker } from './offline.ts';
import { installSearchTrigger } from '../search/trigger.ts';
import { url } from '../routing/url.ts';

installQuickExit(document);
installSearchTrigger(document);
// After load, so the worker's install (it caches the help pages) never
// competes with the first view.
if (document.readyState === 'complete') registerServiceWorker(url(''));
else addEventListener('load', () => registerServiceWorker(url('')), { once: true });
