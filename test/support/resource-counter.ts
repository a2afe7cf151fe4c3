/**
 * Counts what a page holds on to while it runs: pending timers and intervals, event listeners on
 * the objects that outlive an element (window, document, BroadcastChannels, MediaQueryLists,
 * signals, nodes still in the document), open BroadcastChannels, observing MutationObservers,
 * session subscriptions and context subscriptions (a tag asking `<emx-session>` or the page hub for
 * the session). Installed, it wraps the browser APIs that create and release them; the counts
 * before and after some work show what that work left behind.
 */
import { Emitter } from '../../src/session/emitter.js';

export interface ResourceCounts {
  timeouts: number;
  intervals: number;
  /** Listeners per kind of target; detached nodes are left out (they go with their element). */
  listeners: Record<string, number>;
  broadcastChannels: number;
  mutationObservers: number;
  sessionSubscriptions: number;
  contextSubscriptions: number;
  adoptedStyleSheets: number;
}

type Listener = EventListenerOrEventListenerObject;

function captureOf(options: boolean | AddEventListenerOptions | EventListenerOptions | undefined): boolean {
  return typeof options === 'boolean' ? options : Boolean(options?.capture);
}

function kindOf(target: EventTarget): string {
  if (target === window) return 'window';
  if (target === document) return 'document';
  if (target instanceof Node) return 'node in the document';
  return target.constructor.name;
}

const countOf = (byType: Map<string, Set<Listener>> | undefined) => [...(byType?.values() ?? [])].reduce((total, set) => total + set.size, 0);

/** A context-request event as @lit/context sends it: the callback may get an unsubscribe function. */
interface ContextRequest extends Event {
  subscribe?: boolean;
  callback: (value: unknown, unsubscribe?: () => void) => void;
}

export class ResourceCounter {
  readonly #timeouts = new Set<number>();
  readonly #intervals = new Set<number>();
  /**
   * node → `type|capture` → listeners. Weak: a removed element goes as it would without the
   * counter, listeners and all; the nodes counted are those in the document when counting.
   */
  readonly #nodeListeners = new WeakMap<Node, Map<string, Set<Listener>>>();
  /** Every other target (window, channels, signals, media queries), while it has listeners. */
  readonly #otherListeners = new Map<EventTarget, Map<string, Set<Listener>>>();
  readonly #channels = new Set<BroadcastChannel>();
  readonly #observers = new Set<MutationObserver>();
  readonly #subscriptions = new Map<Emitter<Record<string, unknown>>, Set<object>>();
  readonly #contextSubscriptions = new Set<() => void>();
  readonly #restore: Array<() => void> = [];

  install(): void {
    this.#wrapTimers();
    this.#wrapListeners();
    this.#wrapBroadcastChannel();
    this.#wrapMutationObserver();
    this.#wrapEmitter();
    this.#watchContextRequests();
  }

  uninstall(): void {
    this.#restore.splice(0).reverse().forEach((restore) => restore());
  }

  counts(): ResourceCounts {
    const listeners: Record<string, number> = {};
    const targets: EventTarget[] = [document, ...document.querySelectorAll('*'), ...this.#otherListeners.keys()];
    for (const target of targets) {
      const count = countOf(target instanceof Node ? this.#nodeListeners.get(target) : this.#otherListeners.get(target));
      if (count > 0) listeners[kindOf(target)] = (listeners[kindOf(target)] ?? 0) + count;
    }
    return {
      timeouts: this.#timeouts.size,
      intervals: this.#intervals.size,
      listeners,
      broadcastChannels: this.#channels.size,
      mutationObservers: this.#observers.size,
      sessionSubscriptions: [...this.#subscriptions.values()].reduce((total, set) => total + set.size, 0),
      contextSubscriptions: this.#contextSubscriptions.size,
      adoptedStyleSheets: document.adoptedStyleSheets.length,
    };
  }

  /** Replaces `owner[name]` until {@link uninstall}. */
  #replace<T extends object, K extends keyof T>(owner: T, name: K, replacement: T[K]): void {
    const original = owner[name];
    owner[name] = replacement;
    this.#restore.push(() => {
      owner[name] = original;
    });
  }

