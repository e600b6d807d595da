/**
 * What the quick exit erases before it leaves: everything this site stored
 * in the browser. The site's origin holds only the site, so each store is
 * emptied whole (every cache, every worker registration, every key, every
 * database), not picked through by name: a key a future feature adds is
 * erased too.
 *
 * The steps run side by side and the exit waits for them up to a cap
 * (`CLEAN_UP_CAP_MS`), then leaves whatever happens. No DOM here beyond the
 * storage interfaces, which tests replace with plain objects.
 *
 * Before the caches are swept, each service worker is asked to stop writing
 * and to say when what it was writing has landed: a response still arriving
 * would otherwise be stored after the sweep.
 *
 * To erase something new, add a step to `siteCleanUpSteps`.
 */
import { LEAVING_MESSAGE } from './leaving.ts';

/** How long the exit waits for the clean-up before it leaves anyway. Chromium finishes in tens of milliseconds (see the site tests). */
export const CLEAN_UP_CAP_MS = 1000;

/** One thing to erase: a name for reports and tests, and the work. */
export interface CleanUpStep {
  readonly name: string;
  run(): unknown;
}

/** What became of each step when the exit stopped waiting. */
export interface CleanUpOutcome {
  readonly done: string[];
  readonly failed: string[];
  /** Steps still running when the cap passed. */
  readonly unfinished: string[];
}

/** The browser storage the clean-up reaches; `window` has this shape, and every member may be missing. */
export interface SiteStorage {
  readonly caches?: Pick<CacheStorage, 'keys' | 'delete'>;
  readonly navigator?: { readonly serviceWorker?: WorkerContainer };
  readonly localStorage?: Pick<Storage, 'clear'>;
  readonly sessionStorage?: Pick<Storage, 'clear'>;
  readonly indexedDB?: Pick<IDBFactory, 'databases' | 'deleteDatabase'>;
}

/** The registrations the clean-up reaches, and the workers in them it asks to stop writing. */
export interface WorkerContainer {
  getRegistrations(): Promise<readonly WorkerRegistration[]>;
}
export interface WorkerRegistration {
  readonly installing: MessageTarget | null;
  readonly waiting: MessageTarget | null;
  readonly active: MessageTarget | null;
  unregister(): Promise<boolean>;
}
interface MessageTarget {
  postMessage(message: unknown, transfer: Transferable[]): void;
}

/**
 * How long the sweep waits for a worker to answer that it has stopped
 * writing. A live worker answers in milliseconds; one from before this
 * message existed never does, and is not waited for longer.
 */
export const WORKER_ANSWER_MS = 300;

/**
 * Runs every step at once and settles when all have settled or `capMs` has
 * passed, whichever comes first. Never rejects.
 * @example
 * await settleWithin([{ name: 'a', run: () => undefined }, { name: 'b', run: () => new Promise(() => {}) }], 50)
 * // => { done: ['a'], failed: [], unfinished: ['b'] }
 */
export async function settleWithin(steps: readonly CleanUpStep[], capMs: number): Promise<CleanUpOutcome> {
  const done: string[] = [];
  const failed: string[] = [];
  const settled = new Set<string>();
  const running = steps.map(async (step) => {
    try {
      await step.run();
      done.push(step.name);
    } catch {
      failed.push(step.name);
    }
    settled.add(step.name);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cap = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, capMs);
  });
  await Promise.race([Promise.all(running), cap]);
  clearTimeout(timer);
  return { done: [...done], failed: [...failed], unfinished: steps.map((s) => s.name).filter((name) => !settled.has(name)) };
}

/**
 * Deletes every cache, in one sweep: nothing writes to them by now. The
 * page's own downloads stop once it is leaving (./leaving.ts), and each
 * worker has said it stores nothing more ({@link stopWorkerWrites}).
 */
async function deleteAllCaches(caches: NonNullable<SiteStorage['caches']>): Promise<void> {
  await Promise.all((await caches.keys()).map((key) => caches.delete(key)));
}

/**
 * Asks every worker of the site to stop writing to its caches; resolves when
 * each has answered that what it was storing has landed, or at
 * {@link WORKER_ANSWER_MS}. (The page is leaving: the ports and timers it
 * leaves open go with it.)
 */
async function stopWorkerWrites(container: WorkerContainer): Promise<void> {
  const workers = (await container.getRegistrations()).flatMap((r) => [r.installing, r.waiting, r.active]);
  await Promise.all(
    workers.map(
      (worker) =>
        worker &&
        new Promise<void>((resolve) => {
          const { port1, port2 } = new MessageChannel();
          port1.onmessage = () => resolve();
          setTimeout(resolve, WORKER_ANSWER_MS);
          worker.postMessage(LEAVING_MESSAGE, [port2]);
        }),
    ),
  );
}

/** Unregisters every service worker of the site, so no worker keeps or refills a cache. */
async function unregisterWorkers(container: WorkerContainer): Promise<void> {
  const registrations = await container.getRegistrations();
  const results = await Promise.all(registrations.map((registration) => registration.unregister()));
  if (results.includes(false)) throw new Error('a service worker registration could not be removed');
}

/** Deletes every IndexedDB database of the site. A delete blocked by an open connection finishes when the page goes. */
async function deleteAllDatabases(factory: NonNullable<SiteStorage['indexedDB']>): Promise<void> {
  const databases = await factory.databases();
  await Promise.all(
    databases.map(
      ({ name }) =>
        new Promise<void>((resolve, reject) => {
          if (!name) return resolve();
          const request = factory.deleteDatabase(name);
          request.onsuccess = () => resolve();
          request.onblocked = () => resolve();
          request.onerror = () => reject(request.error ?? new Error(`could not delete database ${name}`));
        }),
    ),
  );
}

/**
 * Reads a storage member of `scope`; undefined when it is missing or the
 * browser refuses access (storage disabled, sandboxed frames throw on read).
 */
function reach<K extends keyof SiteStorage>(scope: SiteStorage, key: K): SiteStorage[K] | undefined {
  try {
    return scope[key];
  } catch {
    return undefined;
  }
}

/**
 * The steps that erase what this site stored in `scope` (normally `window`):
 * service workers, Cache Storage, localStorage, sessionStorage and IndexedDB.
 * A store the browser does not offer gets no step.
 * @example
 * siteCleanUpSteps(window).map((step) => step.name)
 * // => ['service-workers', 'caches', 'local-storage', 'session-storage', 'indexed-db']
 */
export function siteCleanUpSteps(scope: SiteStorage): CleanUpStep[] {
  const steps: CleanUpStep[] = [];
  const workers = reach(scope, 'navigator')?.serviceWorker;
  if (workers) steps.push({ name: 'service-workers', run: () => unregisterWorkers(workers) });
  const caches = reach(scope, 'caches');
  if (caches) {
    steps.push({
      name: 'caches',
      run: async () => {
        if (workers) await stopWorkerWrites(workers).catch(() => undefined);
        await deleteAllCaches(caches);
      },
    });
  }
  const local = reach(scope, 'localStorage');
  if (local) steps.push({ name: 'local-storage', run: () => local.clear() });
  const session = reach(scope, 'sessionStorage');
  if (session) steps.push({ name: 'session-storage', run: () => session.clear() });
  const databases = reach(scope, 'indexedDB');
  if (databases && typeof databases.databases === 'function') steps.push({ name: 'indexed-db', run: () => deleteAllDatabases(databases) });
  return steps;
}
