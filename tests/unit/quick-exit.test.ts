import { describe, expect, it } from 'vitest';
import { settleWithin, siteCleanUpSteps, WORKER_ANSWER_MS, type SiteStorage, type WorkerRegistration } from '../../src/quick-exit/clean-up.ts';
import { LEAVING_MESSAGE } from '../../src/quick-exit/leaving.ts';
import { takeParams } from '../../src/quick-exit/address-bar.ts';

/** A Cache Storage stand-in. */
function fakeCaches(names: string[]) {
  const keys = new Set(names);
  return {
    keys: async () => [...keys],
    delete: async (key: string) => keys.delete(key),
    left: () => [...keys],
    /** A cache created by someone else, such as a worker. */
    add: (name: string) => void keys.add(name),
  };
}

function fakeStorage(entries: Record<string, string>) {
  const map = new Map(Object.entries(entries));
  return { clear: () => map.clear(), size: () => map.size };
}

function fakeIndexedDB(names: string[]) {
  const dbs = new Set(names);
  return {
    databases: async () => [...dbs].map((name) => ({ name, version: 1 })),
    deleteDatabase: (name: string) => {
      const request = {} as { onsuccess?: () => void; onblocked?: () => void; onerror?: () => void; error: null };
      queueMicrotask(() => {
        dbs.delete(name);
        request.onsuccess?.();
      });
      return request as unknown as IDBOpenDBRequest;
    },
    left: () => [...dbs],
  };
}

describe('quick exit clean-up: what it erases', () => {
  it('erases every cache, worker, storage key and database of the site', async () => {
    const caches = fakeCaches(['iop-library-abc', 'iop-offline-en']);
    const registrations = [{ unregistered: false }, { unregistered: false }];
    const local = fakeStorage({ 'iop-widgets:checklist': '{"a":true}', other: '1' });
    const session = fakeStorage({ x: '1' });
    const indexedDB = fakeIndexedDB(['offline-progress']);
    const scope = {
      caches,
      navigator: {
        serviceWorker: {
          getRegistrations: async () =>
            registrations.map((r) => ({ installing: null, waiting: null, active: null, unregister: async () => ((r.unregistered = true), true) })),
        },
      },
      localStorage: local,
      sessionStorage: session,
      indexedDB,
    } as unknown as SiteStorage;
    const steps = siteCleanUpSteps(scope);
    expect(steps.map((s) => s.name)).toEqual(['service-workers', 'caches', 'local-storage', 'session-storage', 'indexed-db']);
    const outcome = await settleWithin(steps, 1000);
    expect(outcome).toEqual({ done: expect.arrayContaining(steps.map((s) => s.name)), failed: [], unfinished: [] });
    expect(caches.left()).toEqual([]);
    expect(registrations.every((r) => r.unregistered)).toBe(true);
    expect([local.size(), session.size()]).toEqual([0, 0]);
    expect(indexedDB.left()).toEqual([]);
  });

  it('asks each service worker to stop writing, and sweeps the caches only once it says what it was writing has landed', async () => {
    const caches = fakeCaches(['iop-pages']);
    const heard: unknown[] = [];
    const answered = Promise.withResolvers<void>();
    // A worker with a response still arriving: it is stored 30 ms later, then the worker answers.
    const worker = {
      postMessage: (message: unknown, [port]: Transferable[]) => {
        heard.push(message);
        setTimeout(() => {
          caches.add('iop-assets');
          (port as MessagePort).postMessage(message);
          answered.resolve();
        }, 30);
      },
    };
    const registration: WorkerRegistration = { installing: null, waiting: null, active: worker, unregister: async () => true };
    const scope = { caches, navigator: { serviceWorker: { getRegistrations: async () => [registration] } } } as unknown as SiteStorage;
    const outcome = await settleWithin(siteCleanUpSteps(scope), 5000);
    expect(outcome.failed).toEqual([]);
    await answered.promise;
    expect(heard).toEqual([LEAVING_MESSAGE]);
    expect(caches.left()).toEqual([]);
  });

  it(`sweeps anyway when a worker does not answer within ${WORKER_ANSWER_MS} ms (one from before the message existed)`, async () => {
    const caches = fakeCaches(['iop-pages']);
    const silent: WorkerRegistration = { installing: { postMessage: () => undefined }, waiting: null, active: null, unregister: async () => true };
    const scope = { caches, navigator: { serviceWorker: { getRegistrations: async () => [silent] } } } as unknown as SiteStorage;
    const outcome = await settleWithin(siteCleanUpSteps(scope), 5000);
    expect(outcome).toEqual({ done: expect.arrayContaining(['caches', 'service-workers']), failed: [], unfinished: [] });
    expect(caches.left()).toEqual([]);
  });

  it('skips what the browser does not offer, and survives storage that throws on access', async () => {
    const scope = {
      get localStorage(): Storage {
        throw new DOMException('denied', 'SecurityError');
      },
      sessionStorage: fakeStorage({}),
    } as unknown as SiteStorage;
    expect(siteCleanUpSteps(scope).map((s) => s.name)).toEqual(['session-storage']);
    expect(siteCleanUpSteps({}).map((s) => s.name)).toEqual([]);
  });
});

describe('quick exit clean-up: waiting with a cap', () => {
  it('reports failed steps and goes on with the others', async () => {
    const outcome = await settleWithin(
      [
        { name: 'ok', run: () => undefined },
        { name: 'throws', run: () => { throw new Error('no'); } },
        { name: 'rejects', run: () => Promise.reject(new Error('no')) },
      ],
      1000,
    );
    expect(outcome).toEqual({ done: ['ok'], failed: ['throws', 'rejects'], unfinished: [] });
  });

  it('stops waiting at the cap and names what was still running', async () => {
    const started = Date.now();
    const outcome = await settleWithin([{ name: 'quick', run: async () => undefined }, { name: 'stuck', run: () => new Promise(() => undefined) }], 50);
    expect(outcome).toEqual({ done: ['quick'], failed: [], unfinished: ['stuck'] });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('returns as soon as everything settles, without waiting for the cap', async () => {
    const started = Date.now();
    await settleWithin([{ name: 'quick', run: async () => undefined }], 60_000);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('search terms leave the address bar', () => {
  it.each([
    ['https://x.org/en/search/?q=suicide+overdose', ['q'], 'https://x.org/en/search/', 'q=suicide+overdose'],
    ['https://x.org/en/search/?category=therapies&q=group', ['q'], 'https://x.org/en/search/?category=therapies', 'q=group'],
    ['https://x.org/en/cbt/?highlight=group&x=1&highlight=work#top', ['highlight'], 'https://x.org/en/cbt/?x=1#top', 'highlight=group&highlight=work'],
    ['https://x.org/base/es/ayuda/', ['highlight'], 'https://x.org/base/es/ayuda/', ''],
    ['https://x.org/zh-Hans/cbt/?highlight=%E6%B2%BB%E7%96%97', ['highlight'], 'https://x.org/zh-Hans/cbt/', 'highlight=%E6%B2%BB%E7%96%97'],
  ])('%s without %j', (href, names, expected, taken) => {
    const result = takeParams(href, names);
    expect(result.href).toBe(expected);
    expect(result.taken.toString()).toBe(taken);
  });
});
