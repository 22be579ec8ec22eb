import { describe, expect, it } from 'vitest';
import { citationField } from '../../src/discord/reply.js';
import { cutAtWord } from '../../src/discord/text.js';
import { hasLoneSurrogate } from './invariants.js';

describe('cutting text for Discord between characters', () => {
  it('keeps a cut text inside its limit', () => {
    expect(cutAtWord('😀'.repeat(600), 100).length).toBeLessThanOrEqual(100);
  });

  // A word longer than the room is cut at a UTF-16 unit, which can fall inside an emoji or a
  // mathematical letter and leave half of it (a lone surrogate) that Discord cannot store.
  it('never leaves half an emoji when a long word is cut', () => {
    expect(hasLoneSurrogate(cutAtWord('😀'.repeat(600), 100))).toBe(false);
  });

  it('never leaves half a character in a citation field cut from a long title without spaces', () => {
    const field = citationField({ article: 'hello', title: '𝕳𝖊𝖑𝖑𝖔'.repeat(60), paragraph: 1, snippet: 'The talks ended.' });
    expect(field.name.length).toBeLessThanOrEqual(256);
    expect(hasLoneSurrogate(field.name)).toBe(false);
  });
});
