import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { API_SECTION, renderApiReference } from '../../scripts/api-docs.ts';
import { analyzeElements } from '../../scripts/manifest.ts';
import { README, readmeSection } from '../../scripts/readme-sections.ts';

it("README's API section matches the elements' JSDoc (run `npm run docs` to regenerate it)", async () => {
  assert.equal(readmeSection(readFileSync(README, 'utf8'), API_SECTION), renderApiReference(await analyzeElements()));
});
