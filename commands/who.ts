import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { answer } from '../src/answer.js';
import { suggest } from '../src/suggest.js';
import { readAnswerDisplay, respondWithSuggestions, withAnswerOptions } from '../src/discord/answer-options.js';
import { UserError, type CommandContext, type CommandOutcome } from '../src/discord/command.js';
import { MAX_CHOICES } from '../src/discord/limits.js';
import { answerMessage, send } from '../src/discord/reply.js';

/** `/who name`: who a person in the articles is, with the sentences that say so. */
export const data = withAnswerOptions(
  new SlashCommandBuilder()
    .setName('who')
    .setDescription('Who is this person in the articles?')
    .addStringOption((option) =>
      option.setName('name').setDescription('A person named in the articles').setRequired(true).setAutocomplete(true).setMaxLength(100),
    ),
);

/** Answers from the index and replies with the cited snippets. */
export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<CommandOutcome> {
  const name = interaction.options.getString('name', true).trim();
  if (name === '') throw new UserError(`Please give a name, e.g. /who ${context.live.knowledge.people[0]?.name ?? 'Smith'}.`);
  const result = answer(context.live.knowledge, 'who', name);
  await send(interaction, answerMessage(result, context.pages, readAnswerDisplay(interaction)));
  return { found: result.found };
}

/** Suggests people from the index as the member types. */
export async function autocomplete(interaction: AutocompleteInteraction, context: CommandContext): Promise<void> {
  await respondWithSuggestions(interaction, suggest(context.live.knowledge, 'person', interaction.options.getFocused(), MAX_CHOICES));
}
