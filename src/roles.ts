import type { NameSpan } from './names.js';
import { isRoleNoun } from './vocabulary.js';
import { STOP_WORDS } from './text.js';

/** How a role was written, strongest first. */
export type RoleKind = 'title' | 'appositive' | 'before' | 'relative' | 'alias';

export const ROLE_KIND_ORDER: RoleKind[] = ['title', 'appositive', 'before', 'alias', 'relative'];

// Courtesy titles say nothing of a person's role.
const COURTESY = /^(mr|mrs|ms|miss|mx|dr|prof|sir|dame)\.?$/i;

const words = (text: string): string[] => text.match(/[\p{L}\p{M}\p{N}’'\-.]+/gu) ?? [];

/** "Secretary of State" or "President … of Russia" → the role the title states, if any. */
export function titleRole(span: NameSpan): string | null {
  const title = span.title
    .split(' ')
    .filter((word) => !COURTESY.test(word))
    .join(' ');
  if (!title) return null;
  return span.ofPlace ? `${title} of ${span.ofPlace}` : title;
}

// Words that open a noun phrase used as an appositive ("the", "a", "Ghana's", "chief").
const opensNounPhrase = (word: string) =>
  /^(the|a|an|its|his|her|their|our|former|acting|interim|longtime|veteran|senior|top|lead|principal|special|regional|national|foreign|interior|defen[cs]e|finance|trade|health|longtime|outgoing|incoming|newly|retired|then)$/i.test(word) ||
  /[’']s$/.test(word) ||
  /^\p{Lu}/u.test(word) ||
  isRoleNoun(word);

const hasRoleNounEarly = (phrase: string[]) => phrase.slice(0, 8).some(isRoleNoun);

/** "X, the Kremlin aide leading the delegation," → "the Kremlin aide leading the delegation". */
export function appositiveAfter(sentence: string, span: NameSpan): string | null {
  const after = sentence.slice(span.end);
  const match = /^,\s+([^,;:“”"()]+?)(?=,|;|:|\.\s|\.?["”]?$|\s[“"(])/u.exec(after);
  if (!match) return null;
  const phrase = match[1].trim();
  const phraseWords = words(phrase);
  if (phraseWords.length === 0 || phraseWords.length > 16) return null;
  if (/^(who|whose|which|where|when|according|said|says|told|and|but|or|as|in|on|at|for|during|after|before|speaking|saying)\b/i.test(phrase)) return null;
  if (!opensNounPhrase(phraseWords[0]) || !hasRoleNounEarly(phraseWords)) return null;
  return phrase;
}

/** "Turkey's foreign minister, Hakan Fidan," → "Turkey's foreign minister". */
export function appositiveBefore(sentence: string, span: NameSpan): string | null {
  const before = sentence.slice(0, span.start);
  if (!/,\s+$/.test(before)) return null;
  if (!/^(,|\.|;|$|\s+(who|said|says|told))/.test(sentence.slice(span.end))) return null;
  const segment = before.replace(/,\s+$/, '').split(/[,;:(“”"]/).pop()!.trim();
  const segmentWords = words(segment);
  if (segmentWords.length === 0 || segmentWords.length > 9) return null;
  if (!/^(the|its|his|her|their|a|an)$/i.test(segmentWords[0]) && !/^\p{Lu}/u.test(segmentWords[0])) return null;
  // The phrase must end in its role noun, or in "role of X" ("secretary of state").
  const last = segmentWords[segmentWords.length - 1];
  const ofAt = segmentWords.lastIndexOf('of');
  const endsInRole = isRoleNoun(last) || (ofAt > 0 && isRoleNoun(segmentWords[ofAt - 1]) && segmentWords.length - ofAt <= 4);
  if (!endsInRole) return null;
  return segment.replace(/^(and|but|while)\s+/i, '');
}

/** "Kremlin spokesperson Dmitry Peskov", "Swiss envoy Thomas Gerber" → the words before the name. */
export function roleBefore(sentence: string, span: NameSpan): string | null {
  const before = sentence.slice(0, span.start);
  const tail = /((?:[\p{L}\p{M}’'\-.]+ ){1,4})$/u.exec(before)?.[1];
  if (!tail) return null;
  const tailWords = tail.trim().split(' ');
  if (!isRoleNoun(tailWords[tailWords.length - 1]) || /^\p{Lu}/u.test(tailWords[tailWords.length - 1])) return null;
  const role: string[] = [];
  for (let k = tailWords.length - 1; k >= 0; k--) {
    const word = tailWords[k];
    if (STOP_WORDS.has(word.toLowerCase()) || /(ed|ing)$/.test(word) && !isRoleNoun(word)) break;
    role.unshift(word);
  }
  return role.length ? role.join(' ') : null;
}

const ROLE_VERBS =
  /^(is (?:a|an|the)\b|was (?:a|an|the)\b|led|leads|leading|heads|headed|chairs|chaired|runs|ran|represents|represented|oversees|oversaw|commands|commanded|drafted|founded|co-founded|serves|served|became|negotiated|brokered|manages|managed|owns|has been|had been|will lead|will become|will head|coordinates|coordinated|directs|directed|hosted|hosts|mediated)\b/;

/** "X, who led Ukraine's delegation," → "led Ukraine's delegation". */
export function relativeClauseRole(sentence: string, span: NameSpan): string | null {
  const match = /^,\s+who\s+([^,;:“”"]+?)(?=,|;|:|\.\s|\.?$)/u.exec(sentence.slice(span.end));
  if (!match || !ROLE_VERBS.test(match[1]) || words(match[1]).length > 12) return null;
  return match[1].trim();
}

const ALIAS = /(?:^|,\s+)([^,]{3,80}?),\s+who\s+(?:gave|give|gives)\s+(?:his|her|their)\s+name\s+(?:only\s+)?as\s+$|(?:^|,\s+)([^,]{3,80}?),\s+(?:identified|known)\s+only\s+as\s+$/u;

/** "The armed group's negotiator, who gave his name only as Abu Karim" → "The armed group's negotiator". */
export function aliasRole(sentence: string, span: NameSpan): string | null {
  const match = ALIAS.exec(sentence.slice(0, span.start));
  return match ? (match[1] ?? match[2]).trim() : null;
}

/** Whether the words before the name introduce an alias ("gave his name only as"). */
export function introducesAlias(sentence: string, span: NameSpan): boolean {
  return /\b(?:name\s+(?:only\s+)?as|identified\s+(?:only\s+)?as|known\s+(?:only\s+)?as|goes\s+by)\s+$/i.test(sentence.slice(0, span.start));
}
