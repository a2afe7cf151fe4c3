import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { EmporixError } from '../../api/index.js';
import type { LocalizeController } from '../shared/localize.js';
import type { SharedMessageKey } from '../shared/messages.js';
import type { SessionController } from '../shared/session-controller.js';
import type { AccountMessageKey } from './messages.js';

/** The keys of the texts the account's sections use. */
export type AccountTextKey = AccountMessageKey | SharedMessageKey;

/** What `<emx-account>` gives each of its sections (profile, password, email). */
export interface AccountSectionContext {
  /** The element: sections and their forms are its controllers, and its events are theirs. */
  readonly host: ReactiveControllerHost & HTMLElement;
  readonly session: SessionController;
  readonly localize: LocalizeController<AccountTextKey>;
  /** The id of the heading of the area `name`. */
  headingId(name: string): string;
  /** An area under the element's heading: its heading one level below, focusable for when its view changes. */
  section(name: string, heading: string, content: unknown): TemplateResult;
  /** Moves the focus to `selector` after the next render, when a change of view removed the focused control. */
  focusAfterRender(selector: string): void;
}

/**
 * Puts a refusal that is about one field (a wrong current password, a taken email) on that
 * field: the form places server problems by their `details`.
 */
export function onField(error: unknown, code: string, field: string, type: string): unknown {
  if (!(error instanceof EmporixError) || error.code !== code) return error;
  return new EmporixError({ kind: error.kind, status: error.status, code, message: error.message, details: [{ field, type }], cause: error });
}
