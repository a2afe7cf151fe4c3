import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** Finds the element to focus once the next render is on screen. */
export type FocusTarget = () => HTMLElement | null | undefined;

const HEADING = '[part~="heading"]';

/**
 * The one place where an element moves the focus after a render. A part of the element asks for
 * a target (the view that replaced another, a card that changed, the first problem of a form);
 * when the target is not there, the element's heading gets the focus. Without a request, a render
 * that removed the focused control (the form after signing in, a step that is done) sends the
 * focus to the heading rather than the start of the page.
 */
export class FocusAfterRender implements ReactiveController {
  readonly #host: Host;
  #target: FocusTarget | undefined;
  /** Whether the focus was inside the host before the current render. */
  #hadFocus = false;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** Focuses what `target` finds (a selector within the host, or a function) after the next render, which it requests. */
  request(target: FocusTarget | string): void {
    this.#target = typeof target === 'string' ? () => this.#host.querySelector<HTMLElement>(target) : target;
    this.#host.requestUpdate();
  }

  /** Forgets a request not yet carried out (the view it was for is gone). */
  clear(): void {
    this.#target = undefined;
  }

  hostUpdate(): void {
    const active = this.#activeElement();
    this.#hadFocus = active !== null && this.#host.contains(active);
  }

  hostUpdated(): void {
    const target = this.#target;
    this.#target = undefined;
    if (target) {
      (target() ?? this.#heading())?.focus();
      return;
    }
    const active = this.#activeElement();
    if (this.#hadFocus && (active === null || active === this.#host.ownerDocument.body)) this.#heading()?.focus();
  }

  #heading(): HTMLElement | null {
    return this.#host.querySelector<HTMLElement>(HEADING);
  }

  #activeElement(): Element | null {
    return (this.#host.getRootNode() as Document | ShadowRoot).activeElement;
  }
}

const controllers = new WeakMap<Host, FocusAfterRender>();

/** The host's one {@link FocusAfterRender}, made on first use, so that every part of an element shares it. */
export function focusAfterRender(host: Host): FocusAfterRender {
  let controller = controllers.get(host);
  if (!controller) {
    controller = new FocusAfterRender(host);
    controllers.set(host, controller);
  }
  return controller;
}
