import { describe, expect, it } from 'vitest';
import { cleanQuery, MAX_QUERY_LENGTH } from '../../src/answer.js';

describe('cleanQuery at the length limit', () => {
  it('never cuts an emoji in half', () => {
    // Each emoji is two UTF-16 units; after one letter, unit 500 is the first half of an emoji.
    const cleaned = cleanQuery('a' + '😀'.repeat(600));
    expect(cleaned.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(cleaned).not.toMatch(/\p{Cs}/u);
    expect(cleaned.endsWith('😀')).toBe(true);
  });

  it('does not end on the space the cut falls after', () => {
    // ". " repeated puts a space at every odd index, so the cut at 500 keeps a trailing space unless trimmed.
    const cleaned = cleanQuery('. '.repeat(400));
    expect(cleaned).toBe(cleaned.trim());
  });

  it('drops a lone surrogate sent on its own', () => {
    expect(cleanQuery('Umerov \ud800 said')).toBe('Umerov said');
  });
});
