import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { answer } from '../src/answer.js';
import { suggest } from '../src/suggest.js';
import { readAnswerDisplay, respondWithSuggestions, withAnswerOptions } from '../src/discord/answer-options.js';
import { UserError, type CommandContext, type CommandOutcome } from '../src/discord/command.js';
import { MAX_CHOICES } from '../src/discord/limits.js';
import { answerMessage, send } from '../src/discord/reply.js';

/** `/quote speaker-or-topic`: what someone said, or what was said about a topic, verbatim. */
export const data = withAnswerOptions(
  new SlashCommandBuilder()
    .setName('quote')
    .setDescription('Quotes from the articles by a speaker or about a topic')
    .addStringOption((option) =>
      option
        .setName('speaker-or-topic')
        .setDescription('A speaker, or a topic such as "ceasefire"')
        .setRequired(true)
        .setAutocomplete(true)
        .setMaxLength(100),
    ),
);

/** Answers from the index and replies with the quotes. */
export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<CommandOutcome> {
  const query = interaction.options.getString('speaker-or-topic', true).trim();
  if (query === '') throw new UserError(`Please give a speaker or a topic, e.g. /quote ${context.live.knowledge.people[0]?.surname ?? 'Smith'}.`);
  const result = answer(context.live.knowledge, 'quote', query);
  await send(interaction, answerMessage(result, context.pages, readAnswerDisplay(interaction)));
  return { found: result.found };
}

/** Suggests speakers from the index as the member types. */
export async function autocomplete(interaction: AutocompleteInteraction, context: CommandContext): Promise<void> {
  await respondWithSuggestions(interaction, suggest(context.live.knowledge, 'person', interaction.options.getFocused(), MAX_CHOICES));
}
