import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { EmporixError } from '../../api/index.js';
import { pageSessionHub, sessionContext } from '../../context.js';
import type { EmporixSession, SessionSnapshot } from '../../session/index.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Subscribes `changed` to some changes of `session`; returns the unsubscribe function. */
export type SessionWatch = (session: EmporixSession, changed: () => void) => () => void;

/** Who is signed in, as far as "another customer" goes; `undefined` while no customer is. */
function customerKey(snapshot: SessionSnapshot | undefined): string | undefined {
  const customer = snapshot?.status === 'customer' ? snapshot.customer : undefined;
  return customer && (customer.customerNumber ?? customer.email ?? '');
}

/**
 * Finds the page's session (from an enclosing `<emx-session>` or, through the page hub, from one
 * anywhere on the page, also one connected later) and re-renders the host on every session
 * change. Every subscription ends when the host disconnects. The one place where elements
 * follow session events for their lifetime ({@link SessionController.watch}) and start over
 * when the customer changes ({@link SessionController.onCustomerChange}).
 */
export class SessionController implements ReactiveController {
  readonly #host: Host;
  readonly #watches: SessionWatch[] = [(session, changed) => session.subscribe(changed)];
  #session: EmporixSession | undefined;
  #unsubscribes: Array<() => void> = [];
  readonly #customerChanges: Array<() => void> = [];
  #startOverWhenReconnected = false;
  /** The customer the host last rendered for (see `customerKey`). */
  #customer: string | undefined;
  readonly #changed = (): void => this.#host.requestUpdate();

  constructor(host: Host) {
    this.#host = host;
    // Added before the consumer, so the hub exists when the consumer's request reaches the document.
    host.addController(this);
    new ContextConsumer(host, { context: sessionContext, subscribe: true, callback: (session) => this.#use(session) });
  }

  /** The session's current state; `undefined` while the page has no configured `<emx-session>`. */
  get snapshot(): SessionSnapshot | undefined {
    return this.#session?.snapshot;
  }

  /** The session, or an {@link EmporixError} with code `not_configured` that forms show like any failure. */
  require(): EmporixSession {
    if (this.#session) return this.#session;
    throw new EmporixError({ kind: 'http', code: 'not_configured', message: 'No <emx-session> is configured on this page' });
  }

  /**
   * Also re-renders the host on changes that `watch` subscribes to on the session, e.g.
   * `(session, changed) => session.social.subscribe(changed)`. It follows the session when the
   * page's session is replaced and ends when the host disconnects, like the session's own changes.
   */
  watch(watch: SessionWatch): void {
    this.#watches.push(watch);
    if (this.#session) this.#unsubscribes.push(watch(this.#session, this.#changed));
  }

  /**
   * Calls `startOver` before the host renders for another customer than last time (another one
   * signed in, or the customer signed out), so that nothing of one customer stays for the next.
   * Runs in the host's update, after `willUpdate` and before `render` (and before the
   * `hostUpdate` of controllers added after this one), in the order registered. With
   * `whenReconnected`, a removed host also forgets whom it rendered for, so that connected again
   * it starts over (for state that a removal cuts short, like a list still loading).
   */
  onCustomerChange(startOver: () => void, options: { whenReconnected?: boolean } = {}): void {
    this.#customerChanges.push(startOver);
    if (options.whenReconnected) this.#startOverWhenReconnected = true;
  }

  hostConnected(): void {
    pageSessionHub(this.#host.ownerDocument);
  }

  hostDisconnected(): void {
    this.#use(undefined);
    if (this.#startOverWhenReconnected) this.#customer = undefined;
  }

  hostUpdate(): void {
    if (this.#customerChanges.length === 0) return;
    const customer = customerKey(this.snapshot);
    if (customer === this.#customer) return;
    this.#customer = customer;
    for (const startOver of this.#customerChanges) startOver();
  }

  #use(session: EmporixSession | undefined): void {
    if (session === this.#session) return;
    this.#unsubscribes.forEach((unsubscribe) => unsubscribe());
    this.#session = session;
    this.#unsubscribes = session ? this.#watches.map((watch) => watch(session, this.#changed)) : [];
    this.#host.requestUpdate();
  }
}
