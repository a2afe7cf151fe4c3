import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

/**
 * Physical sides in CSS (`margin-left`, `right: 0`, `text-align: left`, `border-top-right-radius`…)
 * do not mirror on a right-to-left page; logical properties (`margin-inline-start`, `inset-inline-end`,
 * `text-align: start`) do. Comments may say "left" and "right"; rules may not.
 */
function physicalSides(css: string): string[] {
  const code = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return code.split('\n').filter((line) => /\b(left|right)\b/i.test(line)).map((line) => line.trim());
}

/** The CSS of a module: its `css` template literals (a `${…}` inside one is not CSS, and none of ours has one). */
function cssOf(file: string): string {
  const source = readFileSync(file, 'utf8');
  return file.endsWith('.css') ? source : [...source.matchAll(/\bcss`([^`]*)`/g)].map(([, css]) => css).join('\n');
}

const styleSources = [
  ...readdirSync('src/elements', { recursive: true })
    .map((file) => join('src/elements', String(file)))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && readFileSync(file, 'utf8').includes('css`')),
  ...readdirSync('demo')
    .filter((file) => file.endsWith('.css'))
    .map((file) => join('demo', file)),
];

describe('styles mirror for right-to-left pages', () => {
  it('the check finds physical sides and lets logical ones and comments pass', () => {
    assert.deepEqual(physicalSides('a { margin-left: 1px; }\nb { text-align: right }\nc { inset-inline-start: 0 }\n/* left */'), [
      'a { margin-left: 1px; }',
      'b { text-align: right }',
    ]);
  });

  it('finds the element, shared and demo styles', () => {
    for (const expected of ['src/elements/shared/styles.ts', 'src/elements/login/emx-login.styles.ts', 'demo/shop.css']) {
      assert.ok(styleSources.includes(expected), `${expected} is not checked`);
    }
  });

  for (const file of styleSources) {
    it(`${file} uses logical properties only`, () => {
      assert.deepEqual(physicalSides(cssOf(file)), [], `${file} names a physical side; use the logical property`);
    });
  }
});

/** The selectors of a style sheet's top-level rules (at-rules included, as written). */
function topLevelSelectors(css: string): string[] {
  const selectors: string[] = [];
  let depth = 0;
  let text = '';
  for (const char of css.replace(/\/\*[\s\S]*?\*\//g, '')) {
    if (char === '{' && depth++ === 0) selectors.push(text.trim());
    if (char === '}') depth--;
    text = char === '{' || char === '}' || char === ';' ? '' : text + char;
  }
  return selectors;
}

/** Each element's own styles module: `src/elements/<name>/emx-<name>.styles.ts`. */
const elementStyleSources = readdirSync('src/elements', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => ({ name: entry.name, file: join('src/elements', entry.name, `emx-${entry.name}.styles.ts`) }))
  .filter(({ file }) => styleSources.includes(file));

// Light-DOM styles are page-wide: a rule of one element that is not scoped to its root reaches
// every other element's content (a `form` laid out in a row).
describe("each element's own rules reach its own content only", () => {
  it('the check reads top-level selectors, nested rules and comments aside', () => {
    assert.deepEqual(topLevelSelectors(':where(.a) {\n b { c: d; }\n}\n/* x { */ e, f { g: h }\n@media (x) { i { } }'), [':where(.a)', 'e, f', '@media (x)']);
  });

  it('finds every element with styles of its own', () => {
    assert.deepEqual(elementStyleSources.map(({ name }) => name).sort(), ['account', 'address-book', 'company-switcher', 'login', 'signup']);
  });

  for (const { name, file } of elementStyleSources) {
    it(`${file} nests every rule in :where(.emx-${name})`, () => {
      const selectors = topLevelSelectors(cssOf(file));
      assert.ok(selectors.length > 0, `${file} has no rules`);
      assert.deepEqual(selectors.filter((selector) => selector !== `:where(.emx-${name})`), []);
    });
  }
});
