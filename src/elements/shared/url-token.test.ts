import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { takeUrlParameter } from './url-token.js';

/** The two parts of a window the function uses, recording what it leaves in the address bar. */
function view(href: string) {
  const page = {
    location: { href },
    history: {
      state: { kept: true },
      replaceState(state: unknown, _title: string, url: URL) {
        assert.deepEqual(state, { kept: true });
        page.location.href = String(url);
      },
    },
  };
  return page;
}

const take = (name: string, page: ReturnType<typeof view>) => takeUrlParameter(name, page as unknown as Window);

describe('takeUrlParameter', () => {
  it('takes a token from the fragment and keeps the rest of it', () => {
    const page = view('https://shop.example/reset?lang=de#token=abc%2B1&step=2');
    assert.equal(take('token', page), 'abc+1');
    assert.equal(page.location.href, 'https://shop.example/reset?lang=de#step=2');
  });

  it('takes a token from the query, as Emporix’s email templates write it', () => {
    const page = view('https://shop.example/reset?token=abc&lang=de');
    assert.equal(take('token', page), 'abc');
    assert.equal(page.location.href, 'https://shop.example/reset?lang=de');
  });

  it('prefers the fragment and removes both', () => {
    const page = view('https://shop.example/reset?token=from-query#token=from-fragment');
    assert.equal(take('token', page), 'from-fragment');
    assert.equal(page.location.href, 'https://shop.example/reset');
  });

  it('removes an empty parameter and counts it as absent', () => {
    const page = view('https://shop.example/reset?token=&lang=de');
    assert.equal(take('token', page), undefined);
    assert.equal(page.location.href, 'https://shop.example/reset?lang=de');
  });

  it('leaves the URL alone without the parameter', () => {
    const page = view('https://shop.example/reset?tokens=1#tokenx=2');
    page.history.replaceState = () => assert.fail('the history entry was replaced');
    assert.equal(take('token', page), undefined);
  });

  it('matches a fragment name written percent-encoded', () => {
    const page = view('https://shop.example/#optin%2Dtoken=xyz');
    assert.equal(take('optin-token', page), 'xyz');
  });
});
