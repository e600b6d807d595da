/**
 * The one script every page loads up front: a thin entry that wires each
 * feature's page code. Built as a single self-contained module (see
 * Base.astro) so a first view costs one script request, not a chain of
 * shared chunks. Each feature keeps its own module; add a line here, not a
 * `<script>` in a component.
 */
import { installQuickExit } from '../quick-exit/exit.ts';
import { startOffline } from '../offline/start.ts';
import { installSearchTrigger } from '../search/trigger.ts';
import { url } from '../routing/url.ts';

installQuickExit(document);
installSearchTrigger(document);
// After load, so offline work never competes with the first view.
if (document.readyState === 'complete') startOffline(document, url(''));
else addEventListener('load', () => startOffline(document, url('')), { once: true });
