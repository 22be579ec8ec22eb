import { escapeMarkdown } from 'discord.js';
import { scrubSecrets } from '../logger.js';

const ELLIPSIS = '…';
const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Makes text from an article or a member safe to show: markdown is escaped so it cannot break the
 * layout, and `@everyone`, `@here` and `<@…>` / `<#…>` tokens get a zero-width space so they neither ping
 * (even if a reply forgot its allowed mentions) nor render as mentions. A registered secret (the
 * token) is scrubbed, should an error's text carry it.
 * escapeMarkdown's look-behinds make it slow on very long text: cut first (see {@link safeExcerpt}).
 */
export function neutralise(text: string): string {
  return escapeMarkdown(scrubSecrets(text), { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<([@#])/g, `<${ZERO_WIDTH_SPACE}$1`);
}

/**
 * Shortens text to at most `max` characters, cutting at the last word boundary and ending with an
 * ellipsis. Returns the text unchanged when it fits.
 */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - ELLIPSIS.length;
  const slice = text.slice(0, room + 1);
  const boundary = slice.search(/\s\S*$/);
  // A single word longer than the room has no boundary to cut at: cut it rather than show nothing.
  let cut = boundary > 0 ? slice.slice(0, boundary) : slice.slice(0, room);
  // Never keep half of a character that takes two UTF-16 units (an emoji, a mathematical letter).
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  // A cut right after a backslash would leave half of an escape.
  return cut.replace(/[\s\\]+$/, '') + ELLIPSIS;
}

/**
 * Neutralised text within `max` characters: the raw text is cut first (escaping long text is slow), then
 * escaped, then cut again in case the escapes made it longer.
 */
export function safeExcerpt(text: string, max: number): string {
  return cutAtWord(neutralise(cutAtWord(text, max)), max);
}
