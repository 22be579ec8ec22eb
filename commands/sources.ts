import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { listSources } from '../src/sources.js';
import type { CommandContext, CommandOutcome } from '../src/discord/command.js';
import { MAX_EMBED_DESCRIPTION } from '../src/discord/limits.js';
import { send } from '../src/discord/reply.js';
import { neutralise } from '../src/discord/text.js';

/** `/sources`: the articles Parley answers from. */
export const data = new SlashCommandBuilder().setName('sources').setDescription('List the articles Parley answers from');

/** Lists every article with its source, date, size and link, as many as fit in one embed. */
export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<CommandOutcome> {
  const sources = listSources(context.live.knowledge);
  const lines: string[] = [];
  let length = 0;
  for (const [index, source] of sources.entries()) {
    const details = [source.source, source.date, `${source.paragraphs} paragraphs`].filter(Boolean).map((part) => neutralise(String(part)));
    const link = source.url !== undefined && /^https?:\/\/\S+$/.test(source.url) ? ` · [link](${source.url.replace(/\)/g, '%29')})` : '';
    const line = `**${neutralise(source.title)}** — ${details.join(', ')}${link}`;
    const more = `\n…and ${sources.length - index} more`;
    if (length + line.length + 1 + more.length > MAX_EMBED_DESCRIPTION) {
      lines.push(more.trim());
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  const description = lines.length === 0 ? 'No articles are loaded yet.' : lines.join('\n');
  await send(interaction, { embeds: [{ title: `Sources (${sources.length})`, description }] });
  return { found: sources.length > 0 };
}
