import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { languageDirection, listedDirection } from './direction.js';

// Dhivehi (`dv`) is right to left too, but some engines' locale data lacks it and answers `ltr`.
const RIGHT_TO_LEFT = ['ar', 'ar-EG', 'he', 'he-IL', 'iw', 'fa', 'ur', 'ps', 'ckb', 'yi', 'pa-Arab'];
const LEFT_TO_RIGHT = ['en', 'de-CH', 'pl', 'cs', 'az', 'az-Latn', 'ar-Latn', 'sr-Cyrl', 'ja', 'zh-Hant'];

describe('languageDirection', () => {
  it('is right to left for Arabic, Hebrew, Persian, Urdu and other languages in right-to-left scripts', () => {
    for (const lang of RIGHT_TO_LEFT) assert.equal(languageDirection(lang), 'rtl', lang);
  });

  it('is left to right for other languages, a Latin-script Arabic included', () => {
    for (const lang of LEFT_TO_RIGHT) assert.equal(languageDirection(lang), 'ltr', lang);
  });

  it('is left to right for a malformed tag, rather than throwing', () => {
    assert.equal(languageDirection('not a tag!'), 'ltr');
    assert.equal(languageDirection(''), 'ltr');
  });

  it('the fallback lists (for engines without Intl.Locale text info) agree with it', () => {
    for (const lang of [...RIGHT_TO_LEFT, ...LEFT_TO_RIGHT]) assert.equal(listedDirection(new Intl.Locale(lang)), languageDirection(lang), lang);
  });
});