  #wrapTimers(): void {
    const { setTimeout, clearTimeout, setInterval, clearInterval } = window;
    const timeouts = this.#timeouts;
    const intervals = this.#intervals;
    const release = (id: number | undefined) => {
      if (id === undefined) return;
      timeouts.delete(id);
      intervals.delete(id);
    };
    this.#replace(window, 'setTimeout', ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
      const id = setTimeout(
        (...callArgs: unknown[]) => {
          timeouts.delete(id);
          if (typeof handler === 'function') handler(...callArgs);
        },
        delay,
        ...args,
      );
      timeouts.add(id);
      return id;
    }) as typeof window.setTimeout);
    this.#replace(window, 'setInterval', ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
      const id = setInterval(handler, delay, ...args);
      intervals.add(id);
      return id;
    }) as typeof window.setInterval);
    // Either clear function clears either kind of timer.
    this.#replace(window, 'clearTimeout', ((id?: number) => {
      release(id);
      clearTimeout(id);
    }) as typeof window.clearTimeout);
    this.#replace(window, 'clearInterval', ((id?: number) => {
      release(id);
      clearInterval(id);
    }) as typeof window.clearInterval);
  }

  #wrapListeners(): void {
    const proto = EventTarget.prototype;
    const { addEventListener, removeEventListener } = proto;
    const registryOf = (target: EventTarget): WeakMap<EventTarget, Map<string, Set<Listener>>> =>
      target instanceof Node ? (this.#nodeListeners as WeakMap<EventTarget, Map<string, Set<Listener>>>) : this.#otherListeners;
    const others = this.#otherListeners;
    const forget = (target: EventTarget, key: string, listener: Listener) => {
      const byType = registryOf(target).get(target);
      byType?.get(key)?.delete(listener);
      if (!(target instanceof Node) && countOf(byType) === 0) others.delete(target);
    };
    this.#replace(proto, 'addEventListener', function (this: EventTarget, type, listener, options) {
      addEventListener.call(this, type, listener, options);
      if (!listener) return;
      const key = `${type}|${captureOf(options)}`;
      const registry = registryOf(this);
      let byType = registry.get(this);
      if (!byType) registry.set(this, (byType = new Map()));
      let set = byType.get(key);
      if (!set) byType.set(key, (set = new Set()));
      set.add(listener);
      // The browser drops these by itself: after the first event, or when the signal aborts.
      if (typeof options === 'object' && options.once) {
        addEventListener.call(this, type, () => forget(this, key, listener), { once: true, capture: captureOf(options) });
      }
      if (typeof options === 'object' && options.signal) {
        addEventListener.call(options.signal, 'abort', () => forget(this, key, listener), { once: true });
      }
    });
    this.#replace(proto, 'removeEventListener', function (this: EventTarget, type, listener, options) {
      removeEventListener.call(this, type, listener, options);
      if (listener) forget(this, `${type}|${captureOf(options)}`, listener);
    });
  }

  #wrapBroadcastChannel(): void {
    const channels = this.#channels;
    const Original = window.BroadcastChannel;
    this.#replace(
      window,
      'BroadcastChannel',
      class CountedBroadcastChannel extends Original {
        constructor(name: string) {
          super(name);
          channels.add(this);
        }

        override close(): void {
          channels.delete(this);
          super.close();
        }
      },
    );
  }

  #wrapMutationObserver(): void {
    const proto = MutationObserver.prototype;
    const { observe, disconnect } = proto;
    const observers = this.#observers;
    this.#replace(proto, 'observe', function (this: MutationObserver, target, options) {
      observe.call(this, target, options);
      observers.add(this);
    });
    this.#replace(proto, 'disconnect', function (this: MutationObserver) {
      disconnect.call(this);
      observers.delete(this);
    });
  }

  /** Every `session.subscribe`, `session.on` and `session.social.subscribe` goes through Emitter#on. */
  #wrapEmitter(): void {
    type AnyEmitter = Emitter<Record<string, unknown>>;
    const proto = Emitter.prototype as AnyEmitter;
    const { on, clear } = proto;
    const subscriptions = this.#subscriptions;
    this.#replace(proto, 'on', function (this: AnyEmitter, type, listener) {
      const off = on.call(this, type, listener);
      const subscription = {};
      let set = subscriptions.get(this);
      if (!set) subscriptions.set(this, (set = new Set()));
      set.add(subscription);
      return () => {
        subscriptions.get(this)?.delete(subscription);
        return off();
      };
    });
    this.#replace(proto, 'clear', function (this: AnyEmitter) {
      subscriptions.delete(this);
      clear.call(this);
    });
  }

  /**
   * A subscribing context request is answered with an unsubscribe function, which the tag calls
   * when it leaves: wrapped here (one wrapper per function, as the tag compares them) to count
   * the subscriptions still held.
   */
  #watchContextRequests(): void {
    const held = this.#contextSubscriptions;
    const wrappers = new WeakMap<() => void, () => void>();
    const counted = (unsubscribe: () => void) => {
      let wrapper = wrappers.get(unsubscribe);
      if (!wrapper) {
        wrapper = () => {
          held.delete(unsubscribe);
          unsubscribe();
        };
        wrappers.set(unsubscribe, wrapper);
      }
      held.add(unsubscribe);
      return wrapper;
    };
    const onRequest = (event: Event) => {
      const request = event as ContextRequest;
      if (!request.subscribe) return;
      const callback = request.callback;
      Object.defineProperty(request, 'callback', {
        value: (value: unknown, unsubscribe?: () => void) => callback(value, unsubscribe && counted(unsubscribe)),
      });
    };
    window.addEventListener('context-request', onRequest, true);
    this.#restore.push(() => window.removeEventListener('context-request', onRequest, true));
  }
}
