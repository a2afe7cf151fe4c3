import type { StorageKind } from './config.js';

/** A synchronous key-value place for the session record. */
export interface SessionStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
  /** True when other tabs see the same values (and so must be told of changes). */
  readonly shared: boolean;
}

export class MemoryStore implements SessionStore {
  readonly shared = false;
  readonly #values = new Map<string, string>();
  get(key: string) {
    return this.#values.get(key) ?? null;
  }
  set(key: string, value: string) {
    this.#values.set(key, value);
  }
  remove(key: string) {
    this.#values.delete(key);
  }
}

/**
 * Web Storage that never throws to the session: a quota error, disabled storage or a sandboxed
 * frame degrades to an in-memory copy for the rest of the page's life.
 */
class WebStore implements SessionStore {
  readonly #fallback = new MemoryStore();
  #storage: Storage | undefined;

  constructor(
    resolve: () => Storage,
    readonly shared: boolean,
  ) {
    try {
      this.#storage = resolve();
    } catch {
      this.#storage = undefined;
    }
  }

  #attempt<T>(action: (storage: Storage) => T, fallback: () => T): T {
    if (this.#storage) {
      try {
        return action(this.#storage);
      } catch {
        this.#storage = undefined;
      }
    }
    return fallback();
  }

  get(key: string) {
    return this.#attempt((storage) => storage.getItem(key), () => this.#fallback.get(key));
  }
  set(key: string, value: string) {
    this.#fallback.set(key, value);
    this.#attempt((storage) => storage.setItem(key, value), () => undefined);
  }
  remove(key: string) {
    this.#fallback.remove(key);
    this.#attempt((storage) => storage.removeItem(key), () => undefined);
  }
}

export function createStore(kind: StorageKind | SessionStore): SessionStore {
  if (typeof kind === 'object') return kind;
  if (kind === 'local') return new WebStore(() => globalThis.localStorage, true);
  if (kind === 'session') return new WebStore(() => globalThis.sessionStorage, false);
  return new MemoryStore();
}
