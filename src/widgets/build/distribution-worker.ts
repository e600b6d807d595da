/** Worker thread entry of `distributeInWorker`: builds the distribution for `workerData.root` and posts it. */
import { parentPort, workerData } from 'node:worker_threads';
import { bundleWidgets } from './bundle.ts';
import type { WidgetDistribution } from './distribution.ts';
import { widgetManifest } from './manifest.ts';

const root = new URL((workerData as { root: string }).root);
const [files, manifest] = await Promise.all([bundleWidgets(root), widgetManifest(root)]);
parentPort!.postMessage({ files, manifest } satisfies WidgetDistribution);
