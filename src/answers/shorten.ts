/** Cuts text at a word boundary to at most `max` characters, marking the cut with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  // Never keep half of a two-unit character (an emoji) when a long word has to be cut.
  return text.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\uD800-\uDBFF]$/, '').replace(/[\s,;:–—-]+$/, '') + '…';
}
