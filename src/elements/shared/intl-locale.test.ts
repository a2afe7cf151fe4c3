import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { intlLocale } from './intl-locale.js';

describe('intlLocale', () => {
  it('keeps a valid tag, in its canonical spelling', () => {
    assert.equal(intlLocale('de'), 'de');
    assert.equal(intlLocale('de-CH'), 'de-CH');
    assert.equal(intlLocale('pt-br'), 'pt-BR');
  });

  it('reads the Emporix spelling with an underscore', () => {
    assert.equal(intlLocale('de_DE'), 'de-DE');
    assert.equal(new Intl.NumberFormat(intlLocale('de_DE')).format(1234.5), '1.234,5');
  });

  it('gives English for a tag Intl would reject with a RangeError', () => {
    for (const tag of ['', 'en US', 'de-', 'i-klingon', '12']) {
      assert.throws(() => new Intl.PluralRules(tag.replace(/_/g, '-')), RangeError, `Intl accepts ${JSON.stringify(tag)}`);
      assert.equal(intlLocale(tag), 'en', JSON.stringify(tag));
    }
  });

  it('gives English for a well-formed tag Intl has no data for, rather than the browser’s language', () => {
    assert.equal(intlLocale('xx'), 'en');
    assert.equal(intlLocale('zz-ZZ'), 'en');
  });
});
