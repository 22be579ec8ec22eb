import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { answer } from '../src/answer.js';
import { suggest } from '../src/suggest.js';
import { readAnswerDisplay, respondWithSuggestions, withAnswerOptions } from '../src/discord/answer-options.js';
import type { CommandContext, CommandOutcome } from '../src/discord/command.js';
import { MAX_CHOICES } from '../src/discord/limits.js';
import { answerMessage, send } from '../src/discord/reply.js';

/** `/outcome [topic]`: what was agreed, not agreed, and what comes next. */
export const data = withAnswerOptions(
  new SlashCommandBuilder()
    .setName('outcome')
    .setDescription('What was agreed, what was not, and what comes next')
    .addStringOption((option) =>
      option.setName('topic').setDescription('An article or a topic; leave empty for all').setAutocomplete(true).setMaxLength(100),
    ),
);

/** Answers from the index (every outcome when no topic is given) and replies with the grouped facts. */
export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<CommandOutcome> {
  const topic = interaction.options.getString('topic')?.trim() ?? '';
  const result = answer(context.live.knowledge, 'outcome', topic);
  await send(interaction, answerMessage(result, context.pages, readAnswerDisplay(interaction)));
  return { found: result.found };
}

/** Suggests articles, then topics, from the index as the member types. */
export async function autocomplete(interaction: AutocompleteInteraction, context: CommandContext): Promise<void> {
  const prefix = interaction.options.getFocused();
  const { knowledge } = context.live;
  await respondWithSuggestions(interaction, [
    ...suggest(knowledge, 'article', prefix, MAX_CHOICES),
    ...suggest(knowledge, 'topic', prefix, MAX_CHOICES),
  ]);
}
