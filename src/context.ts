import { createContext, type ContextEvent } from '@lit/context';
import type { EmporixSession, ResolvedSessionConfig } from './session/index.js';

/**
 * The session shared by every emx tag. `Symbol.for` so that two copies of the kit on one page (a
 * CDN bundle and a bundler build) still find each other's provider.
 */
export const sessionContext = createContext<EmporixSession | undefined>(Symbol.for('emx-elements.session'));

type SessionCallback = (session: EmporixSession | undefined, unsubscribe?: () => void) => void;

/** What makes a session configuration another shop: its tenant, client id and API URL. */
export type SessionIdentity = Pick<ResolvedSessionConfig, 'tenant' | 'clientId' | 'apiUrl'>;

function sameIdentity(a: SessionIdentity, b: SessionIdentity): boolean {
  return a.tenant === b.tenant && a.clientId === b.clientId && a.apiUrl === b.apiUrl;
}

/**
 * Answers session requests that no `<emx-session>` ancestor answered: tags outside its subtree,
 * tags in other shadow roots, and tags that asked before any `<emx-session>` was connected (they
 * are answered once one connects). One hub per document, created on first use, not at import.
 */
class PageSessionHub {
  readonly #subscribers = new Map<SessionCallback, () => void>();
  readonly #providers: EmporixSession[] = [];

  constructor(document: Document) {
    document.addEventListener('context-request', (event) => this.#onRequest(event as ContextEvent<typeof sessionContext>));
  }

  /** The most recently connected `<emx-session>` serves the page (all share one configuration). */
  get #current(): EmporixSession | undefined {
    return this.#providers.at(-1);
  }

  #onRequest(event: ContextEvent<typeof sessionContext>): void {
    if (event.context !== sessionContext) return;
    event.stopPropagation();
    const callback = event.callback as SessionCallback;
    if (!event.subscribe) {
      if (this.#current) callback(this.#current);
      return;
    }
    const unsubscribe = () => this.#subscribers.delete(callback);
    this.#subscribers.set(callback, unsubscribe);
    // Answer at once, even with no session yet: the consumer then holds `unsubscribe` and lets go
    // of the hub when it leaves the page, instead of being served after it is gone.
    callback(this.#current, unsubscribe);
  }

  /**
   * One page, one session configuration: false while a session of another tenant, client id or
   * API URL serves the page (markup injected into a CMS block must not take the page over).
   */
  accepts(identity: SessionIdentity): boolean {
    const current = this.#current;
    return !current || sameIdentity(current.config, identity);
  }

  /** Serves `session` to the page; refused (false) when {@link accepts} refuses its configuration. */
  provide(session: EmporixSession): boolean {
    if (!this.accepts(session.config)) return false;
    this.#providers.push(session);
    this.#notify();
    return true;
  }

  withdraw(session: EmporixSession): void {
    const index = this.#providers.indexOf(session);
    if (index === -1) return;
    this.#providers.splice(index, 1);
    this.#notify();
  }

  #notify(): void {
    for (const [callback, unsubscribe] of [...this.#subscribers]) callback(this.#current, unsubscribe);
  }
}

const hubs = new WeakMap<Document, PageSessionHub>();

/** The document's hub, created on first call. Consumers call it before they ask for the session. */
export function pageSessionHub(document: Document): PageSessionHub {
  let hub = hubs.get(document);
  if (!hub) hubs.set(document, (hub = new PageSessionHub(document)));
  return hub;
}
