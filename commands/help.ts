import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../src/discord/command.js';
import { send } from '../src/discord/reply.js';

/** `/help`: what each command does, built from the registry it is handed, so it never goes stale. */
export const data = new SlashCommandBuilder().setName('help').setDescription('What Parley can answer, and how to ask');

/** Describes every registered command with its options, shown only to the asker. */
export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void> {
  const lines = context.commands.map((command) => {
    const { name, description, options = [] } = command.data.toJSON();
    const shown = options.filter((option) => option.name !== 'hide' && option.name !== 'target');
    const usage = shown.map((option) => ('required' in option && option.required ? option.name : `[${option.name}]`));
    return `**/${[name, ...usage].join(' ')}** — ${description}`;
  });
  lines.push(
    '',
    'Answer commands take `hide` (only you see the answer) and `target` (point it at a member).',
    `You can also mention me with a question: @${interaction.client.user.username} what did they agree on?`,
    'Every answer quotes the article it comes from, with the paragraph number.',
  );
  await send(interaction, { embeds: [{ title: 'Parley', description: lines.join('\n') }], ephemeral: true });
}
