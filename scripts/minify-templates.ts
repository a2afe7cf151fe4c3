/**
 * Minifies the markup inside Lit's tagged templates at build time, which a JavaScript minifier
 * leaves alone: `` css`…` `` through lightningcss, `` html`…` `` and `` svg`…` `` through
 * html-minifier-next with whitespace collapsed. Lit renders from those strings, so the output
 * renders the same DOM less whitespace that does not show.
 */
import { minify as minifyHtml, type MinifierOptions } from 'html-minifier-next';
import { transform as transformCss } from 'lightningcss';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

interface TemplateElement {
  start: number;
  end: number;
  value: { raw: string; cooked: string | null };
}

interface TaggedTemplate {
  tag: string;
  quasis: TemplateElement[];
}

const TAGS = new Set(['html', 'svg', 'css']);

/** Render-safe settings: nothing but comments and whitespace goes, attributes and void-element slashes stay as written. */
const HTML_OPTIONS: MinifierOptions = {
  caseSensitive: true,
  collapseWhitespace: true,
  keepClosingSlash: true,
  removeComments: true,
  removeAttributeQuotes: false,
  removeEmptyAttributes: false,
  decodeEntities: false,
  minifyCSS: false,
  minifyJS: false,
};

function isNode(value: unknown): value is { type: string } & Record<string, unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Every `` html`…` ``, `` svg`…` `` and `` css`…` `` in an ESTree program. */
function taggedTemplatesIn(node: unknown, found: TaggedTemplate[] = []): TaggedTemplate[] {
  if (Array.isArray(node)) {
    for (const child of node) taggedTemplatesIn(child, found);
    return found;
  }
  if (!isNode(node)) return found;
  if (node.type === 'TaggedTemplateExpression') {
    const tag = node.tag as { type: string; name?: string };
    const quasi = node.quasi as { quasis: TemplateElement[] };
    if (tag.type === 'Identifier' && TAGS.has(tag.name!)) found.push({ tag: tag.name!, quasis: quasi.quasis });
  }
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'parent' && typeof value === 'object') taggedTemplatesIn(value, found);
  }
  return found;
}

/** Text that stands where an expression was; letters and digits only, so it is valid as text, attribute name and value. */
const placeholder = (index: number) => `emxtplexpr${index}x`;

async function minifyHtmlStrings(strings: readonly string[]): Promise<string[] | undefined> {
  const joined = strings.map((text, index) => (index === 0 ? text : placeholder(index - 1) + text)).join('');
  if (strings.some((text) => /emxtplexpr\d+x/.test(text))) return undefined;
  let minified = await minifyHtml(joined, HTML_OPTIONS);
  // A template's edges may meet inline content of the template it is rendered into: keep one space there.
  if (/^\s/.test(joined) && !/^\s/.test(minified)) minified = ` ${minified}`;
  if (/\s$/.test(joined) && !/\s$/.test(minified)) minified = `${minified} `;
  const parts = minified.split(/emxtplexpr(\d+)x/);
  // Every expression must come back once, in order; anything else leaves the template as written.
  if (parts.length !== strings.length * 2 - 1) return undefined;
  for (let index = 1; index < parts.length; index += 2) if (Number(parts[index]) !== (index - 1) / 2) return undefined;
  return parts.filter((_, index) => index % 2 === 0);
}

function minifyCssString(text: string, id: string): string {
  const { code } = transformCss({ filename: id, code: new TextEncoder().encode(text), minify: true });
  return new TextDecoder().decode(code);
}

/** A minified string must stay a valid template literal part with the same value. */
const isSafeRaw = (text: string) => !/[`\\]|\$\{/.test(text);

export function minifyTemplates(options: { include: (id: string) => boolean }): Plugin {
  return {
    name: 'emx-minify-templates',
    async transform(code, id) {
      if (!options.include(id) || !/\b(?:html|svg|css)`/.test(code)) return null;
      // Vite's TypeScript transform runs first: the code is JavaScript (ESTree template element ranges exclude the delimiters).
      const templates = taggedTemplatesIn(this.parse(code));
      if (templates.length === 0) return null;
      const output = new MagicString(code);
      for (const { tag, quasis } of templates) {
        const strings = quasis.map((quasi) => quasi.value.raw);
        // Escapes would need re-escaping: such a template stays as written.
        if (quasis.some((quasi) => quasi.value.cooked !== quasi.value.raw)) continue;
        if (quasis.some((quasi) => code.slice(quasi.start, quasi.end) !== quasi.value.raw)) {
          this.error(`${tag}\`…\` at ${quasis[0]!.start}: the parser's ranges do not cover the template's strings`);
        }
        let minified: string[] | undefined;
        if (tag === 'css') {
          // Interpolated CSS cannot be parsed as CSS: only whole style sheets are minified.
          minified = strings.length === 1 ? [minifyCssString(strings[0]!, id)] : undefined;
        } else {
          minified = await minifyHtmlStrings(strings);
        }
        if (!minified || !minified.every(isSafeRaw)) {
          this.warn(`${tag}\`…\` at ${quasis[0]!.start} left unminified`);
          continue;
        }
        quasis.forEach((quasi, index) => {
          if (minified[index] === quasi.value.raw) return;
          if (quasi.start === quasi.end) output.appendLeft(quasi.start, minified[index]!);
          else output.overwrite(quasi.start, quasi.end, minified[index]!);
        });
      }
      if (!output.hasChanged()) return null;
      return { code: output.toString(), map: output.generateMap({ hires: true, source: id }) };
    },
  };
}
