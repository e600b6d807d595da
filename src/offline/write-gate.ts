/**
 * The worker's cache writes, made stoppable for the quick exit (see
 * ../quick-exit/clean-up.ts): once the gate closes no write starts, and
 * closing resolves when the writes already under way have landed, so the
 * page's sweep that follows finds every cache. Without it, a response still
 * on its way when the reader leaves would be stored after the sweep and
 * bring a cache back.
 */
import type { WorkboxPlugin } from 'workbox-core/types.js';

export interface WriteGate {
  /**
   * For every caching strategy, last among its plugins. It also decides what
   * may be cached at all (a 200 response), as a strategy does by itself when
   * no plugin does.
   */
  readonly plugin: WorkboxPlugin;
  /** Runs other cache work (the install's downloads) unless the gate is closed; closing waits for it. */
  run(work: () => Promise<unknown>): Promise<void>;
  /** Stops new writes; resolves when those under way have settled. */
  close(): Promise<void>;
}

type Write = PromiseWithResolvers<void>;
/** The writes one request's handling has started, oldest first (Workbox keeps a state object per plugin and request). */
const writesOf = (state: object | undefined): Write[] => ((state ?? {}) as { writes?: Write[] }).writes ?? [];

export function createWriteGate(): WriteGate {
  let closed = false;
  const underWay = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>) => {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    underWay.add(settled);
    void settled.then(() => underWay.delete(settled));
  };
  // A write lasts from `cacheWillUpdate` to `cacheDidUpdate`; if the put fails, to the end of the request's handling.
  const plugin: WorkboxPlugin = {
    cacheWillUpdate: async ({ response, state }) => {
      if (closed || response.status !== 200) return null;
      const write = Promise.withResolvers<void>();
      track(write.promise);
      if (state) state['writes'] = [...writesOf(state), write];
      return response;
    },
    cacheDidUpdate: async ({ state }) => writesOf(state).shift()?.resolve(),
    handlerDidComplete: async ({ state }) => writesOf(state).splice(0).forEach((write) => write.resolve()),
  };
  return {
    plugin,
    async run(work) {
      if (closed) return;
      const done = work();
      track(done);
      await done;
    },
    async close() {
      closed = true;
      await Promise.all(underWay);
    },
  };
}
