import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { intlLocale } from './intl-locale.js';

/** Values for `{name}` placeholders in a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** One language's texts for a set of keys. */
export type Messages<Key extends string> = Readonly<Record<Key, string>>;

/**
 * A language's texts in a module of their own (`messages.de.ts`), imported on first use: its
 * default export `satisfies Record<Key, string>`, which checks the keys both ways. (Typed with
 * plain string keys here: the key type comes from the English texts, which refer to the loader.)
 */
export type MessagesModule = Promise<{ readonly default: Readonly<Record<string, string>> }>;

/**
 * The texts a module ships: English inline, German (and any further built-in language) with the
 * same keys, loaded when an element first speaks it.
 */
export interface MessageBundle<Key extends string> {
  readonly en: Messages<Key>;
  /** Every built-in language, English first. */
  readonly languages: readonly string[];
  /** The built-in texts of `lang` (lowercase), when it has them and they are loaded. */
  textsIn(lang: string): Messages<Key> | undefined;
  /** Loads the built-in texts of `lang`; `undefined` when there is nothing to wait for. Never rejects. */
  load(lang: string): Promise<void> | undefined;
}

/** Texts that replace built-in ones by key; any key, including `error.<code>` for server codes. */
export type MessageOverrides = Readonly<Partial<Record<string, string>>>;

const FALLBACK_LANGUAGE = 'en';

/** A message to show later, translated when rendered so that a `lang` change re-translates it. */
export interface MessageRef<Key extends string = string> {
  readonly key: Key;
  readonly params?: MessageParams;
}

/**
 * Declares a module's built-in texts. English decides the keys and is inline; every other
 * built-in language must match them exactly and is the module that holds them, imported the first
 * time an element speaks it (`de: (): MessagesModule => import('./messages.de.js')`), so a page
 * downloads only the languages it shows.
 */
export function defineMessages<Key extends string>(bundle: {
  en: Record<Key, string>;
  [lang: string]: Record<NoInfer<Key>, string> | (() => MessagesModule);
}): MessageBundle<Key> {
  const loaded = new Map<string, Messages<Key>>();
  const loaders = new Map<string, () => MessagesModule>();
  const loading = new Map<string, Promise<void>>();
  for (const [lang, texts] of Object.entries(bundle)) {
    if (typeof texts === 'function') loaders.set(lang, texts);
    else loaded.set(lang, Object.freeze(texts));
  }
  return Object.freeze({
    en: loaded.get(FALLBACK_LANGUAGE)!,
    languages: Object.freeze(Object.keys(bundle)),
    textsIn: (lang: string) => loaded.get(lang),
    load(lang: string): Promise<void> | undefined {
      const loader = loaders.get(lang);
      if (!loader || loaded.has(lang)) return undefined;
      let pending = loading.get(lang);
      if (!pending) {
        // A failed download leaves English in place; the next language change tries again.
        pending = loader()
          .then((module) => void loaded.set(lang, Object.freeze(module.default as Messages<Key>)))
          .catch(() => undefined)
          .finally(() => loading.delete(lang));
        loading.set(lang, pending);
      }
      return pending;
    },
  });
}

/** Page-wide overrides per lowercase language tag, set by the shop through {@link setMessages}. */
const pageOverrides = new Map<string, MessageOverrides>();

/** Every connected controller, so that {@link setMessages} re-renders what is on screen. */
const connectedControllers = new Set<LocalizeController<string>>();

/**
 * Replaces texts for one language on every emx element of the page, by key. Call it again to
 * change more (a key set to `undefined` gets its built-in text back); a language without
 * built-in texts (`ja`) can be added this way too, key by key, English showing for the rest.
 *
 * ```ts
 * setMessages('de', { 'login.submit': 'Einloggen', 'error.invalid_credentials': 'Falsche Angaben.' });
 * ```
 */
export function setMessages(lang: string, messages: MessageOverrides): void {
  const tag = lang.toLowerCase();
  pageOverrides.set(tag, { ...pageOverrides.get(tag), ...messages });
  for (const controller of connectedControllers) controller.refresh();
}

/** `de-CH` (or `de_CH`) → `['de-ch', 'de']`: the exact tag first, then its primary language. */
function languageCandidates(lang: string): string[] {
  const tag = lang.toLowerCase().replace(/_/g, '-');
  const primary = tag.split('-')[0] ?? tag;
  return primary === tag ? [tag] : [tag, primary];
}

