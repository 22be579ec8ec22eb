import { describe, expect, it } from 'vitest';
import { isRoleNoun } from '../../src/vocabulary.js';

describe('role nouns', () => {
  it('takes a lower-case agent noun as a role, but not the same word capitalised (a name)', () => {
    // Asked in this order, the capitalised form first, so that a cache keyed on the lower-cased
    // word alone would hand the name's answer to the noun.
    expect(isRoleNoun('Wrangler')).toBe(false);
    expect(isRoleNoun('wrangler')).toBe(true);
    expect(isRoleNoun('Wrangler')).toBe(false);
  });
});
