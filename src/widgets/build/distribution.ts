import { Worker } from 'node:worker_threads';
import type { Package } from 'custom-elements-manifest/schema';
import type { WidgetFile } from './bundle.ts';

/** What the widgets integration publishes: the bundled files and the custom-elements manifest. */
export interface WidgetDistribution {
  readonly files: WidgetFile[];
  readonly manifest: Package;
}

/**
 * Builds the widget distribution (bundle.ts, manifest.ts) on a worker thread.
 * It needs nothing from the site's build and takes seconds of JavaScript
 * (Terser, and TypeScript for the manifest), so it runs beside Astro's work
 * instead of inside it. Rejects with the worker's error.
 */
export function distributeInWorker(root: URL): Promise<WidgetDistribution> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./distribution-worker.ts', import.meta.url), { workerData: { root: root.href } });
    worker.once('message', (distribution: WidgetDistribution) => {
      resolve(distribution);
      // esbuild's service may keep the thread alive; its work is done.
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The widget build's worker stopped (exit code ${code}) before it sent the widget files.`)));
  });
}
