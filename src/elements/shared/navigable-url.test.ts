import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isNavigableHref } from './navigable-url.js';

const base = 'https://shop.example/account/';

describe('isNavigableHref', () => {
  it('follows relative, http: and https: URLs', () => {
    for (const href of ['/login', 'login', '../reset?x=1', '#top', 'https://shop.example/login', 'http://shop.example/login', '//cdn.example/x']) {
      assert.equal(isNavigableHref(href, base), true, href);
    }
  });

  it('refuses script, data and other schemes, and warns once per URL', (t) => {
    const warn = t.mock.method(console, 'warn', () => undefined);
    for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', 'mailto:a@example.com']) {
      assert.equal(isNavigableHref(href, base), false, href);
    }
    assert.equal(isNavigableHref('javascript:alert(1)', base), false);
    assert.equal(warn.mock.callCount(), 5);
  });

  it('refuses a URL that does not parse', (t) => {
    t.mock.method(console, 'warn', () => undefined);
    assert.equal(isNavigableHref('http://[::1', base), false);
  });
});
