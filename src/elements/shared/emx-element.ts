// Brings the emx event types (GlobalEventHandlersEventMap) into every element's .d.ts.
import '../../events.js';
import { LitElement, html, type CSSResultOrNative } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { focusAfterRender, type FocusAfterRender } from './focus-after-render.js';
import { directionOf, type Direction } from './direction.js';
import { LocalizeController, type MessageBundle, type MessageOverrides } from './localize.js';
import { sharedMessages, type SharedMessageKey } from './messages.js';
import { SessionController } from './session-controller.js';
import { sharedStyles } from './styles.js';

/**
 * Adds the sheets the root (document or shadow root) does not have yet. Constructed sheets are
 * shared objects, so every element of a kind adds them once; CSP `style-src 'self'` allows this.
 */
function adoptStyles(root: Node, styles: readonly CSSResultOrNative[]): void {
  if (!('adoptedStyleSheets' in root)) return;
  const target = root as Document | ShadowRoot;
  const sheets = styles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet));
  const missing = sheets.filter((sheet): sheet is CSSStyleSheet => sheet !== undefined && !target.adoptedStyleSheets.includes(sheet));
  if (missing.length > 0) target.adoptedStyleSheets = [...target.adoptedStyleSheets, ...missing];
}

/** One sheet per tag name, shared by every element of that name. */
const blockSheets = new Map<string, CSSStyleSheet>();

/**
 * `display: block` for the element's own tag, whatever name the shop registered it under; `hidden`
 * still hides it (an author rule would otherwise win over the browser's `[hidden]`).
 */
function blockStyles(tag: string): CSSStyleSheet {
  let sheet = blockSheets.get(tag);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`:where(${CSS.escape(tag)}:not([hidden])) { display: block; }`);
    blockSheets.set(tag, sheet);
  }
  return sheet;
}

/**
 * The base of every emx element: renders into its own light DOM (password managers, browser
 * extensions, `<label for>` and `aria-describedby` all need the fields there), adopts the shared
 * and the element's styles into the document or shadow root it lives in, and holds the session
 * and text controllers. Each element renders one root through {@link renderBase}.
 *
 * `Key` is the element's own message keys; pass its bundle to `super()`:
 *
 * ```ts
 * export class EmxThing extends EmxElement<ThingMessageKey> {
 *   static override styles = thingStyles;
 *   constructor() { super(thingMessages); }
 * }
 * ```
 */
export class EmxElement<Key extends string = never> extends LitElement {
  /** Texts for this element by message key, replacing the built-in ones in every language. */
  @property({ attribute: false }) messages: MessageOverrides = {};

  /** Level (1–6) of the element's heading, to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The page's Emporix session and its current state. */
  protected readonly session = new SessionController(this);

  /** Texts in the language of the nearest `lang` attribute. */
  protected readonly localize: LocalizeController<Key | SharedMessageKey>;

  /**
   * Where the focus goes after a render: a requested target, or the heading when a render removed
   * the focused control (the form after signing in, a step that is done).
   */
  protected readonly nextFocus: FocusAfterRender = focusAfterRender(this);

  constructor(messages?: MessageBundle<Key>) {
    super();
    this.localize = new LocalizeController(this, {
      bundles: messages ? [messages, sharedMessages] : [sharedMessages],
      overrides: () => this.messages,
    });
  }

  /** Light DOM: the element's content is part of the page, like a form the shop wrote itself. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this.getRootNode(), [sharedStyles, blockStyles(this.localName), ...(this.constructor as typeof LitElement).elementStyles]);
  }

  /**
   * The direction of the element's root: the nearest `dir`, or else its language's (Arabic lays
   * out right to left on a page that sets only `lang`). Set on the root so that the styles'
   * logical properties follow it; the text controller re-renders on `dir` and `lang` changes.
   */
  protected get textDirection(): Direction {
    return directionOf(this, this.localize.lang);
  }

  /**
   * The element's one root, `<div class="emx-root emx-<name>" part="base" dir="…">`: the shared
   * styles are scoped to `.emx-root`, the element's own to `.emx-<name>`. Light-DOM styles are
   * page-wide, so scoping by the root's class (not the tag, which a shop may rename) keeps one
   * element's rules (a `form` laid out in a row) off every other element's content.
   */
  protected renderBase(name: string, content: unknown) {
    return html`<div class="emx-root emx-${name}" part="base" dir=${this.textDirection}>${content}</div>`;
  }

  /** The element's heading; focusable so focus can land on it when a view replaces another. */
  protected renderHeading(text: string) {
    return html`<div part="heading" role="heading" aria-level=${this.#headingLevelBelow(0)} tabindex="-1">${text}</div>`;
  }

  /**
   * A heading one level below the element's own (an area, a card, a form), focusable likewise.
   * `dir="auto"` suits text the customer typed, so right-to-left names read as they should.
   */
  protected renderSubheading(part: string, id: string, text: string, dir?: 'auto') {
    return html`<div part=${part} role="heading" aria-level=${this.#headingLevelBelow(1)} id=${id} tabindex="-1" dir=${ifDefined(dir)}>${text}</div>`;
  }

  /** `heading-level` (2 when not a number) plus `depth`, kept within 1–6. */
  #headingLevelBelow(depth: number): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + depth);
  }

  /**
   * Waits for the built-in texts of the element's language when they are still loading (German,
   * on its first use), so that the element never shows English first; `updateComplete` includes
   * the wait.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.localize.loading;
    return loading ? loading.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }
}
