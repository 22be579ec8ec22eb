import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { APIEmbed } from 'discord.js';
import { COMMAND_NAMES, type Answer, type CommandName } from '../../src/types.js';
import {
  MAX_BUTTON_LABEL,
  MAX_CONTENT,
  MAX_CUSTOM_ID,
  MAX_EMBED_DESCRIPTION,
  MAX_EMBED_FIELDS,
  MAX_EMBED_TITLE,
  MAX_EMBED_TOTAL,
  MAX_EMBEDS_PER_MESSAGE,
  MAX_FIELD_NAME,
  MAX_FIELD_VALUE,
  MAX_FOOTER_TEXT,
} from '../../src/discord/limits.js';
import { answerMessage, embedLength, type ReplyMessage } from '../../src/discord/reply.js';

/**
 * The properties every answer and every Discord reply must keep, whatever the query or the article
 * text. Each check returns the list of problems it found (empty when all is well), so a test can
 * assert on it and the fuzz script can count it.
 */

/**
 * Longest answer text accepted. The longest honest answer is a /who listing six people (six lines of at
 * most 280 characters) or a not-found message echoing a 500-character query; an embed description holds
 * 4,096, so anything longer would be cut in the middle of a sentence.
 */
export const MAX_ANSWER_TEXT = MAX_EMBED_DESCRIPTION;

/** Article paragraphs as the shared scorer (eval/score.mjs) reads them: front matter dropped, blank-line blocks. */
export type ParagraphsByArticle = Map<string, string[]>;

/** Reads a corpus folder the way the scorer does, so "verbatim" means what the scorer means. */
export function readParagraphsLikeScorer(dir: string): ParagraphsByArticle {
  const paragraphs: ParagraphsByArticle = new Map();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = entry.name;
    if (!entry.isFile() || !['.md', '.txt'].includes(extname(file))) continue;
    let text = readFileSync(join(dir, file), 'utf8').replace(/\r\n?/g, '\n');
    const frontMatter = /^---\n[\s\S]*?\n---\n/.exec(text);
    if (frontMatter) text = text.slice(frontMatter[0].length);
    paragraphs.set(
      basename(file, extname(file)),
      text
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean),
    );
  }
  return paragraphs;
}

