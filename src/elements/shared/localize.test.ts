import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pluralBranches } from './localize.js';

describe('pluralBranches', () => {
  it('reads each category of a plural message, placeholders and # kept', () => {
    const plural = pluralBranches('{min, plural, =0 {None.} one {At least # character for {name}.} other {At least # characters.}}');
    assert.equal(plural?.param, 'min');
    assert.deepEqual([...plural!.branches], [
      ['=0', 'None.'],
      ['one', 'At least # character for {name}.'],
      ['other', 'At least # characters.'],
    ]);
  });

  it('leaves texts that are not plural messages alone', () => {
    assert.equal(pluralBranches('Signed in as {name}'), undefined);
    assert.equal(pluralBranches('{min} characters'), undefined);
  });
});
