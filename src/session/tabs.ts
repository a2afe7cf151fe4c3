/**
 * Coordination between tabs of one browser: one lock so that at most one tab refreshes a token,
 * and a change signal so every tab re-reads the shared record. Messages carry no tokens.
 */
export interface TabCoordinator {
  /** Runs `task` while holding the session's lock in every tab of this origin. */
  withLock<T>(task: () => Promise<T>): Promise<T>;
  /** Tells the other tabs that the stored record changed. */
  announce(): void;
  /** Called when another tab announced a change (or storage changed under us). */
  onRemoteChange(listener: () => void): () => void;
  dispose(): void;
}

/** Serialises tasks in this tab when Web Locks are not available. */
function localMutex(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

export function createTabCoordinator(key: string, shared: boolean): TabCoordinator {
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  const mutex = localMutex();
  const locks = shared ? globalThis.navigator?.locks : undefined;
  const channel = shared && typeof BroadcastChannel === 'function' ? new BroadcastChannel(key) : undefined;
  const onMessage = () => notify();
  const onStorage = (event: StorageEvent) => {
    if (event.key === key || event.key === null) notify();
  };
  channel?.addEventListener('message', onMessage);
  // The storage event is the fallback where BroadcastChannel is missing; with both, a change is
  // seen twice, which is harmless since listeners only re-read the record.
  if (shared && !channel) globalThis.addEventListener?.('storage', onStorage);

  return {
    withLock: (task) => (locks ? locks.request(key, { mode: 'exclusive' }, task) : mutex(task)),
    announce: () => channel?.postMessage('changed'),
    onRemoteChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      listeners.clear();
      channel?.removeEventListener('message', onMessage);
      channel?.close();
      if (shared && !channel) globalThis.removeEventListener?.('storage', onStorage);
    },
  };
}
