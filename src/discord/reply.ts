import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
  type MessageMentionOptions,
  type RepliableInteraction,
} from 'discord.js';
import type { Answer, Citation } from '../types.js';
import {
  MAX_CONTENT,
  MAX_EMBED_DESCRIPTION,
  MAX_EMBED_FIELDS,
  MAX_EMBED_TITLE,
  MAX_EMBED_TOTAL,
  MAX_FIELD_NAME,
  MAX_FIELD_VALUE,
} from './limits.js';
import { cutAtWord, neutralise, safeExcerpt } from './text.js';

/** Citations shown per page: more reads as a wall of quotes; the rest sits behind "More". */
export const CITATIONS_PER_PAGE = 5;
/** Custom-id prefix of the page buttons: `page:<key>:<index>`. */
export const PAGE_BUTTON_PREFIX = 'page';

const FOUND_COLOR = 0x2b6cb0;
const NOT_FOUND_COLOR = 0x718096;
// Room kept on every page for the "Page 2/3 · 12 citations" footer.
const FOOTER_ROOM = 64;

const COMMAND_TITLES: Record<Answer['command'], string> = {
  who: 'Who is',
  quote: 'Quotes:',
  outcome: 'Outcome:',
  ask: 'Asked:',
};

/** Nothing in a reply pings anyone: not @everyone, @here, a role, a member, nor the replied-to author. */
export const NO_MENTIONS: MessageMentionOptions = { parse: [], repliedUser: false };

/** The message options every reply carries, with the one allowed mention when an answer has a target. */
export function mentionsFor(targetUserId?: string): { content?: string; allowedMentions: MessageMentionOptions } {
  if (targetUserId === undefined) return { allowedMentions: NO_MENTIONS };
  return { content: `<@${targetUserId}>`, allowedMentions: { ...NO_MENTIONS, users: [targetUserId] } };
}

/** Counts the characters Discord adds up against its 6,000-per-message embed limit. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined || !/^https?:\/\/\S+$/i.test(url)) return undefined;
  return url.replace(/\)/g, '%29');
}

/** One citation as an embed field: title and ¶ as its name, the verbatim snippet in quotes as its value. */
export function citationField(citation: Citation): APIEmbedField {
  const name = cutAtWord(`${safeExcerpt(citation.title, MAX_FIELD_NAME)} · ¶ ${citation.paragraph}`, MAX_FIELD_NAME);
  const details = [
    citation.speaker === undefined ? undefined : `— ${neutralise(citation.speaker)}`,
    citation.group === undefined ? undefined : `outcome: ${citation.group}`,
  ].filter((part) => part !== undefined);
  const url = safeUrl(citation.url);
  const tail = [details.join(' · '), url === undefined ? '' : `[Source](${url})`].filter(Boolean).join('\n');
  // The snippet gets whatever room the speaker, group and link leave, less the quotes and line break.
  const room = MAX_FIELD_VALUE - tail.length - (tail ? 1 : 0) - 2;
  const snippet = safeExcerpt(citation.snippet, room);
  return { name, value: tail ? `“${snippet}”\n${tail}` : `“${snippet}”` };
}

function describe(answer: Answer): string {
  let description = safeExcerpt(answer.answer, MAX_EMBED_DESCRIPTION);
  if (!answer.found && answer.suggestions !== undefined && answer.suggestions.length > 0) {
    description += `\n\nTry: ${answer.suggestions.map((suggestion) => neutralise(suggestion)).join(', ')}`;
  }
  return cutAtWord(description, MAX_EMBED_DESCRIPTION);
}

/**
 * Turns an answer into one or more embed pages, each inside Discord's limits: the short answer in the
 * description, then up to {@link CITATIONS_PER_PAGE} citations as fields. Returns at least one page.
 */
