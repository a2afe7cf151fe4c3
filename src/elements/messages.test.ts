import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { accountMessages } from './account/messages.js';
import { addressBookMessages } from './address-book/messages.js';
import { companySwitcherMessages } from './company-switcher/messages.js';
import { loginMessages } from './login/messages.js';
import { passwordResetMessages } from './password-reset/messages.js';
import { pluralBranches, type MessageBundle } from './shared/localize.js';
import { sharedMessages } from './shared/messages.js';
import { signupMessages } from './signup/messages.js';

/** Every module's texts: a language is complete when it has all of them. */
const bundles: Record<string, MessageBundle<string>> = {
  shared: sharedMessages,
  login: loginMessages,
  signup: signupMessages,
  account: accountMessages,
  'address-book': addressBookMessages,
  'password-reset': passwordResetMessages,
  'company-switcher': companySwitcherMessages,
};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(([, name]) => name).sort();

/** The placeholders a text fills, and for a plural message each branch's, with `#` as the count. */
function variants(text: string): string[] {
  const plural = pluralBranches(text);
  if (!plural) return [text];
  return [...plural.branches.values()];
}

for (const [module, bundle] of Object.entries(bundles)) {
  describe(`${module} texts`, () => {
    for (const lang of bundle.languages.filter((each) => each !== 'en')) {
      it(`${lang}: every key, no other, with the placeholders and plural forms of English`, async () => {
        await bundle.load(lang);
        const texts = bundle.textsIn(lang);
        assert.ok(texts, `the ${lang} texts of ${module} did not load`);
        assert.deepEqual(Object.keys(texts).sort(), Object.keys(bundle.en).sort(), `${lang} keys differ from English`);
        const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        for (const [key, english] of Object.entries(bundle.en)) {
          const text: string = texts[key]!;
          assert.ok(text.trim().length > 0, `${lang} ${key} is empty`);
          const englishPlural = pluralBranches(english);
          const plural = pluralBranches(text);
          assert.equal(Boolean(plural), Boolean(englishPlural), `${lang} ${key}: a plural message in English must be one in ${lang}, and only then`);
          if (plural && englishPlural) {
            assert.equal(plural.param, englishPlural.param, `${lang} ${key} counts another placeholder`);
            for (const category of categories) assert.ok(plural.branches.has(category), `${lang} ${key} lacks the plural form "${category}"`);
            for (const branch of plural.branches.values()) assert.ok(branch.includes('#'), `${lang} ${key}: every plural form shows the count (#)`);
          }
          const expected = [...new Set(variants(english).flatMap(placeholders))].sort();
          for (const variant of variants(text) as string[]) {
            assert.deepEqual(placeholders(variant), expected.filter((name) => variant.includes(`{${name}}`)).sort(), `${lang} ${key} has a placeholder English does not`);
            for (const name of expected) assert.ok(variant.includes(`{${name}}`), `${lang} ${key} drops or renames {${name}}`);
          }
        }
      });
    }
  });
}

describe('README "Languages" table', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = /^## Languages\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? '';
  const rows = [...section.matchAll(/^\| `([a-z]{2,3})` \| [^|]+ \| (✓?) \|$/gm)].map(([, code, complete]) => ({ code: code!, complete: complete === '✓' }));
  const builtIn = [...new Set(Object.values(bundles).flatMap((bundle) => bundle.languages))];

  it('lists exactly the built-in languages, each complete in every element', () => {
    assert.deepEqual(rows.map((row) => row.code).sort(), builtIn.sort());
    for (const lang of builtIn) {
      const lacking = Object.entries(bundles).filter(([, bundle]) => !bundle.languages.includes(lang)).map(([module]) => module);
      assert.deepEqual(lacking, [], `${lang} is in the table, but not built into these modules`);
    }
    for (const row of rows) assert.ok(row.complete, `${row.code} is not marked complete`);
  });

});
