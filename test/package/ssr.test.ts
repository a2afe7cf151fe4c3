// Importing the kit must be safe where there is no DOM (server-side rendering, Node tools): it
// defines its tags and touches nothing else of the page at module evaluation.
import assert from 'node:assert/strict';
import { test } from 'node:test';

test('the built package imports in Node without a document and defines every tag', async () => {
  assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
  // A path in a variable: the type check runs before the build, when dist/ does not exist yet.
  const builtEntry = '../../dist/index.js';
  const kit = (await import(builtEntry)) as { EmporixSession?: unknown };
  assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined', 'nothing created a document');
  assert.equal(typeof (globalThis as { window?: unknown }).window, 'undefined', 'nothing created a window');
  // Lit's server build brings a customElements registry; the kit registered its tags there.
  const { customElements } = globalThis as unknown as { customElements: { get(name: string): unknown } };
  for (const tag of ['emx-session', 'emx-login', 'emx-signup', 'emx-address-book', 'emx-password-reset', 'emx-account']) {
    assert.ok(customElements.get(tag), `${tag} is defined`);
  }
  assert.equal(typeof kit.EmporixSession, 'function');
});