export function buildAnswerPages(answer: Answer): APIEmbed[] {
  const header: APIEmbed = {
    title: cutAtWord(`${COMMAND_TITLES[answer.command]} ${safeExcerpt(answer.query, MAX_EMBED_TITLE)}`.trim(), MAX_EMBED_TITLE),
    description: describe(answer),
    color: answer.found ? FOUND_COLOR : NOT_FOUND_COLOR,
  };
  const fields = answer.citations.map(citationField);
  const pages: APIEmbed[] = [];
  let current: APIEmbedField[] = [];
  const flush = (): void => {
    pages.push({ ...header, fields: current });
    current = [];
  };
  for (const field of fields) {
    const candidate = { ...header, fields: [...current, field] };
    const full =
      current.length >= Math.min(CITATIONS_PER_PAGE, MAX_EMBED_FIELDS) ||
      embedLength(candidate) + FOOTER_ROOM > MAX_EMBED_TOTAL;
    if (full && current.length > 0) flush();
    current.push(field);
  }
  if (current.length > 0 || pages.length === 0) flush();
  if (pages.length > 1) {
    const total = answer.citations.length;
    pages.forEach((page, index) => {
      page.footer = { text: `Page ${index + 1}/${pages.length} · ${total} citations` };
    });
  }
  return pages;
}

/** The embed and Back/More buttons of page `index`; `key` is the page cache key of a multi-page answer. */
export function pageMessage(
  pages: APIEmbed[],
  index: number,
  key?: string,
): { embeds: APIEmbed[]; components: APIActionRowComponent<APIButtonComponentWithCustomId>[] } {
  const page = pages[Math.max(0, Math.min(index, pages.length - 1))]!;
  if (key === undefined || pages.length < 2) return { embeds: [page], components: [] };
  const button = (label: string, target: number, disabled: boolean): APIButtonComponentWithCustomId => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: `${PAGE_BUTTON_PREFIX}:${key}:${target}${disabled ? ':x' : ''}`,
    disabled,
  });
  const buttons = [
    button('Back', index - 1, index === 0),
    button(`More (${Math.min(index + 2, pages.length)}/${pages.length})`, index + 1, index >= pages.length - 1),
  ];
  return { embeds: [page], components: [{ type: ComponentType.ActionRow, components: buttons }] };
}

/** Reads a page button's custom id; undefined when the id is not one of ours. */
export function parsePageButton(customId: string): { key: string; index: number } | undefined {
  const match = /^page:([\w-]+):(\d+)$/.exec(customId);
  return match === null ? undefined : { key: match[1]!, index: Number(match[2]) };
}

/** What a command hands to {@link send}. */
export interface ReplyMessage {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  allowedMentions?: MessageMentionOptions;
  /** Only the invoking member sees the reply (Discord's ephemeral flag 64). */
  ephemeral?: boolean;
}

/**
 * Replies to an interaction whatever its state: edits the deferred reply, follows up after a reply, or
 * replies. Mentions are off unless the message names its one allowed user.
 */
export async function send(interaction: RepliableInteraction, message: ReplyMessage): Promise<void> {
  const { ephemeral = false, ...rest } = message;
  const body = {
    ...rest,
    content: rest.content === undefined ? undefined : cutAtWord(rest.content, MAX_CONTENT),
    allowedMentions: rest.allowedMentions ?? NO_MENTIONS,
  };
  if (interaction.deferred && !interaction.replied) {
    await interaction.editReply(body);
  } else if (interaction.replied) {
    await interaction.followUp({ ...body, flags: ephemeral ? MessageFlags.Ephemeral : undefined });
  } else {
    await interaction.reply({ ...body, flags: ephemeral ? MessageFlags.Ephemeral : undefined });
  }
}

/** How a member asked for an answer to be shown (the `hide` and `target` options). */
export interface AnswerDisplay {
  /** Only the asker sees the answer. */
  hide?: boolean;
  /** The member the answer is pointed at: the one mention a reply may carry. */
  targetUserId?: string;
}

/**
 * The whole reply for an answer: first page, page buttons (its pages stored for "More" when there are
 * several), and mentions. An answer that found nothing is shown only to the asker, like any user error.
 */
export function answerMessage(answer: Answer, pageStore: { store(pages: APIEmbed[]): string }, display: AnswerDisplay = {}): ReplyMessage {
  const pages = buildAnswerPages(answer);
  const key = pages.length > 1 ? pageStore.store(pages) : undefined;
  return {
    ...pageMessage(pages, 0, key),
    ...mentionsFor(answer.found ? display.targetUserId : undefined),
    ephemeral: display.hide === true || !answer.found,
  };
}