/** The scorer's normalisation: compatibility forms, straight quotes and dashes, one space, lower case. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

// The scorer takes these markers in a snippet for formatting and drops them; an article that holds them
// in its own text (the pinging article does) must lose them on both sides to compare like with like.
const MARKDOWN_MARKERS = /\*\*|__|`|~~|\|\|/g;

// The fuzz cites the same few paragraphs thousands of times: normalise each once.
const normalisedParagraphs = new Map<string, string>();

/** Whether a snippet is verbatim in a paragraph, as the scorer decides it (pieces around an ellipsis). */
export function isVerbatim(snippet: string, paragraph: string): boolean {
  let haystack = normalisedParagraphs.get(paragraph);
  if (haystack === undefined) {
    haystack = normalise(paragraph).replace(MARKDOWN_MARKERS, '');
    if (normalisedParagraphs.size > 10_000) normalisedParagraphs.clear();
    normalisedParagraphs.set(paragraph, haystack);
  }
  const pieces = normalise(snippet)
    .replace(MARKDOWN_MARKERS, '')
    .split(/\u2026|\.\.\./)
    .map((piece) => piece.trim().replace(/^["']+|["']+$/g, '').trim())
    .filter((piece) => piece.length >= 3);
  return pieces.length > 0 && pieces.every((piece) => haystack.includes(piece));
}

/** Whether a string holds a lone surrogate (half of an emoji cut in two), which Discord cannot store. */
export function hasLoneSurrogate(text: string): boolean {
  return /\p{Cs}/u.test(text);
}

/** Checks an answer's shape, its length and that every citation is verbatim in the paragraph it names. */
export function answerProblems(result: Answer, command: CommandName, query: string, paragraphs: ParagraphsByArticle): string[] {
  const problems: string[] = [];
  const keys = Object.keys(result).sort().join(',');
  const allowed = ['answer', 'citations', 'command', 'found', 'query', 'suggestions'];
  if (!['answer', 'citations', 'command', 'found', 'query'].every((key) => keys.split(',').includes(key)) || !keys.split(',').every((key) => allowed.includes(key)))
    problems.push(`unexpected keys: ${keys}`);
  if (result.command !== command || !COMMAND_NAMES.includes(result.command)) problems.push(`command is ${JSON.stringify(result.command)}, not ${command}`);
  if (result.query !== query) problems.push('query is not the query asked');
  if (typeof result.found !== 'boolean') problems.push('found is not a boolean');
  if (typeof result.answer !== 'string' || result.answer.trim() === '') problems.push('answer is empty');
  else if (result.answer.length > MAX_ANSWER_TEXT) problems.push(`answer is ${result.answer.length} characters`);
  if (!Array.isArray(result.citations)) return [...problems, 'citations is not an array'];
  if (result.found && result.citations.length === 0) problems.push('found without a citation');
  if (!result.found && result.citations.length > 0) problems.push('not found, yet cites');
  if (!hasLoneSurrogate(query) && hasLoneSurrogate(result.answer ?? '')) problems.push('answer holds a lone surrogate');
  for (const citation of result.citations) {
    const paragraph = paragraphs.get(citation.article)?.[citation.paragraph - 1];
    if (paragraph === undefined) problems.push(`cites ${citation.article} ¶${citation.paragraph}, which does not exist`);
    else if (!isVerbatim(citation.snippet, paragraph))
      problems.push(`snippet not verbatim in ${citation.article} ¶${citation.paragraph}: ${JSON.stringify(citation.snippet.slice(0, 120))}`);
  }
  return problems;
}

/**
 * What would ping if Discord parsed mentions: @everyone, @here, a member, a role (and a channel, which
 * does not ping but renders as a link the article never meant).
 */
export const RAW_MENTION = /@(everyone|here)|<@[!&]?\d+>|<#\d+>/i;

// The target of a masked link ("[Source](https://…/@here)") is never shown nor parsed for mentions.
const LINK_TARGET = /\]\(https?:\/\/[^\s)]*\)/g;

/** Every text of one embed, with where it sits. */
function embedTexts(embed: APIEmbed): [string, string][] {
  return [
    ['title', embed.title ?? ''],
    ['description', embed.description ?? ''],
    ['footer', embed.footer?.text ?? ''],
    ['author', embed.author?.name ?? ''],
    ...(embed.fields ?? []).flatMap((field, index): [string, string][] => [
      [`field ${index} name`, field.name],
      [`field ${index} value`, field.value],
    ]),
  ];
}

/** Checks one embed against Discord's limits and for anything that could ping or is not valid text. */
export function embedProblems(embed: APIEmbed): string[] {
  const problems: string[] = [];
  if ((embed.title?.length ?? 0) > MAX_EMBED_TITLE) problems.push(`title is ${embed.title!.length} characters`);
  if ((embed.description?.length ?? 0) > MAX_EMBED_DESCRIPTION) problems.push(`description is ${embed.description!.length} characters`);
  if ((embed.footer?.text.length ?? 0) > MAX_FOOTER_TEXT) problems.push('footer too long');
  if ((embed.fields?.length ?? 0) > MAX_EMBED_FIELDS) problems.push(`${embed.fields!.length} fields`);
  for (const field of embed.fields ?? []) {
    if (field.name.trim() === '' || field.value.trim() === '') problems.push('empty field name or value (Discord rejects it)');
    if (field.name.length > MAX_FIELD_NAME) problems.push(`field name is ${field.name.length} characters`);
    if (field.value.length > MAX_FIELD_VALUE) problems.push(`field value is ${field.value.length} characters`);
  }
  if (embedLength(embed) > MAX_EMBED_TOTAL) problems.push(`embed totals ${embedLength(embed)} characters`);
  for (const [where, text] of embedTexts(embed)) {
    const shown = text.replace(LINK_TARGET, '](link)');
    if (RAW_MENTION.test(shown)) problems.push(`${where} holds a raw mention: ${JSON.stringify(RAW_MENTION.exec(shown)![0])}`);
    if (hasLoneSurrogate(text)) problems.push(`${where} holds a lone surrogate`);
  }
  return problems;
}

/** Checks a whole reply: its content, embeds, buttons and allowed mentions. */
export function replyProblems(message: ReplyMessage, { allowedUser }: { allowedUser?: string } = {}): string[] {
  const problems: string[] = [];
  if (message.allowedMentions?.parse === undefined || message.allowedMentions.parse.length !== 0)
    problems.push(`allowed mentions parse is ${JSON.stringify(message.allowedMentions?.parse)}, not []`);
  if (message.allowedMentions?.repliedUser === true) problems.push('replied user is pinged');
  const users = message.allowedMentions?.users ?? [];
  if (users.length > (allowedUser === undefined ? 0 : 1) || users.some((user) => user !== allowedUser)) problems.push(`allowed users ${JSON.stringify(users)}`);
  if (message.content !== undefined) {
    if (message.content.length > MAX_CONTENT) problems.push(`content is ${message.content.length} characters`);
    const withoutTarget = allowedUser === undefined ? message.content : message.content.replace(`<@${allowedUser}>`, '');
    if (RAW_MENTION.test(withoutTarget)) problems.push(`content holds a raw mention: ${JSON.stringify(message.content.slice(0, 80))}`);
  }
  const embeds = message.embeds ?? [];
  if (embeds.length > MAX_EMBEDS_PER_MESSAGE) problems.push(`${embeds.length} embeds`);
  if (embeds.reduce((sum, embed) => sum + embedLength(embed), 0) > MAX_EMBED_TOTAL) problems.push('embeds together exceed 6,000 characters');
  for (const embed of embeds) problems.push(...embedProblems(embed));
  for (const row of message.components ?? [])
    for (const button of row.components) {
      if ('custom_id' in button && button.custom_id.length > MAX_CUSTOM_ID) problems.push('button custom id too long');
      if ((button.label?.length ?? 0) > MAX_BUTTON_LABEL) problems.push('button label too long');
    }
  return problems;
}

/**
 * Every page the reply builder makes for an answer, and the first message, checked together. A query that
 * itself holds a lone surrogate cannot come from Discord (it sends UTF-8), so its echo is not held against
 * the reply.
 */
export function discordProblems(result: Answer): string[] {
  let pages: APIEmbed[] | undefined;
  const message = answerMessage(result, {
    store(stored) {
      pages = stored;
      return 'fuzzkey1';
    },
  });
  const problems = replyProblems(message);
  // A one-page answer is its message's embed, checked above; the later pages sit behind "More".
  for (const [index, page] of (pages ?? []).slice(1).entries()) problems.push(...embedProblems(page).map((problem) => `page ${index + 2}: ${problem}`));
  return hasLoneSurrogate(result.query) ? problems.filter((problem) => !problem.endsWith('lone surrogate')) : problems;
}
