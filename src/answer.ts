import type { Answer, CommandName } from './types.js';
import { COMMAND_NAMES } from './types.js';
import type { Knowledge } from './knowledge.js';
import { answerWho } from './answers/who.js';
import { answerQuote } from './answers/quote.js';
import { answerOutcome } from './answers/outcome.js';
import { answerAsk } from './answers/ask.js';

/** Longest query taken; longer text is cut (a question is a sentence, not an article). */
export const MAX_QUERY_LENGTH = 500;

const ANSWERERS: Record<CommandName, (knowledge: Knowledge, query: string) => Answer> = {
  who: answerWho,
  quote: answerQuote,
  outcome: answerOutcome,
  ask: answerAsk,
};

/**
 * Answers one command: the one function the console, the command line and Discord all call.
 * The query is cleaned of control and zero-width characters and cut to {@link MAX_QUERY_LENGTH}.
 */
export function answer(knowledge: Knowledge, command: CommandName, query: string): Answer {
  const cleaned = cleanQuery(query);
  const result = ANSWERERS[command](knowledge, cleaned);
  return { ...result, query };
}

/**
 * Removes control, format (zero-width, direction) characters, lone surrogates and extra spaces from user
 * text, and cuts it to {@link MAX_QUERY_LENGTH} between two characters.
 */
export function cleanQuery(query: string): string {
  const cleaned = query
    // A zero-width or direction mark inside a word is not a break: "Ok\u200bafor" is Okafor.
    .replace(/\p{Cf}/gu, '')
    .replace(/[\p{Cc}\p{Co}\p{Cn}\p{Cs}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned.length <= MAX_QUERY_LENGTH) return cleaned;
  let cut = cleaned.slice(0, MAX_QUERY_LENGTH);
  // Half an emoji (a lone surrogate) is not text: Discord and JSON consumers reject it.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd();
}

/**
 * Reads a line such as "who Okafor", "/quote Lindqvist", "outcome" or "ask How long …?".
 * Returns null when the line names no command.
 */
export function parseQueryLine(line: string): { command: CommandName; query: string } | null {
  const match = /^\s*(\/?)(\w+)\b\s*(.*)$/s.exec(line);
  if (!match) return null;
  const command = match[2].toLowerCase() as CommandName;
  if (!COMMAND_NAMES.includes(command)) return null;
  const query = match[3].trim();
  // "Who led the delegation?" is a question, not a lookup of someone called "led the delegation".
  if (command === 'who' && !match[1] && /^(?!is\b|was\b|are\b|were\b)\p{Ll}+\b.*\?$/u.test(query) && !/^(de|van|von|der|al|bin|la|le|du|da|di)\b/.test(query))
    return { command: 'ask', query: line.trim() };
  return { command, query };
}
