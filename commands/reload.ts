import { PermissionFlagsBits, SlashCommandBuilder, InteractionContextType, type ChatInputCommandInteraction } from 'discord.js';
import { UserError, type CommandContext, type CommandOutcome } from '../src/discord/command.js';
import { MAX_EMBED_DESCRIPTION } from '../src/discord/limits.js';
import { isModerator } from '../src/discord/permissions.js';
import { describeReload, reloadEverywhere } from '../src/discord/reload.js';
import { send } from '../src/discord/reply.js';
import { cutAtWord } from '../src/discord/text.js';

/** `/reload`: moderators rebuild the index from the corpus folder, on every shard. */
export const data = new SlashCommandBuilder()
  .setName('reload')
  .setDescription('Reload the articles from the corpus folder (moderators)')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild);

/** Checks the member again, reloads every shard, and reports what changed or why it failed. */
export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<CommandOutcome> {
  if (!isModerator(interaction, context.config)) {
    context.logger.warn({ user: interaction.user.id, guild: interaction.guildId }, 'reload refused: not a moderator');
    throw new UserError('Only members with Manage Server or the moderator role can reload the articles.');
  }
  if (!interaction.deferred) await interaction.deferReply({ flags: 'Ephemeral' });
  const results = await reloadEverywhere(interaction.client);
  const ok = results.every((result) => result.ok);
  context.logger[ok ? 'info' : 'error']({ results }, ok ? 'reloaded' : 'reload failed');
  const description = cutAtWord(describeReload(results), MAX_EMBED_DESCRIPTION);
  await send(interaction, { embeds: [{ title: ok ? 'Articles reloaded' : 'Reload failed', description }] });
  return { found: ok };
}
