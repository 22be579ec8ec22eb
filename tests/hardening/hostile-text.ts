import fc from 'fast-check';

/**
 * Generators of the text members actually send, and of the text that breaks bots: every Unicode plane,
 * right-to-left and zero-width characters, control characters, markdown and code fences, mentions,
 * regular-expression metacharacters, numbers, nothing at all, and ten thousand characters.
 */

/** Pieces that have broken chat bots before. */
export const HOSTILE_PIECES = [
  '',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '@everyone',
  '@here',
  '@EVERYONE',
  '<@123>',
  '<@!123456789012345678>',
  '<@&456>',
  '<#789>',
  '<@&>',
  '@\u200beveryone',
  '```',
  '```js\nprocess.exit(1)\n```',
  '**bold**',
  '__under__',
  '~~strike~~',
  '||spoiler||',
  '`code`',
  '> quote',
  '# heading',
  '- item',
  '1. item',
  '[link](https://example.com/@everyone)',
  '\\',
  '\\*',
  '.*+?^${}()|[]\\/',
  '(?<=a)b',
  '(a+)+$',
  '[^]',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u061c',
  'مرحبا بالعالم',
  'שלום',
  '\u0000',
  '\u0007',
  '\u0008',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u2029',
  '\ud800',
  '\udfff',
  '😀',
  '👩‍👩‍👧‍👦',
  '🇺🇦',
  'e\u0301',
  '\u{10FFFD}',
  '\u{E0001}',
  '𝕳𝖊𝖑𝖑𝖔',
  '０１２３',
  '0',
  '-1',
  '1e309',
  'NaN',
  '3.14159',
  '__proto__',
  'constructor',
  'toString',
  'who',
  '/who',
  'who is',
  'what did they agree',
  'How long did the talks last?',
  '?',
  '…',
  '"',
  '“',
  "'",
  '—',
];

/** A code point from anywhere in Unicode, surrogate halves aside (those come from {@link HOSTILE_PIECES}). */
const anyCodePoint = fc
  .integer({ min: 0, max: 0x10ffff })
  .filter((codePoint) => codePoint < 0xd800 || codePoint > 0xdfff)
  .map((codePoint) => String.fromCodePoint(codePoint));
/** A code point from one of the seventeen planes, picked plane first so the rare planes are not rare. */
const anyPlane = fc
  .tuple(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 0, max: 0xffff }))
  .map(([plane, offset]) => plane * 0x10000 + offset)
  .filter((codePoint) => codePoint < 0xd800 || codePoint > 0xdfff)
  .map((codePoint) => String.fromCodePoint(codePoint));
const rightToLeft = fc.integer({ min: 0x0590, max: 0x08ff }).map((codePoint) => String.fromCodePoint(codePoint));
const control = fc.oneof(fc.integer({ min: 0, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f })).map((codePoint) => String.fromCodePoint(codePoint));
const invisible = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u00ad', '\u034f');

/** One piece of a query. `words` are names and topics from the corpus, so some queries find answers. */
export function queryPiece(words: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
    { weight: 4, arbitrary: words.length > 0 ? fc.constantFrom(...words) : fc.constant('talks') },
    { weight: 2, arbitrary: fc.string({ unit: anyPlane, maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: anyCodePoint, maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: rightToLeft, maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: control, maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: invisible, maxLength: 6 }) },
    { weight: 1, arbitrary: fc.oneof(fc.integer().map(String), fc.double().map(String), fc.bigInt().map(String)) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...'.*+?^${}()|[]\\/-'), maxLength: 12 }) },
  );
}

/** A query: a few pieces run together or spaced, or now and then a flood of up to 10,000 characters. */
export function queryArbitrary(words: readonly string[]): fc.Arbitrary<string> {
  const piece = queryPiece(words);
  return fc.oneof(
    { weight: 30, arbitrary: fc.tuple(fc.array(piece, { maxLength: 8 }), fc.constantFrom('', ' ', '\n')).map(([pieces, glue]) => pieces.join(glue)) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.array(piece, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1000, max: 10_000 }))
        .map(([pieces, length]) => {
          const unit = pieces.join(' ') || 'x';
          return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
        }),
    },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n\t  ', 'a'.repeat(10_000), '😀'.repeat(5_000), '@everyone '.repeat(1_000), '\u200b'.repeat(10_000)) },
  );
}

/** A line as typed into the console or piped to `ask --jsonl`: sometimes a command word, then a query. */
export function lineArbitrary(words: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom('', '/', ' /', '//'), fc.constantFrom('who ', 'quote ', 'outcome ', 'ask ', 'WHO ', 'sources', 'help', 'quit ', 'nonsense ', ''), queryArbitrary(words))
    .map(([slash, command, query]) => slash + command + query);
}
