import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Finds the element to focus once the next render is on screen. */
export type FocusTarget = () => HTMLElement | null | undefined;

/**
 * Where the focus goes after the next render: a view that replaces another, or a card that
 * changed, takes the focus with it. When the target is not there, the element's heading gets it.
 */
export class FocusAfterRender implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #target: FocusTarget | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** Focuses what `target` finds after the next render (which the caller requests). */
  request(target: FocusTarget): void {
    this.#target = target;
  }

  clear(): void {
    this.#target = undefined;
  }

  hostUpdated(): void {
    if (!this.#target) return;
    const element = this.#target() ?? this.#host.querySelector<HTMLElement>('[part~="heading"]');
    this.#target = undefined;
    element?.focus();
  }
}
