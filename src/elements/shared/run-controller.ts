import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { EmporixError } from '../../api/index.js';
import { emxEvent } from '../../events.js';
import { errorMessage, toEmporixError } from './error-message.js';
import type { LocalizeController, MessageRef } from './localize.js';

/** What a run does; the signal aborts when the run is dropped (reset, host disconnected, deadline). */
export type RunTask = (signal: AbortSignal) => Promise<unknown>;

/** `idle` before the first run and after a reset; then the state of the latest run. */
export type RunStatus = 'idle' | 'pending' | 'complete' | 'failed';

/** State of a button that starts a run: `busy` while its own run is pending, `blocked` while any is. */
export interface ActionState {
  readonly busy: boolean;
  readonly blocked: boolean;
}

export interface RunOptions<Key extends string = string> {
  /** Announced in the status region when the run succeeds. */
  success?: MessageRef<Key>;
  /**
   * `false` for a run the customer paces (e.g. at a sign-in provider): no {@link RUN_DEADLINE_MS}.
   */
  deadline?: boolean;
}

/**
 * How long one run may keep its button busy, retries and token requests included. Each request
 * has its own time limit (15 s by default), but a sign-in can chain several with retries (45 s
 * and more); past this the run is abandoned, the input kept, and the customer may try again.
 */
export const RUN_DEADLINE_MS = 25_000;

/**
 * The async runs of one part of an element, in the spirit of Lit's `Task`: one named run at a
 * time, one `AbortController` per run, results of a dropped run never land, the failure kept with
 * the text that explains it, and every failure dispatched as `emx-error` with the run's name as
 * `operation`. A disconnected host drops its run. A {@link FormController} holds one for its form;
 * buttons outside any form (load a list, make an address the default) use one directly.
 */
export class RunController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #localize: LocalizeController<string>;
  readonly #onFailure: ((error: EmporixError) => void) | undefined;
  #pending: string | undefined;
  #abort: AbortController | undefined;
  #status: RunStatus = 'idle';
  #failure: EmporixError | undefined;
  #error: MessageRef | undefined;
  #success: MessageRef | undefined;

  /** `onFailure` sees each shown failure before the host re-renders (a form puts field problems on their fields). */
  constructor(host: ReactiveControllerHost & HTMLElement, localize: LocalizeController<string>, options: { onFailure?: (error: EmporixError) => void } = {}) {
    this.#host = host;
    this.#localize = localize;
    this.#onFailure = options.onFailure;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#drop();
  }

  get status(): RunStatus {
    return this.#status;
  }

  /** The name of the pending run. */
  get pending(): string | undefined {
    return this.#pending;
  }

  /** The failure of the latest run, to offer a way out by its code (e.g. "resend the email"). */
  get failure(): EmporixError | undefined {
    return this.#failure;
  }

  /** What to tell the customer about {@link failure}. */
  get error(): MessageRef | undefined {
    return this.#error;
  }

  /** The success message of the latest run. */
  get success(): MessageRef | undefined {
    return this.#success;
  }

  action(name: string): ActionState {
    return { busy: this.#pending === name, blocked: this.#pending !== undefined };
  }

  /**
   * Runs `task` as `name`. Resolves `true` on success; `false` when it failed, was dropped, or
   * another run was pending. A run still pending after {@link RUN_DEADLINE_MS} is aborted and
   * fails with code `deadline`, unless `deadline: false`.
   */
  async run(name: string, task: RunTask, options: RunOptions = {}): Promise<boolean> {
    if (this.#pending !== undefined) return false;
    // The run's controller is also its identity: a dropped run no longer holds it.
    const abort = (this.#abort = new AbortController());
    this.#pending = name;
    this.#status = 'pending';
    this.clearMessages();
    const deadline = options.deadline === false ? undefined : setTimeout(() => this.#missDeadline(abort, name), RUN_DEADLINE_MS);
    try {
      await task(abort.signal);
      if (abort !== this.#abort) return false;
      this.#status = 'complete';
      this.#success = options.success;
      return true;
    } catch (thrown) {
      if (abort === this.#abort) this.#fail(thrown, name);
      return false;
    } finally {
      clearTimeout(deadline);
      if (abort === this.#abort) this.#end();
    }
  }

  /** Drops a pending run and forgets the latest outcome. */
  reset(): void {
    this.#drop();
    this.#status = 'idle';
    this.clearMessages();
  }

  /** Forgets the failure and success of the latest run (the customer starts typing again, say). */
  clearMessages(): void {
    this.#error = this.#success = this.#failure = undefined;
    this.#host.requestUpdate();
  }

  #missDeadline(abort: AbortController, name: string): void {
    if (abort !== this.#abort) return;
    this.#drop();
    this.#fail(new EmporixError({ kind: 'timeout', code: 'deadline', message: `No answer within ${RUN_DEADLINE_MS / 1000} seconds` }), name);
  }

  #fail(thrown: unknown, operation: string): void {
    const error = toEmporixError(thrown);
    if (error.kind === 'aborted') return;
    if (!(thrown instanceof EmporixError)) {
      // A bug, not a server answer: show the generic message, and let the page's error reporting see it.
      queueMicrotask(() => {
        throw thrown;
      });
    }
    this.#status = 'failed';
    this.#failure = error;
    this.#error = errorMessage(error, operation, (key) => this.#localize.lookup(key) !== undefined);
    this.#onFailure?.(error);
    this.#host.dispatchEvent(emxEvent('emx-error', { operation, code: error.code, status: error.status, error }));
    this.#host.requestUpdate();
  }

  #drop(): void {
    this.#abort?.abort();
    this.#end();
  }

  #end(): void {
    this.#abort = this.#pending = undefined;
    this.#host.requestUpdate();
  }
}