/** The nearest `lang` attribute, walking out of shadow roots through their hosts. */
function nearestLanguage(element: Element): string {
  let current: Element | null = element;
  while (current) {
    const withLang = current.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') || FALLBACK_LANGUAGE;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return FALLBACK_LANGUAGE;
}

/** First strong isolate and pop directional isolate (Unicode bidi): the text between keeps its own direction. */
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * `{count, plural, one {# item} other {# items}}`: the branch Intl.PluralRules picks for the
 * language (an exact `=0` branch first), with `#` as the number written for that language.
 */
const PLURAL = /^\{(\w+), plural,((?:\s*=?\w+\s*\{[^{}]*(?:\{\w+\}[^{}]*)*\})+)\s*\}$/;
const PLURAL_BRANCH = /\s*(=?\w+)\s*\{([^{}]*(?:\{\w+\}[^{}]*)*)\}/g;

/** The branches of a plural message by category (`one`, `other`, `=0`…); `undefined` for any other text. */
export function pluralBranches(text: string): { readonly param: string; readonly branches: ReadonlyMap<string, string> } | undefined {
  const match = PLURAL.exec(text);
  if (!match) return undefined;
  const branches = new Map<string, string>();
  for (const [, category, branch] of match[2]!.matchAll(PLURAL_BRANCH)) branches.set(category!, branch!);
  return { param: match[1]!, branches };
}

function choosePlural(text: string, locale: string, params: MessageParams | undefined): string {
  const plural = pluralBranches(text);
  if (!plural) return text;
  const count = Number(params?.[plural.param]);
  const branch = plural.branches.get(`=${count}`) ?? plural.branches.get(new Intl.PluralRules(locale).select(count)) ?? plural.branches.get('other') ?? '';
  return branch.replaceAll('#', new Intl.NumberFormat(locale).format(count));
}

/**
 * Fills `{name}` placeholders, after picking a plural branch. Text values (names, emails,
 * addresses: data, often typed by someone) are isolated with FSI…PDI, so a right-to-left override
 * or mark inside one cannot reorder the sentence around it; numbers are written for the language.
 */
function interpolate(text: string, lang: string, params: MessageParams | undefined): string {
  if (!params) return text;
  const locale = intlLocale(lang);
  return choosePlural(text, locale, params).replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    if (!(name in params)) return placeholder;
    const value = params[name];
    return typeof value === 'string' ? `${FSI}${value}${PDI}` : new Intl.NumberFormat(locale).format(value!);
  });
}

/** Primary languages already reported as missing: one warning per page and language, however many keys and elements. */
const reportedMissing = new Set<string>();

/**
 * Warns once that `candidates` (a tag and its primary language) have neither built-in texts nor
 * page overrides, so English is shown: a shop sees why its page is not in its language.
 */
function reportIfMissing(candidates: readonly string[], bundles: readonly MessageBundle<string>[]): void {
  const primary = candidates[candidates.length - 1]!;
  if (reportedMissing.has(primary)) return;
  const known = candidates.some(
    (lang) => bundles.some((bundle) => bundle.languages.includes(lang)) || Object.values(pageOverrides.get(lang) ?? {}).some((text) => text !== undefined),
  );
  if (known) return;
  reportedMissing.add(primary);
  console.warn(`emx-elements: no texts in the language "${primary}", so English is shown. setMessages('${primary}', { … }) adds them.`);
}

/**
 * One MutationObserver per document watches `lang` and `dir` attributes (`dir` for the elements'
 * direction, see direction.ts), and the shadow roots emx elements live in, for all connected
 * controllers of that document; it is disconnected when the last one leaves, so mounting and
 * unmounting leaves nothing behind.
 */
interface LanguageWatch {
  readonly observer: MutationObserver;
  readonly controllers: Set<LocalizeController<string>>;
}

const languageWatches = new WeakMap<Document, LanguageWatch>();
const WATCH_OPTIONS: MutationObserverInit = { subtree: true, attributes: true, attributeFilter: ['lang', 'dir'] };

function watchLanguage(controller: LocalizeController<string>, host: Element): void {
  const document = host.ownerDocument;
  let watch = languageWatches.get(document);
  if (!watch) {
    const controllers = new Set<LocalizeController<string>>();
    const observer = new MutationObserver(() => controllers.forEach((each) => each.refresh()));
    observer.observe(document, WATCH_OPTIONS);
    watch = { observer, controllers };
    languageWatches.set(document, watch);
  }
  watch.controllers.add(controller);
  // A lang change inside a shop's shadow tree is invisible to the document-level observation.
  for (let root = host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    watch.observer.observe(root, WATCH_OPTIONS);
  }
}

function unwatchLanguage(controller: LocalizeController<string>, document: Document): void {
  const watch = languageWatches.get(document);
  if (!watch) return;
  watch.controllers.delete(controller);
  if (watch.controllers.size > 0) return;
  watch.observer.disconnect();
  languageWatches.delete(document);
}

/**
 * Gives an element its texts in the language of the nearest `lang` attribute (English when there
 * is none, and per key when the language lacks a text; see `reportIfMissing`), and re-renders it
 * when that attribute or the page's overrides change. Lookup order for a key: the element's own
 * `messages`, the page's {@link setMessages} for the language, the built-in texts for the
 * language, then the same in English, then the key itself. Built-in texts other than English are loaded when the language
 * is first seen; {@link loading} says while, and the host re-renders once they are there.
 */
export class LocalizeController<Key extends string> implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #bundles: readonly MessageBundle<string>[];
  readonly #elementOverrides: () => MessageOverrides | undefined;
  #lang = FALLBACK_LANGUAGE;
  #document: Document | undefined;
  #loading: Promise<void> | undefined;

  constructor(
    host: ReactiveControllerHost & Element,
    options: { bundles: readonly MessageBundle<string>[]; overrides?: () => MessageOverrides | undefined },
  ) {
    this.#host = host;
    this.#bundles = options.bundles;
    this.#elementOverrides = options.overrides ?? (() => undefined);
    host.addController(this);
  }

  /** The language tag in effect, as written in the `lang` attribute (e.g. `de-CH`). */
  get lang(): string {
    return this.#lang;
  }

  /** Pending while the built-in texts of the language are being loaded; `undefined` once they are there. */
  get loading(): Promise<void> | undefined {
    return this.#loading;
  }

  hostConnected(): void {
    this.#document = this.#host.ownerDocument;
    this.#setLanguage(nearestLanguage(this.#host));
    connectedControllers.add(this);
    watchLanguage(this, this.#host);
  }

  hostDisconnected(): void {
    connectedControllers.delete(this);
    if (this.#document) unwatchLanguage(this, this.#document);
    this.#document = undefined;
  }

  /** Re-reads the language and re-renders the host when texts may have changed. */
  refresh(): void {
    this.#setLanguage(nearestLanguage(this.#host));
    this.#host.requestUpdate();
  }

  #setLanguage(lang: string): void {
    this.#lang = lang;
    const pending = languageCandidates(lang).flatMap((candidate) => this.#bundles.flatMap((bundle) => bundle.load(candidate) ?? []));
    if (pending.length === 0) {
      this.#loading = undefined;
      return;
    }
    const loading = Promise.all(pending).then(() => {
      if (this.#loading !== loading) return;
      this.#loading = undefined;
      this.#host.requestUpdate();
    });
    this.#loading = loading;
  }

  /** The text for `key`, with `{name}` placeholders filled from `params`. */
  term(key: Key, params?: MessageParams): string {
    return this.lookup(key, params) ?? key;
  }

  /** Like {@link term} for keys built at run time (server error codes): `undefined` when no text exists. */
  lookup(key: string, params?: MessageParams): string | undefined {
    const candidates = languageCandidates(this.#lang);
    const ownLanguage = this.#elementOverrides()?.[key] ?? this.#find(key, candidates);
    if (ownLanguage !== undefined) return interpolate(ownLanguage, this.#lang, params);
    reportIfMissing(candidates, this.#bundles);
    const english = this.#find(key, [FALLBACK_LANGUAGE]);
    return english === undefined ? undefined : interpolate(english, FALLBACK_LANGUAGE, params);
  }

  /** Translates a message kept for later. */
  render(message: MessageRef): string {
    return this.lookup(message.key, message.params) ?? message.key;
  }

  #find(key: string, languages: readonly string[]): string | undefined {
    for (const lang of languages) {
      const text = pageOverrides.get(lang)?.[key] ?? this.#builtIn(lang, key);
      if (text !== undefined) return text;
    }
    return undefined;
  }

  #builtIn(lang: string, key: string): string | undefined {
    for (const bundle of this.#bundles) {
      const text = bundle.textsIn(lang)?.[key];
      if (text !== undefined) return text;
    }
    return undefined;
  }
}
